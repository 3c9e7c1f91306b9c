import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWordVectorsSync } from '../../src/search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR } from '../../src/search/index-cache.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The folder this run's workers share the related-words tables they make through (see share-tables.ts). */
		madeTablesDir: string;
	}
}

/**
 * Once per test run, before any file: the word vectors converted into the default cache folder (a fresh clone
 * starts without them; about ten seconds, in a child process), so every file's index reads the same vectors whether
 * the cache was empty or not, and no test file converts on its own. And an empty folder for the run's related-words
 * tables (see share-tables.ts), removed at the end: each run makes every table it needs again, once.
 */
export default function setup(project: TestProject): () => void {
	ensureWordVectorsSync(DEFAULT_INDEX_CACHE_DIR);
	const tables = mkdtempSync(join(tmpdir(), 'conclusions-tables-'));
	project.provide('madeTablesDir', tables);
	return () => rmSync(tables, { recursive: true, force: true });
}
