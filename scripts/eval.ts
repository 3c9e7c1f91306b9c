import { parseArgs } from 'node:util';
import type { Corpus } from '../src/corpus/types.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../src/corpus/load-corpus.ts';
import { ensureWordVectorsSync } from '../src/search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR } from '../src/search/index-cache.ts';
import { ParagraphIndex } from '../src/search/paragraph-index.ts';
import { readNpmFlags } from '../src/npm-flags.ts';
import { byClass, evaluate, loadedCases, scoreHeader, summarize, type Scores } from '../tests/relevance/evaluate.ts';
import { availableTables, tableAt, type TableCorpus } from '../tests/relevance/relevance-table.ts';
import {
	evaluationCorpus,
	importsEvaluationCorpus,
	layoutsEvaluationCorpus,
	parsingEvaluationCorpus,
	publishedEvaluationCorpus,
} from '../tests/relevance/eval-corpus.ts';

/**
 * `npm run eval`: recall@1, recall@3 and MRR of search over each relevance table (dev, and blind when present), per
 * query class, then every miss. The corpus is the one the tables are written over (the bundled data, the fixture
 * documents and the layout fixtures, the saved page imported as a reader would), or `--data-dir` (a folder laid out
 * as `data/`) with `--documents` folders added; `--table` scores one file instead.
 */
const USAGE =
	'usage: npm run eval [-- --data-dir <folder laid out as data/>] [--documents <folder>]… [--table <file.json>]…\n';
/** The options, or a one-line reason and the usage (not a stack trace) for an option it does not know. */
function readOptions() {
	try {
		// `npm run eval --table x` (no `--`): npm keeps the flag and passes `x` on as a word.
		const npm = readNpmFlags(
			'eval',
			process.argv.slice(2),
			process.env,
			['data-dir', 'documents', 'table'].map((name) => ({ name, when: 'refuse' as const, takesValue: true })),
			// eval takes no words of its own: every word npm passed on was a flag's value.
			{ words: (words) => (words.length === 0 ? 'yes' : 'no') },
		);
		if (npm.kind === 'refuse') {
			process.stderr.write(`${npm.message}\n`);
			process.exit(2);
		}
		return parseArgs({
			args: npm.argv,
			options: {
				'data-dir': { type: 'string' },
				documents: { type: 'string', multiple: true },
				table: { type: 'string', multiple: true },
				help: { type: 'boolean', short: 'h' },
			},
		}).values;
	} catch (error) {
		process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		process.exit(2);
	}
}
const values = readOptions();
if (values.help) {
	process.stdout.write(USAGE);
	process.exit(0);
}
const tables = readTables(values.table);
/** The tables to score, or a one-line reason (a file missing, a case without its fields) instead of a stack trace. */
function readTables(paths: string[] | undefined) {
	try {
		return paths ? paths.map(tableAt) : availableTables();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		process.stderr.write(`eval: cannot read the table: ${reason}\n`);
		process.exit(1);
	}
}
// Paraphrases are matched through word vectors: converted once per machine into the cache folder the index uses.
ensureWordVectorsSync(DEFAULT_INDEX_CACHE_DIR);
const given = values['data-dir'] !== undefined || values.documents !== undefined;
/** Each table is scored over the documents it was written over (the same corpus for all when one is given). */
async function corpusFor(table: { name: string; corpus: TableCorpus }): Promise<Corpus> {
	if (given) return loadCorpus(values['data-dir'], { extraDocumentDirs: values.documents ?? [] });
	if (table.corpus === 'published') return publishedEvaluationCorpus();
	if (table.corpus === 'seed') return loadCorpus(DEFAULT_DATA_DIR);
	if (table.corpus === 'layouts') return layoutsEvaluationCorpus();
	if (table.corpus === 'imports') return importsEvaluationCorpus();
	if (table.corpus === 'parsing') return parsingEvaluationCorpus();
	return evaluationCorpus({ withFixtureDocument: table.name !== 'blind' });
}

const line = (name: string, s: Scores) =>
	`  ${name.padEnd(20)} ${String(s.count).padStart(4)}   ${s.recallAt1.toFixed(3)}   ${s.recallAt3.toFixed(3)}   ${s.mrr.toFixed(3)}\n`;
for (const table of tables) {
	const corpus = await corpusFor(table);
	const index = new ParagraphIndex(corpus);
	const { cases, missing } = loadedCases(corpus, table.cases);
	const results = evaluate(index, corpus, cases);
	process.stdout.write(scoreHeader(table.name));
	// Which documents the scores are over: a table given by its path is scored over the corpus it was written over.
	process.stdout.write(`  over: ${corpus.documents.map((d) => d.symbol).join(', ')}\n`);
	if (missing.length > 0) {
		process.stdout.write(
			`  ${table.cases.length - cases.length} of ${table.cases.length} queries left out: they cite documents not loaded (${missing.join(', ')}); load them with --data-dir or --documents\n`,
		);
	}
	process.stdout.write(line('all', summarize(results)));
	for (const [name, scores] of byClass(results)) process.stdout.write(line(name, scores));
	// For comparison only: queries with an answer, when the related paragraphs of a dead end count as shown after the
	// matches (a no-answer query is left out: related paragraphs are offered to it too, and say they are not matches).
	const withRelated = evaluate(index, corpus, cases, { countRelated: true }).filter((r) => r.case.relevant.length > 0);
	process.stdout.write(line('answerable, w. rel.', summarize(withRelated)));
	const paraphrases = withRelated.filter((r) => r.case.class === 'paraphrase');
	if (paraphrases.length > 0) process.stdout.write(line('paraphrase, w. rel.', summarize(paraphrases)));
	const misses = results.filter((r) => r.reciprocalRank < 1 || r.recallAt3 < 1);
	process.stdout.write(misses.length === 0 ? '  no miss\n' : `  misses:\n`);
	// The same query written by several rounds' writers, missed the same way, is one line with how many times.
	const lines = new Map<string, number>();
	for (const r of misses) {
		const want = r.case.relevant.map((p) => `${p.document} ¶${p.paragraph}`).join(', ') || 'no match';
		const line = `    ${r.case.class.padEnd(18)} ${JSON.stringify(r.case.query).padEnd(40)} want ${want}  got ${r.top.join(', ') || 'no match'}`;
		lines.set(line, (lines.get(line) ?? 0) + 1);
	}
	for (const [line, times] of lines) process.stdout.write(`${line}${times > 1 ? `  (×${times})` : ''}\n`);
}
