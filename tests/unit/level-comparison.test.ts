import { describe, expect, it } from 'vitest';
import { wordsAsked } from '../../src/search/asked-words.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const known = { hasTerm: (term: string) => term === index.analyzer.term('equally') };

describe('a comparison that sets two things level', () => {
	it('asks for the text’s word for it, when the text writes one', () => {
		const asked = (query: string) => wordsAsked(query.split(' '), query, index.analyzer, known);
		expect(asked('being poor is just as dangerous as terrorism').at(-1)).toBe('equally');
		expect(asked('poverty matters as much as terror').at(-1)).toBe('equally');
		expect(asked('no less urgent than security').at(-1)).toBe('equally');
		// Not "as well as", "as soon as", "as many as"; not twice; not where the text has no such word.
		expect(asked('human rights as well as security')).not.toContain('equally');
		expect(asked('as many as ten organizations')).not.toContain('equally');
		expect(asked('equally important threats')).toEqual(['equally', 'important', 'threats']);
		const lacking = { hasTerm: () => false };
		expect(wordsAsked(['just', 'as', 'bad'], 'just as bad', index.analyzer, lacking)).toEqual(['just', 'bad']);
	});

	it('finds SG/2084’s ¶7, "equally important threats", before ¶1, which lists poverty and terrorism', () => {
		for (const query of [
			'being poor is just as dangerous as terrorism',
			'hunger and want are as dangerous as terror attacks',
			'being poor is just as big a danger as bombs and wars',
		]) {
			expect(index.search(query).hits[0]?.paragraph.number, query).toBe(7);
		}
		// The text's word orders the matches; it is no part of the query found: the text has no adults.
		expect(index.search('children are as important as adults')).toMatchObject({ match: 'none', hits: [] });
	});
});
