import { Worker } from 'node:worker_threads';
import { corpusFingerprint } from '../corpus/fingerprint.ts';
import type { Corpus } from '../corpus/types.ts';
import type { IndexBuildOptions } from './built-index.ts';
import type { MadeTables, TableName } from './first-need.ts';
import { hasCachedIndex } from './indexed-documents.ts';
import type { CacheEvent, IndexCache } from './index-cache.ts';
import type { IndexWorkerData, IndexWorkerMessage } from './index-build-worker.ts';

/** The worker's module, run through tsx like the rest of the bot (a worker does not inherit the loader). */
const WORKER = new URL('./index-build-worker.ts', import.meta.url).href;

/**
 * Below this many paragraphs the build takes less than starting a worker with its own module loader (about a third
 * of a second): it happens in the caller's thread.
 */
const OFF_THREAD_FROM = 2_000;

function startWorker(data: IndexWorkerData): Worker {
	const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;
	return new Worker(code, { eval: true, workerData: data });
}

/**
 * When the cache has no snapshot of this corpus's index, builds it in a worker thread and writes the snapshot, so
 * that the caller's thread stays free (the gateway's heartbeat, `/healthz` answering 503) during the seconds a large
 * corpus takes; the caller then loads the snapshot (`new ParagraphIndex(corpus, cache)`). Resolves, once the snapshot
 * is written, with what the cache did in the worker, or `undefined` when nothing was needed or possible (no cache folder, a snapshot already
 * there, a small corpus, or a worker that failed: then the caller's own `ParagraphIndex` builds, as without a cache).
 * The worker goes on to make the search tables: `onTables` receives them (the caller's index adopts them), and
 * `onExit` is told when the worker is gone, its tables written (or not, if it failed).
 */
export async function buildIndexOffThread(
	corpus: Corpus,
	cache: IndexCache,
	{
		minParagraphs = OFF_THREAD_FROM,
		onExit,
		onTables,
	}: { minParagraphs?: number; onExit?: () => void; onTables?: (tables: MadeTables) => void } = {},
): Promise<CacheEvent[] | undefined> {
	if (corpus.paragraphs.length < minParagraphs) return undefined;
	if (cache.dir === undefined || hasCachedIndex(corpus, cache)) return undefined;
	const worker = startWorker({ corpus, cacheDir: cache.dir, fingerprint: corpusFingerprint(corpus) });
	return new Promise((resolve) => {
		worker.on('message', (message: IndexWorkerMessage) => {
			if ('tables' in message) return onTables?.(message.tables);
			// The index's snapshot is written: the caller loads it now, while the worker goes on making the search tables
			// (see the worker). It does not keep the process alive: tables cut short are not written, and made on need.
			worker.unref();
			resolve(message.index);
		});
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => {
			resolve(undefined);
			onExit?.();
		});
	});
}

/**
 * Makes `tables` (search tables of an index already built in this thread `options` as it was built with) in a worker
 * thread, which loads the index's snapshot from the cache folder (or builds the index itself without one), reads or
 * makes the tables, writes them there and posts them back. Resolves with them, or `undefined` when the worker failed
 * (then they are made on first need, as before). The worker does not keep the process alive.
 */
export function makeTablesOffThread(
	corpus: Corpus,
	cache: IndexCache,
	options: IndexBuildOptions,
	tables: TableName[],
): Promise<MadeTables | undefined> {
	const fingerprint = corpusFingerprint(corpus);
	const worker = startWorker({ corpus, cacheDir: cache.dir, fingerprint, options, tables });
	worker.unref();
	return new Promise((resolve) => {
		worker.on('message', (message: IndexWorkerMessage) => {
			if ('tables' in message) resolve(message.tables);
		});
		worker.once('error', () => resolve(undefined));
		worker.once('exit', () => resolve(undefined));
	});
}
