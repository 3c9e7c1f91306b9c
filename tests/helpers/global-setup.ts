import { ensureWordVectorsSync } from '../../src/search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR } from '../../src/search/index-cache.ts';

/**
 * Once per test run, before any test file: the word vectors converted into the default cache folder (a fresh clone
 * starts without them; about ten seconds, in a child process), so every file's index reads the same vectors whether
 * the cache was empty or not, and no test file converts on its own.
 */
export default function setup(): void {
	ensureWordVectorsSync(DEFAULT_INDEX_CACHE_DIR);
}
