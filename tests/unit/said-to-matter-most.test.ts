import { describe, expect, it } from 'vitest';
import { wordsAsked } from '../../src/search/asked-words.ts';
import { namesOne } from '../../src/search/which-one.ts';
import { indexOf, seedCore, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const known = { hasTerm: (term: string) => term === index.analyzer.term('priority') };
const asked = (query: string) => wordsAsked(query.split(' '), query, index.analyzer, known);

describe('an ordinal says which one only before what it counts', () => {
	it('names one meeting in "the fifth meeting", none in "comes first" or "first of all"', () => {
		expect(namesOne('when was the fifth high-level meeting held', 'fifth')).toBe(true);
		expect(namesOne('what did the 6th session decide', '6th')).toBe(true);
		expect(namesOne('resolution 1624', '1624')).toBe(true);
		expect(namesOne('rebuilding after war comes first', 'first')).toBe(false);
		expect(namesOne('prevention first', 'first')).toBe(false);
		expect(namesOne('first of all, terrorism', 'first')).toBe(false);
		expect(namesOne('what did they say at first', 'first')).toBe(false);
		// Last in a question it asks for an order of things, which the text does not record: as another thing.
		expect(namesOne('who spoke first', 'first')).toBe(true);
		expect(namesOne('rebuilding after war', 'rebuilding')).toBe(false);
	});

	it('keeps a meeting the text does not hold from matching, and lets "comes first" match', () => {
		expect(index.search('when was the first UN-regional organizations meeting held?').match).toBe('none');
		expect(index.search('where was the fourth high-level meeting held?').match).toBe('none');
		expect(index.search('peacebuilding should come first').hits[0]?.paragraph.number).toBe(7);
	});
});

describe('a saying that something matters most', () => {
	it('is searched as the text’s word for it, its own words (and stop words) set aside', () => {
		expect(asked('rebuilding after war comes first')).toEqual(['rebuilding', 'after', 'war', 'priority']);
		expect(asked('put the poor first')).toEqual(['poor', 'priority']);
		expect(asked('peace should be top of the agenda')).toEqual(['peace', 'should', 'priority']);
		expect(asked('human rights above all else')).toEqual(['human', 'rights', 'priority']);
		// So with whose list it is, a to-do list, or high on it.
		expect(asked('rebuilding at the top of the to-do list')).toEqual(['rebuilding', 'priority']);
		expect(asked('poverty high on their agenda')).toEqual(['poverty', 'priority']);
		// Typed already, it is not added twice ("first priority" is one saying); "first" before what it counts is none.
		expect(asked('first priority is peace')).toEqual(['priority', 'peace']);
		expect(asked('the first meeting came in 1998')).not.toContain('priority');
		const lacking = { hasTerm: () => false };
		expect(wordsAsked(['peace', 'comes', 'first'], 'peace comes first', index.analyzer, lacking)).toEqual([
			'peace',
			'comes',
			'first',
		]);
	});

	it('finds SG/2084’s ¶7, "Peace-building activities should be accorded the highest priority", first', () => {
		for (const query of [
			'rebuilding peace after war comes first',
			'rebuilding societies after fighting should come first',
			'rebuilding after wars should be at the very top of the list',
			'post-war rebuilding at the top of the to-do list',
		]) {
			expect(index.search(query).hits[0]?.paragraph.number, query).toBe(7);
		}
		for (const query of [
			'put the poor 1st',
			'peacebuilding is priority number one',
			'peacebuilding is the first priority',
			'fighting poverty comes first',
		]) {
			expect(index.search(query).hits[0]?.paragraph.number, query).toBe(7);
		}
	});

	it('orders the matches by the word it adds, which no match rests on alone', () => {
		// The text says nothing of education, schools or jobs: ¶7's priority, beside a kind of activity or building
		// ("Peace-building activities"), answers none of them.
		for (const query of ['education comes first', 'schools come first', 'jobs come first', 'education first']) {
			expect(index.search(query).match, query).toBe('none');
		}
		// The paragraph on children and on terrorism, not ¶7 for its priority alone.
		expect(index.search('children come first').hits.map((h) => h.paragraph.number)).toEqual([6]);
		const terrorism = index.search('terrorism first').hits.map((h) => h.paragraph.number);
		expect(terrorism[0]).toBe(3);
		expect(terrorism).not.toContain(7);
		expect(index.search('prevention first').hits[0]?.paragraph.number).toBe(9);
	});

	it('is echoed as typed in the reply’s summary: no paragraph has "terrorism first", each has terrorism', async () => {
		const reply = await seedCore().run({ name: 'conclusions', options: { query: 'terrorism first' } });
		expect(reply).toMatchObject({
			data: { content: expect.stringMatching(/^No paragraph has all of “terrorism first”/) as unknown },
		});
	});

	it('is not read in a question, where "first" asks about an order the text does not record', () => {
		expect(asked('what did they discuss first')).not.toContain('priority');
		expect(index.search('what did they discuss first').match).toBe('none');
		expect(index.search('who spoke first').match).toBe('none');
	});
});
