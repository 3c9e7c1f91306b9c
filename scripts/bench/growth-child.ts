import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { IndexCache, type CacheEvent } from '../../src/search/index-cache.ts';
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
	/** Reading the corpus files with what parsing works out read from its snapshot (a warm start's corpus). */
	corpusCacheLoadMs: number;
	/** Building the index from the loaded corpus (with what a snapshot needs recorded, as a cold start does). */
	buildMs: number;
	/** Writing the index's snapshot, and its size. */
	snapshotWriteMs: number;
	snapshotMb: number;
	/** A warm start's index: loading the snapshot instead of building. */
	cacheLoadMs: number;
	/** Resident memory after the index is built and garbage collected, and what loading the corpus added to it. */
	rssMb: number;
	rssGrowthMb: number;
	/**
	 * The JavaScript heap in use after a forced GC, minus before loading: what the corpus and index hold. RSS also
	 * keeps pages freed by the build's garbage, which a small corpus's numbers mostly show.
	 */
	heapGrowthMb: number;
}

const [dir, roundsArg] = process.argv.slice(2);
const collect = (globalThis as { gc?: () => void }).gc;
if (!dir || !collect) throw new Error('bench: usage: node --expose-gc --import tsx growth-child.ts <dir> <rounds>');
const MB = 1024 * 1024;
const memory = () => {
	collect();
	const { rss, heapUsed, external } = process.memoryUsage();
	return { rss: rss / MB, heap: (heapUsed + external) / MB };
};

const before = memory();
let corpus: ReturnType<typeof loadCorpus> | undefined;
const loadMs = time(() => (corpus = loadCorpus(dir)));
if (!corpus) throw new Error('bench: no corpus');
const loaded = corpus;
const cacheDir = mkdtempSync(join(tmpdir(), 'bench-index-cache-'));
try {
	const events: CacheEvent[] = [];
	const cache = new IndexCache(cacheDir, (event) => events.push(event));
	let index: ParagraphIndex | undefined;
	const buildAndWriteMs = time(() => (index = new ParagraphIndex(loaded, cache)));
	const built = events.pop();
	if (!index || built?.kind !== 'built') throw new Error(`bench: the index was not built: ${JSON.stringify(built)}`);
	const after = memory();
	const measures = measureSearch(loaded, index, Number(roundsArg ?? 10));
	index = undefined;
	const cacheLoadMs = time(() => new ParagraphIndex(loaded, cache));
	if (events.pop()?.kind !== 'loaded') throw new Error('bench: the snapshot was not loaded');
	// The corpus's own snapshot: written by a first load, read by the measured one.
	loadCorpus(dir, { cacheDir });
	let corpusEvent: string | undefined;
	const corpusCacheLoadMs = time(() => loadCorpus(dir, { cacheDir, onCache: (event) => (corpusEvent = event.kind) }));
	if (corpusEvent !== 'loaded') throw new Error(`bench: the corpus snapshot was not loaded (${corpusEvent})`);
	const sample: GrowthSample = {
		paragraphs: loaded.paragraphs.length,
		textBytes: loaded.paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0),
		loadMs: round(loadMs, 0),
		corpusCacheLoadMs: round(corpusCacheLoadMs, 0),
		buildMs: round(buildAndWriteMs - built.writeMs, 0),
		snapshotWriteMs: built.writeMs,
		snapshotMb: round(statSync(built.file).size / 1024 / 1024, 1),
		cacheLoadMs: round(cacheLoadMs, 0),
		rssMb: round(after.rss, 1),
		rssGrowthMb: round(after.rss - before.rss, 1),
		heapGrowthMb: round(after.heap - before.heap, 1),
		...measures,
	};
	process.stdout.write(`${JSON.stringify(sample)}\n`);
} finally {
	rmSync(cacheDir, { recursive: true, force: true });
}
