import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { indexOf, seedDataCopy } from './corpus.ts';

/** What a test's own document says of itself (see `oneDocumentIndex`). */
export interface OneDocumentMeta {
	symbol: string;
	title: string;
	releaseDate: string;
}

/**
 * The index of a corpus of one document a test writes for itself (numbered paragraphs, one a string), in a copy of
 * the bundled data folder made before the file's tests and removed after them. Call at the top of a `describe`; the
 * index is there once the tests run.
 */
export function oneDocumentIndex(
	slug: string,
	paragraphs: readonly string[],
	meta: OneDocumentMeta,
): () => ParagraphIndex {
	let dir: string | undefined;
	let index: ParagraphIndex | undefined;
	beforeAll(() => {
		dir = seedDataCopy(`${slug}-`);
		const text = paragraphs.map((paragraph, i) => `${i + 1}. ${paragraph}`).join('\n\n');
		writeFileSync(join(dir, 'documents', `${slug}.txt`), `${text}\n`);
		writeFileSync(join(dir, 'documents', `${slug}.json`), JSON.stringify(meta));
		index = indexOf(loadCorpus(dir, { only: [slug] }));
	});
	afterAll(() => {
		if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
	});
	return () => {
		if (index === undefined) throw new Error('oneDocumentIndex: asked before its beforeAll ran');
		return index;
	};
}
