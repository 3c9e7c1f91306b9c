import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { benchConsole } from './console-bench.ts';
import { benchGrowth, GROWTH_SIZES } from './growth-bench.ts';
import { MEMORY_SERIES, renderGrowthSvg, TIME_SERIES } from './growth-chart.ts';
import { benchGateway, benchHttp } from './latency-bench.ts';
import { describeMachine } from './machine.ts';
import { checkLine, renderLatencyTable, renderReport, renderTable } from './report.ts';
import { benchSearch } from './search-bench.ts';
import { writeSotuCorpus } from './sotu-corpus.ts';
import { benchStartup } from './startup-bench.ts';
import type { Check } from './stats.ts';
import { readNpmFlags } from '../../src/npm-flags.ts';

/**
 * `npm run bench`: every measurement against its floor in one run — reply latency (gateway, HTTP), the console's
 * first answer, search and autocomplete at seed size and at ~30,000 paragraphs, start-up and memory. `--json`
 * prints one JSON object; `--write` also regenerates docs/benchmarks.md and docs/growth.svg; `--quick` takes few
 * samples, to check that the bench works (its numbers are marked as such); `--growth=1000,10000` measures other
 * sizes for the growth curve than 1k, 10k, 30k and 100k paragraphs; `--latency` measures reply latency alone (gateway
 * and HTTP, their floors interleaved as in the full run) and prints its table and checks, for work on the reply path;
 * `--only=startup,growth` runs only those parts (of gateway, http, console, search, startup, growth) and prints their
 * results and checks as JSON, to measure one change without the whole run.
 */
// `npm run bench --quick` (no `--`): npm keeps the flag; one that only measures less is read anyway.
const npmRead = readNpmFlags('bench', process.argv.slice(2), process.env, [
	...['json', 'quick', 'latency'].map((name) => ({ name, when: 'read' as const })),
	...['write', 'growth', 'only'].map((name) => ({ name, when: 'refuse' as const })),
]);
if (npmRead.kind === 'refuse') {
	process.stderr.write(`${npmRead.message}\n`);
	process.exit(2);
}
for (const note of npmRead.notes) process.stderr.write(`${note}\n`);
const args = new Set(npmRead.argv);
const FLAGS = ['--json', '--write', '--quick', '--latency'];
const unknown = [...args].filter((a) => !FLAGS.includes(a) && !a.startsWith('--growth=') && !a.startsWith('--only='));
/** A one-line reason for refusing the options, not a stack trace. */
function refuse(reason: string): never {
	process.stderr.write(`bench: ${reason}\n`);
	process.exit(2);
}
// A mistyped flag would otherwise be ignored and a full run (minutes) started instead of the one asked for.
if (unknown.length > 0) refuse(`unknown option ${unknown.join(' ')} (known: ${FLAGS.join(' ')} --growth=… --only=…)`);
const growthArg = [...args].find((a) => a.startsWith('--growth='));
const growthSizes = growthArg ? growthArg.slice('--growth='.length).split(',').map(Number) : GROWTH_SIZES;
const quick = args.has('--quick');
/** Sample counts: the full run's, or a tenth (at least a few) for `--quick`. */
const n = (full: number, least = 2) => (quick ? Math.max(least, Math.round(full / 10)) : full);
const latencyPlan = { samples: n(2000, 50), warmup: n(200, 20), rounds: n(20), width: 50 };
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** `--latency`: reply latency alone. */
async function latencyRun() {
	if (args.has('--write')) refuse('--write needs the full run, not --latency');
	log('gateway latency…');
	const gateway = await benchGateway(latencyPlan);
	log('HTTP latency…');
	const http = await benchHttp(latencyPlan);
	const checks = [gateway, http].flatMap((r) => r.checks);
	if (args.has('--json')) process.stdout.write(`${JSON.stringify({ quick, gateway, http, checks })}\n`);
	else process.stdout.write(renderLatencyTable([gateway, http], checks));
}

