import { parentPort, workerData } from 'node:worker_threads';
import { rememberFingerprint } from '../corpus/fingerprint.ts';
import type { Corpus } from '../corpus/types.ts';
import { buildIndex } from './build-index.ts';
import type { IndexBuildOptions } from './built-index.ts';
import type { MadeTables, TableName } from './first-need.ts';
import { IndexCache, type CacheEvent } from './index-cache.ts';

/** What a worker is started with (see `buildIndexOffThread` and `makeTablesOffThread`). */
export interface IndexWorkerData {
	corpus: Corpus;
	/** The cache folder, or `undefined` for none: then the index is built here and the tables only posted back. */
	cacheDir: string | undefined;
	fingerprint?: string | undefined;
	/** The options of the index of the thread that started the worker: its tables are keyed by them. */
	options?: IndexBuildOptions | undefined;
	/** The tables to make (or read); left out, all. */
	tables?: TableName[] | undefined;
}

/** The worker's messages: first what the cache did for the index, then the tables made (or read) for it. */
export type IndexWorkerMessage = { index: CacheEvent[] } | { tables: MadeTables };

/**
 * The worker of `buildIndexOffThread` and `makeTablesOffThread`: builds the corpus's index (or loads its snapshot)
 * and writes its snapshot into the cache folder, then reports what the cache did (the thread that started it loads the
 * snapshot at once). Then, with the same options as that thread's index, it makes the tables a first search may need
 * (the related words reduced from WordNet, the acronyms), writes them beside the snapshot and posts them, so that the
 * bot never spends seconds on them in its own thread.
 */
const { corpus, cacheDir, fingerprint, options, tables } = workerData as IndexWorkerData;
// The copy is the loaded corpus: its snapshot is keyed as the caller's is (see `corpusFingerprint`).
if (fingerprint !== undefined) rememberFingerprint(corpus, fingerprint);
const events: CacheEvent[] = [];
const built = buildIndex(corpus, options ?? {}, new IndexCache(cacheDir, (event) => events.push(event)));
const post = (message: IndexWorkerMessage) => parentPort?.postMessage(message);
post({ index: events });
const wanted = (table: TableName) => tables === undefined || tables.includes(table);
post({
	tables: {
		relatedWords: wanted('related-words') ? built.relatedWords() : undefined,
		acronyms: wanted('acronyms') ? built.acronyms() : undefined,
	},
});
