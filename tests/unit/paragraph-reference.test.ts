import { describe, expect, it } from 'vitest';
import { paragraphsReferenced } from '../../src/search/paragraph-reference.ts';
import { indexOf, layoutsCorpus, seedCore, seedCorpus } from '../helpers/corpus.ts';

describe('a search for a paragraph by its number', () => {
	it.each(['paragraph 3', '¶3', '¶ 3', 'para. 3', 'par 3', '§3', 'Paragraph 3'])('%j finds ¶3 as a match', (query) => {
		// Searched as words, "paragraph" and "3" matched nothing.
		const found = indexOf(seedCorpus()).search(query);
		expect(found.match).toBe('all');
		expect(found.hits.map((h) => h.paragraph.number)).toEqual([3]);
	});

	it.each([
		['the first conclusion', 1],
		['third paragraph', 3],
		['paragraph three', 3],
		['conclusion 7', 7],
		['5th point', 5],
		['the last paragraph', 10],
		['the final point', 10],
		['the closing paragraph', 10],
		['conclusion #4', 4],
	])('%j finds its paragraph by its place (¶%i)', (query, number) => {
		// "first" was read as naming another meeting, and "last paragraph" searched for the words.
		const found = indexOf(seedCorpus()).search(query);
		expect(found.match).toBe('all');
		expect(found.hits.map((h) => h.paragraph.number)).toEqual([number]);
	});

	it('takes no other ordinal or word for a place: the fourth meeting, the main point', () => {
		const corpus = seedCorpus();
		expect(paragraphsReferenced('the fourth meeting', corpus, {})).toEqual([]);
		expect(paragraphsReferenced('the main point', corpus, {})).toEqual([]);
		expect(paragraphsReferenced('point of order', corpus, {})).toEqual([]);
	});

	it('echoes the reference as asked in the reply’s summary, not the number alone', async () => {
		const reply = await seedCore().run({ name: 'conclusions', options: { query: 'paragraph 3' } });
		expect(reply).toMatchObject({
			data: { content: expect.stringMatching(/^\*\*1\*\* paragraph matches “paragraph 3”/) as unknown },
		});
	});

	it('finds each document’s paragraph of that number the filters keep, and nothing for a number none has', () => {
		const corpus = layoutsCorpus();
		const all = paragraphsReferenced('paragraph 2', corpus, {});
		expect(all.length).toBeGreaterThan(1);
		expect(all.every((p) => p.number === 2)).toBe(true);
		expect(paragraphsReferenced('paragraph 2', corpus, { document: 'sg2084' }).map((p) => p.id)).toEqual(['sg2084-2']);
		expect(paragraphsReferenced('paragraph 999', corpus, {})).toEqual([]);
		// Words beside the number are a search for words.
		expect(paragraphsReferenced('paragraph 3 terrorism', corpus, {})).toEqual([]);
		expect(paragraphsReferenced('3', corpus, {})).toEqual([]);
	});
});