/** `--only=<parts>`: those parts alone, as JSON (the 30k corpus written for them, as in the full run). */
async function partsRun(only: readonly string[]) {
	if (args.has('--write')) refuse('--write needs the full run, not --only');
	const known = ['gateway', 'http', 'console', 'search', 'startup', 'growth'];
	// Checked before the large corpus is written: refusing exits at once, past the `finally` that removes it.
	const unknownPart = only.find((name) => !known.includes(name));
	if (unknownPart !== undefined) refuse(`no part "${unknownPart}" (${known.join(', ')})`);
	const large = writeSotuCorpus(30_000);
	try {
		log(`large corpus: ${large.paragraphs} paragraphs, ${(large.textBytes / 1e6).toFixed(1)} MB of text`);
		const parts: Record<string, () => Promise<{ checks: unknown[] }>> = {
			gateway: () => benchGateway(latencyPlan),
			http: () => benchHttp(latencyPlan),
			console: () => benchConsole(n(10, 3)),
			search: () => Promise.resolve(benchSearch('30k', large.dir, n(10))),
			startup: () => benchStartup(large, n(5), n(2, 1)),
			growth: () => benchGrowth(growthSizes, n(10), log),
		};
		const results: Record<string, unknown> = {};
		for (const name of only) {
			const part = parts[name];
			if (!part) throw new Error(`bench: no part "${name}"`);
			log(`${name}…`);
			results[name] = await part();
		}
		process.stdout.write(`${JSON.stringify({ quick, machine: describeMachine(), ...results }, null, 1)}\n`);
		// The JSON says `met` for each check; the lines say it as the full run's report does, on stderr beside the log.
		const checks = Object.values(results).flatMap((r) => (r as { checks: Check[] }).checks);
		for (const c of checks) log(checkLine(c));
	} finally {
		rmSync(large.dir, { recursive: true, force: true });
	}
}

/** Every measurement, for the record. */
async function fullRun() {
	const started = performance.now();
	const large = writeSotuCorpus(30_000);
	try {
		log(`large corpus: ${large.paragraphs} paragraphs, ${(large.textBytes / 1e6).toFixed(1)} MB of text`);
		log('gateway latency…');
		const gateway = await benchGateway(latencyPlan);
		log('HTTP latency…');
		const http = await benchHttp(latencyPlan);
		log('console first answer…');
		const consoleRow = await benchConsole(n(10, 3));
		log('search at seed size…');
		const searchSeed = benchSearch(
			'seed',
			undefined,
			n(40),
			'a scan of ten paragraphs takes a few microseconds, less than parsing and planning one query, so the ratio ' +
				'measures the fixed cost of a query (the same at any size), not searching; the targets are set at 30k',
		);
		log('search at 30k (indexing takes a while)…');
		const searchLarge = benchSearch('30k', large.dir, n(10));
		log('start-up and memory…');
		const startup = await benchStartup(large, n(5), n(2, 1));
		const growth = await benchGrowth(growthSizes, n(10), log);
		const result = {
			quick,
			date: new Date().toISOString(),
			machine: describeMachine(),
			durationSeconds: Math.round((performance.now() - started) / 1000),
			corpus: { paragraphs: large.paragraphs, documents: large.documents, textBytes: large.textBytes },
			gateway,
			http,
			search: [searchSeed, searchLarge],
			startup,
			console: consoleRow,
			growth,
		};
		const checks = [gateway, http, consoleRow, searchSeed, searchLarge, growth, startup].flatMap((r) => r.checks);
		if (args.has('--json')) process.stdout.write(`${JSON.stringify({ ...result, checks })}\n`);
		else process.stdout.write(renderTable(result, checks));
		if (args.has('--write')) {
			const path = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
			// Formatted as the repository's other files, so `npm test`'s prettier check passes on the regenerated file.
			const options = (await resolveConfig(path)) ?? {};
			writeFileSync(path, await format(renderReport(result, checks), { ...options, filepath: path }));
			log(`wrote ${path}`);
			const chart = fileURLToPath(new URL('../../docs/growth.svg', import.meta.url));
			writeFileSync(chart, renderGrowthSvg(growth.rows, TIME_SERIES, MEMORY_SERIES));
			log(`wrote ${chart}`);
		}
	} finally {
		rmSync(large.dir, { recursive: true, force: true });
	}
}

const onlyArg = [...args].find((a) => a.startsWith('--only='));
await (args.has('--latency')
	? latencyRun()
	: onlyArg
		? partsRun(onlyArg.slice('--only='.length).split(','))
		: fullRun());
