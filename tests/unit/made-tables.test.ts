import { describe, expect, it } from 'vitest';
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
});
