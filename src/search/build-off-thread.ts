import { Worker } from 'node:worker_threads';
import { corpusFingerprint } from '../corpus/fingerprint.ts';
import type { Corpus } from '../corpus/types.ts';
import { hasCachedIndex } from './build-index.ts';
import type { CacheEvent, IndexCache } from './index-cache.ts';

/** The worker's module, run through tsx like the rest of the bot (a worker does not inherit the loader). */
const WORKER = new URL('./index-build-worker.ts', import.meta.url).href;

/**
 * Below this many paragraphs the build takes less than starting a worker with its own module loader (about a third
 * of a second): it happens in the caller's thread.
 */
const OFF_THREAD_FROM = 2_000;

/**
 * When the cache has no snapshot of this corpus's index, builds it in a worker thread and writes the snapshot, so
 * that the caller's thread stays free (the gateway's heartbeat, `/healthz` answering 503) during the seconds a large
 * corpus takes; the caller then loads the snapshot (`new ParagraphIndex(corpus, cache)`). Resolves, once the snapshot
 * is written, with what the cache did in the worker, or `undefined` when nothing was needed or possible (no cache folder, a snapshot already
 * there, a small corpus, or a worker that failed: then the caller's own `ParagraphIndex` builds, as without a cache).
 * `onExit` is told when the worker is gone, its tables written (or not, if it failed).
 */
export async function buildIndexOffThread(
	corpus: Corpus,
	cache: IndexCache,
	{ minParagraphs = OFF_THREAD_FROM, onExit }: { minParagraphs?: number; onExit?: () => void } = {},
): Promise<CacheEvent[] | undefined> {
	if (corpus.paragraphs.length < minParagraphs) return undefined;
	if (cache.dir === undefined || hasCachedIndex(corpus, cache)) return undefined;
	const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;
	const worker = new Worker(code, {
		eval: true,
		workerData: { corpus, cacheDir: cache.dir, fingerprint: corpusFingerprint(corpus) },
	});
	return new Promise((resolve) => {
		worker.once('message', (message: CacheEvent[]) => {
			// The index's snapshot is written: the caller loads it now, while the worker goes on making the search tables
			// (see the worker). It does not keep the process alive: tables cut short are not written, and made on need.
			worker.unref();
			resolve(message);
		});
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => {
			resolve(undefined);
			onExit?.();
		});
	});
}
