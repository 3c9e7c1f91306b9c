import { ensureWordVectorsSync } from './embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR } from './index-cache.ts';

/**
 * What `npm ci` and `npm install` run last (the `postinstall` script): the word vectors converted into the cache
 * folder, once, so that neither the bot's first start nor the first test run waits for them (about ten seconds), and
 * the first answers already use them. It never fails an install: without the vectors search works as before, and the
 * bot converts them in the background when it first starts.
 */
try {
	const started = performance.now();
	const file = ensureWordVectorsSync(DEFAULT_INDEX_CACHE_DIR);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	process.stdout.write(file ? `word vectors ready (${seconds} s): ${file}\n` : 'word vectors: none converted\n');
} catch (error) {
	const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
	process.stderr.write(`(word vectors not converted now: ${reason}; the bot converts them when it first starts)\n`);
}
