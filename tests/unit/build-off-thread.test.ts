import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildIndexOffThread } from '../../src/search/build-off-thread.ts';
import { hasCachedIndex } from '../../src/search/indexed-documents.ts';
import { IndexCache, type CacheEvent } from '../../src/search/index-cache.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { seedCorpus } from '../helpers/corpus.ts';

const corpus = seedCorpus();
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'index-worker-'));
	scratch.push(dir);
	return dir;
}

describe('building the index in a worker thread', () => {
	/**
	 * The folder of the first test's build, which the second reads: a worker that builds reads WordNet for the tables,
	 * seconds of CPU that the suite's other files need, so one build serves both.
	 */
	const built = mkdtempSync(join(tmpdir(), 'index-worker-'));
	afterAll(() => rmSync(built, { recursive: true, force: true }));

	it('writes the snapshot there, which this thread then loads, while this thread stays free', async () => {
		const dir = built;
		const events: CacheEvent[] = [];
		const cache = new IndexCache(dir, (event) => events.push(event));
		expect(hasCachedIndex(corpus, cache)).toBe(false);
		let ranMeanwhile = false;
		setImmediate(() => (ranMeanwhile = true));
		let exit = () => {};
		const exited = new Promise<void>((resolve) => (exit = resolve));
		const inWorker = await buildIndexOffThread(corpus, cache, { minParagraphs: 0, onExit: exit });
		// The event loop turned while the worker built: a timer or a request would have been served.
		expect(ranMeanwhile).toBe(true);
		expect(inWorker?.map((e) => e.kind)).toEqual(['built']);
		expect(existsSync(join(dir, 'paragraphs.index'))).toBe(true);
		expect(hasCachedIndex(corpus, cache)).toBe(true);
		const index = new ParagraphIndex(corpus, cache);
		expect(events.map((e) => e.kind)).toEqual(['loaded']);
		expect(index.search('terrorism').hits.length).toBeGreaterThan(0);
		await exited;
	}, 60_000);

	it('then makes the search tables there too, with the keys this thread looks for', async () => {
		// The worker of the test above is gone, its tables written (built here when that test did not run).
		const dir = built;
		const cache = new IndexCache(dir);
		if (!hasCachedIndex(corpus, cache)) {
			await new Promise<void>(
				(resolve) => void buildIndexOffThread(corpus, cache, { minParagraphs: 0, onExit: resolve }),
			);
		}
		const tables = ['acronyms.table', 'related-words.table'].map((name) => join(dir, name));
		const written = tables.map((file) => statSync(file).ino);
		const index = new ParagraphIndex(corpus, cache);
		expect(index.relatedWords()).toEqual(new ParagraphIndex(corpus).relatedWords());
		expect(index.acronyms()).toEqual(new ParagraphIndex(corpus).acronyms());
		// Read, not made again: a table made here would have replaced the file (a new one, renamed over it).
		expect(tables.map((file) => statSync(file).ino)).toEqual(written);
	}, 60_000);

	it('does nothing when the snapshot is already there, without a cache folder, or for a small corpus', async () => {
		const dir = cacheDir();
		const cache = new IndexCache(dir);
		void new ParagraphIndex(corpus, cache);
		expect(await buildIndexOffThread(corpus, cache, { minParagraphs: 0 })).toBeUndefined();
		expect(await buildIndexOffThread(corpus, new IndexCache(undefined), { minParagraphs: 0 })).toBeUndefined();
		// A small corpus is built where it is needed: a worker would take longer to start.
		expect(await buildIndexOffThread(corpus, new IndexCache(cacheDir()))).toBeUndefined();
	});
});
