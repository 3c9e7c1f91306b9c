import { describe, expect, it } from 'vitest';
import { stem } from 'porter2';
import { comparedBase, comparedSenses } from '../../src/search/compared-forms.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const term = (word: string) => stem(word.toLowerCase());
/** A reduced table that lists some base adjectives (and "lead"), as WordNet would for a text on speed and size. */
const table = {
	match: { fast: [['speed']], big: [['major']], easy: [['simpl']] },
	related: { safe: [['secur']] },
	narrower: { lead: [['head']] },
};
const lookup = (word: string, sameWord = () => true) => comparedBase(word, table, { sameWord });

describe('a comparison is looked up as its adjective', () => {
	it.each([
		['faster', 'fast'],
		['fastest', 'fast'],
		['bigger', 'big'],
		['easier', 'easy'],
		['safer', 'safe'],
	])('%s is looked up as %s', (word, base) => {
		expect(term(word)).not.toBe(base);
		expect(lookup(word)).toBe(base);
	});

	it('keeps a word whose base the table lacks, or that the vectors do not find the same word', () => {
		expect(lookup('slower')).toBeUndefined();
		expect(lookup('leader', () => false)).toBeUndefined();
		// Not a comparison at all: "terror" ends in neither -er nor -est of a listed base.
		expect(lookup('terror')).toBeUndefined();
	});

	it('finds the paragraph of a paraphrase through a comparison (strong: strengthen)', () => {
		const { match, hits } = indexOf(seedCorpus()).search('stronger regional partners');
		expect(match).toBe('all');
		expect(hits[0]?.paragraph.number).toBe(8);
		expect(hits[0]?.matchedTerms.has('strengthen')).toBe(true);
	});

	it('keeps of the adjective’s senses those the vectors do not deny the comparison', () => {
		const closeness = (word: string) => (term: string) => (word === 'faster' && term === 'speed' ? 0.74 : 0.24);
		expect(comparedSenses('faster', { closenessTo: closeness })([['speed'], ['secur'], ['use', 'forc']])).toEqual([
			['speed'],
			['use', 'forc'],
		]);
		// Without vectors, every sense stays.
		expect(comparedSenses('faster', undefined)([['speed'], ['secur']])).toEqual([['speed'], ['secur']]);
	});
});
