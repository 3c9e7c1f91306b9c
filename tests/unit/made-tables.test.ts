import { describe, expect, it } from 'vitest';
import { madeOnce } from '../../src/search/made-tables.ts';
import type { RelatedWordsTable } from '../../src/search/related-words.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';

describe('related-words tables made in one process', () => {
	it('are made once per corpus: a second index of the same corpus gets the same table, another corpus its own', () => {
		const first = new ParagraphIndex(seedCorpus()).relatedWords();
		const again = new ParagraphIndex(seedCorpus()).relatedWords();
		const other = new ParagraphIndex(twoDocumentCorpus()).relatedWords();
		expect(Object.keys(first.match).length).toBeGreaterThan(0);
		expect(again).toBe(first);
		expect(other).not.toBe(first);
	});

	it('keeps the tables used most recently: one asked for again outlasts those made after it', () => {
		const made: string[] = [];
		// A map of its own: the process's tables, which other test files share, stay as they are.
		const tables = new Map<string, RelatedWordsTable>();
		const table = (key: string) =>
			madeOnce(
				key,
				() => {
					made.push(key);
					return { match: {}, narrower: {}, related: {} };
				},
				tables,
			);
		for (const key of ['a', 'b', 'c', 'd', 'e', 'f']) table(key);
		table('a');
		// A seventh table: the one unused longest (b) goes, not the first made (a).
		table('g');
		table('a');
		table('b');
		expect(made).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'b']);
	});
});
