import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.ts';
import { buildIndex } from './build-index.ts';
import { IndexCache, type CacheEvent } from './index-cache.ts';

/**
 * The worker of `buildIndexOffThread`: builds the corpus's index and writes its snapshot into the cache folder, then
 * reports what the cache did. The thread that started it loads the snapshot.
 */
const { corpus, cacheDir } = workerData as { corpus: Corpus; cacheDir: string };
const events: CacheEvent[] = [];
buildIndex(
	corpus,
	{ wordNetDir: null, wordVectorsFile: null },
	new IndexCache(cacheDir, (event) => events.push(event)),
);
parentPort?.postMessage(events);
