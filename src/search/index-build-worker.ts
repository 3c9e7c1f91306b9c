import { parentPort, workerData } from 'node:worker_threads';
import { rememberFingerprint } from '../corpus/fingerprint.ts';
import type { Corpus } from '../corpus/types.ts';
import { buildIndex } from './build-index.ts';
import { IndexCache, type CacheEvent } from './index-cache.ts';

/**
 * The worker of `buildIndexOffThread`: builds the corpus's index and writes its snapshot into the cache folder, then
 * reports what the cache did (the thread that started it loads the snapshot at once). Then, with the same options as
 * that thread's index, it makes the tables a first search may need (the related words reduced from WordNet, the
 * acronyms) and writes them beside the snapshot, so that the bot never spends seconds on them in its own thread.
 */
const { corpus, cacheDir, fingerprint } = workerData as { corpus: Corpus; cacheDir: string; fingerprint?: string };
// The copy is the loaded corpus: its snapshot is keyed as the caller's is (see `corpusFingerprint`).
if (fingerprint !== undefined) rememberFingerprint(corpus, fingerprint);
const events: CacheEvent[] = [];
const built = buildIndex(corpus, {}, new IndexCache(cacheDir, (event) => events.push(event)));
parentPort?.postMessage(events);
built.relatedWords();
built.acronyms();
