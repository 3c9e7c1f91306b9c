import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS } from '../../src/search/query-plan.ts';
import { indexOf, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';

describe('search over the seed', () => {
	const index = indexOf(seedCorpus());
	const top3 = (query: string, theme?: string) =>
		index
			.search(query, { theme })
			.hits.slice(0, 3)
			.map((h) => h.paragraph.number);

	it.each([
		['terrorism', 3],
		['Counter-Terrorism Committee', 3],
		['resolution 1373', 3],
		['human rights', 4],
		['dialogue among civilizations', 5],
		['cultural diversity', 5],
		['children armed conflict', 6],
		['poverty', 7],
		['peace-building', 7],
		['weapons of mass destruction', 8],
		['small arms', 8],
		['non-proliferation', 8],
		['prevention of armed conflict', 9],
		['use of force', 2],
		['Security Council', 2],
		['organized crime', 1],
		['further consultations', 10],
		['TERRORISM', 3],
		['terorism', 3],
		['multilateralis', 2],
	])('"%s" has ¶%i in the top 3', (query, expected) => {
		expect(top3(query)).toContain(expected);
	});

	it('ranks the Counter-Terrorism Committee paragraph first for "terrorism"', () => {
		expect(top3('terrorism')[0]).toBe(3);
	});

	it('requires every word first and says when it falls back to partial matches', () => {
		expect(index.search('human rights').match).toBe('all');
		const fallback = index.search('multilingualism poverty');
		expect(fallback.match).toBe('some');
		expect(fallback.hits.map((h) => h.paragraph.number)).toContain(7);
	});

	it('folds diacritics', () => {
		expect(top3('térrorism')[0]).toBe(3);
	});

	it('filters by theme', () => {
		const numbers = index.search('security', { theme: 'terrorism' }).hits.map((h) => h.paragraph.number);
		expect(numbers.length).toBeGreaterThan(0);
		for (const n of numbers) expect([1, 3, 4, 5, 10]).toContain(n);
	});

	it('orders ties by document order', () => {
		const hits = index.search('participants').hits;
		for (let i = 1; i < hits.length; i += 1) {
			const [a, b] = [hits[i - 1], hits[i]];
			if (a && b && a.score === b.score) expect(a.paragraph.order).toBeLessThan(b.paragraph.order);
		}
	});

	it('finds nothing for nonsense and for stop words only', () => {
		expect(index.search('zzzxq').match).toBe('none');
		expect(index.search('the of and').plan.units).toEqual([]);
	});

	it('reports the matched index terms of the text (for bold), including fuzzy ones', () => {
		expect([...(index.search('terorism').hits.find((h) => h.paragraph.number === 3)?.matchedTerms ?? [])]).toContain(
			'terror',
		);
	});

	it('caps the number of query terms', () => {
		const words = Array.from({ length: 500 }, (_, i) => `word${i}`).join(' ');
		expect(index.plan(words).units).toHaveLength(MAX_QUERY_TERMS);
	});
});

describe('search over two documents', () => {
	const corpus = twoDocumentCorpus();
	const index = indexOf(corpus);

	it('finds paragraphs of both documents and filters by document', () => {
		const all = index.search('poverty').hits.map((h) => h.paragraph.id);
		expect(all).toEqual(expect.arrayContaining(['sg2084-7', 'fix0001-1']));
		expect(index.search('poverty', { document: 'fix0001' }).hits.map((h) => h.paragraph.id)).toEqual(['fix0001-1']);
	});

	it('numbers each document from 1 with ids that keep the slug', () => {
		expect(corpus.paragraphs.filter((p) => p.document === 'fix0001').map((p) => [p.id, p.section])).toEqual([
			['fix0001-1', null],
			['fix0001-2', null],
			['fix0001-3', 'Next Steps'],
			['fix0001-4', 'Next Steps'],
		]);
	});
});
