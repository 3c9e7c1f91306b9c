import type { ConsoleRow } from './console-bench.ts';
import { SLOW_MS, type LatencyRow } from './latency-sampling.ts';
import type { Summary } from './stats.ts';

export const ms = (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0));
export const pair = (s: Summary) => `${ms(s.p50)} / ${ms(s.p99)}`;
const ratio = (a: Summary, b: Summary) => `${(a.p50 / b.p50).toFixed(2)} / ${(a.p99 / b.p99).toFixed(2)}`;

/** Reply latency, ours and every floor, sequential and concurrent: header row first. */
export function latencyTable(rows: LatencyRow[]): string[][] {
	const width = rows[0]?.width ?? 0;
	return [
		['door', 'answered by', 'p50 / p99 (ms)', 'ours ÷ this, p50 / p99', `${width} at once: p50 / p99 (ms)`],
		...rows.flatMap((row) => [
			[row.label, 'ours', pair(row.ours.sequential), '', pair(row.ours.concurrent)],
			...row.floors.map((floor) => [
				'',
				floor.label,
				pair(floor.sequential),
				ratio(row.ours.sequential, floor.sequential),
				pair(floor.concurrent),
			]),
			['', 'core alone, repeated question (reply kept)', pair(row.core.repeated), '', ''],
			['', 'core alone, reply made afresh', pair(row.core.fresh), '', ''],
		]),
	];
}

/** The console's first answer against node + tsx on an empty file. */
export function consoleTable(row: ConsoleRow): string[][] {
	return [
		['console', 'started by', 'p50 / p99 (ms)', 'this ÷ empty file, p50', ''],
		['first answer', '`npm start`', pair(row.npmStart), (row.npmStart.p50 / row.emptyFile.p50).toFixed(2), ''],
		[
			'',
			'`node scripts/launch.mjs src/main.ts`',
			pair(row.direct),
			(row.direct.p50 / row.emptyFile.p50).toFixed(2),
			'',
		],
		['', '`node --import tsx src/main.ts`', pair(row.sources), (row.sources.p50 / row.emptyFile.p50).toFixed(2), ''],
		['empty file', '`node --import tsx empty.ts`', pair(row.emptyFile), '', ''],
	];
}

/** The share of each sender's sequential samples over `SLOW_MS`, as a sentence. */
function hiccups(row: LatencyRow): string {
	const share = (value: number) => `${(value * 100).toFixed(1)}%`;
	const floors = row.floors.map((f) => `${f.label} ${share(f.slowShare)}`).join(', ');
	return `${row.label}: ${share(row.ours.slowShare)} of our samples took over ${SLOW_MS} ms (${floors}).`;
}

/** What reply latency and the console's start are made of, read from this run. */
export function latencyReading(gateway: LatencyRow, http: LatencyRow, consoleRow: ConsoleRow): string[] {
	const added = (row: LatencyRow) => row.ours.sequential.p50 - (row.floors[0]?.sequential.p50 ?? Number.NaN);
	const door = (row: LatencyRow, label: string) => row.floors.find((f) => f.label === label)?.sequential.p50;
	const gatewayDoor = door(gateway, 'same body, our gateway adapter');
	const httpDoor = door(http, 'same body, our endpoint');
	return [
		`- **Reply latency.** The same-body floors send exactly our answer, precomputed: what remains is our own work. ` +
			`Through the gateway ours adds ${ms(added(gateway))} ms at p50 to \`client.rest.post\` of the same body, ` +
			`over HTTP ${ms(added(http))} ms to a bare endpoint returning it. The measured queries repeat, so the core ` +
			`answers them from its bounded cache of finished replies (${ms(gateway.core.repeated.p50)} ms at p50 in process); ` +
			`a question asked for the first time is searched, ranked and rendered (${ms(gateway.core.fresh.p50)} ms at p50 ` +
			`in a tight loop, more between requests). ` +
			`Our doors alone, answering with the same precomputed body, take ${gatewayDoor === undefined ? '?' : ms(gatewayDoor)} ms ` +
			`(gateway adapter) and ${httpDoor === undefined ? '?' : ms(httpDoor)} ms (HTTP endpoint) at p50: what ours adds ` +
			`over them is the core's work. With ${gateway.width} interactions at once the answers queue on one thread, so ` +
			`the concurrent p50 is about half the burst's total work.`,
		`- **Tails.** ${hiccups(gateway)} ${hiccups(http)} Where every sender has about 1% of such samples, its p99 ` +
			`falls on one side of them or the other from run to run, so a p99 ratio near the target says more about ` +
			`the machine than about the door; the samples are interleaved, so a busy moment falls on every sender alike.`,
		`- **Console.** \`npm start\` answers its first line in ${ms(consoleRow.npmStart.p50)} ms at p50; node with tsx ` +
			`takes ${ms(consoleRow.emptyFile.p50)} ms to run an empty file, and npm itself adds ` +
			`${ms(consoleRow.npmStart.p50 - consoleRow.direct.p50)} ms (what \`npm start\` runs, started directly: ` +
			`${ms(consoleRow.direct.p50)} ms). So npm alone costs ${((consoleRow.npmStart.p50 - consoleRow.direct.p50) / consoleRow.emptyFile.p50).toFixed(2)}× ` +
			`the empty file, before our process starts. The rest is node itself, loading our bundled modules, the corpus ` +
			`and the index (through tsx, module by module, it took ${ms(consoleRow.sources.p50)} ms).`,
	];
}
