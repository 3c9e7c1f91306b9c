import { describe, expect, it } from 'vitest';
import { scopedBySymbol } from '../../src/search/symbol-scope.ts';
import { indexOf, layoutsCorpus } from '../helpers/corpus.ts';

describe("a query with a document's symbol and other words searches that document for them", () => {
	const corpus = layoutsCorpus();
	const index = indexOf(corpus);
	const documentsOf = (query: string) => new Set(index.search(query).hits.map((h) => h.paragraph.document));
	const ids = (query: string, document?: string) =>
		index.search(query, document ? { document } : {}).hits.map((h) => h.paragraph.id);

	it('finds the words in that document, the symbol typed first or last, with or without its separators', () => {
		// Searched as a word, the symbol no paragraph prints left "SG/2084 terrorism" without a match.
		for (const query of ['SG/2084 terrorism', 'sg2084 terrorism', 'sg 2084 terrorism', 'terrorism SG/2084']) {
			expect(ids(query)).toEqual(ids('terrorism', 'sg2084'));
			expect(ids(query).length).toBeGreaterThan(0);
		}
		expect(documentsOf('A/60/341 peacekeeping')).toEqual(new Set(['annex-roman']));
		expect(documentsOf('peacekeeping').size).toBeGreaterThan(1);
	});

	it('leaves a symbol alone, a query without one, and a document chosen otherwise, as they are', () => {
		const documents = corpus.documents;
		expect(scopedBySymbol('SG/2084', documents)).toBeUndefined();
		expect(scopedBySymbol('resolution 1373 terrorism', documents)).toBeUndefined();
		expect(scopedBySymbol('A/61/256 capacity-building', documents)).toEqual({
			document: 'numbered-extract',
			rest: 'capacity-building',
		});
		expect(ids('SG/2084 peacekeeping', 'annex-roman')).toEqual([]);
	});
});
