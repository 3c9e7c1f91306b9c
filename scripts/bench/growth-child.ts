import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { measureSearch, type SearchMeasures } from './search-bench.ts';
import { round, time } from './stats.ts';

/**
 * One size of the growth curve, in a process of its own so that its memory is its own:
 * `node --expose-gc --import tsx scripts/bench/growth-child.ts <data dir> <rounds>`. Prints one JSON line.
 */
export interface GrowthSample extends SearchMeasures {
	paragraphs: number;
	textBytes: number;
	/** Reading and parsing the corpus files. */
	loadMs: number;
	/** Building the index from the loaded corpus. */
	buildMs: number;
	/** Resident memory after the index is built and garbage collected, and what loading the corpus added to it. */
	rssMb: number;
	rssGrowthMb: number;
}

const [dir, roundsArg] = process.argv.slice(2);
const collect = (globalThis as { gc?: () => void }).gc;
if (!dir || !collect) throw new Error('bench: usage: node --expose-gc --import tsx growth-child.ts <dir> <rounds>');
const rss = () => {
	collect();
	return process.memoryUsage().rss / 1024 / 1024;
};

const before = rss();
let corpus: ReturnType<typeof loadCorpus> | undefined;
const loadMs = time(() => (corpus = loadCorpus(dir)));
if (!corpus) throw new Error('bench: no corpus');
const loaded = corpus;
let index: ParagraphIndex | undefined;
const buildMs = time(() => (index = new ParagraphIndex(loaded)));
if (!index) throw new Error('bench: no index');
const after = rss();
const sample: GrowthSample = {
	paragraphs: loaded.paragraphs.length,
	textBytes: loaded.paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0),
	loadMs: round(loadMs, 0),
	buildMs: round(buildMs, 0),
	rssMb: round(after, 1),
	rssGrowthMb: round(after - before, 1),
	...measureSearch(loaded, index, Number(roundsArg ?? 10)),
};
process.stdout.write(`${JSON.stringify(sample)}\n`);
