import { describe, expect, it } from 'vitest';
import { stem } from 'porter2';
import { comparedSenses, withComparedBase } from '../../src/search/compared-forms.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const term = (word: string) => stem(word.toLowerCase());
const analyzer = { term };
/** A reduced table that lists some base adjectives (and "lead"), as WordNet would for a text on speed and size. */
const table = {
	match: { fast: [['speed']], big: [['major']], easi: [['simpl']] },
	related: { safe: [['secur']] },
	narrower: { lead: [['head']] },
};
const lookup = (word: string, sameWord = () => true) =>
	withComparedBase([term(word)], 0, word, analyzer, table, { sameWord })[0];

describe('a comparison is looked up as its adjective', () => {
	it.each([
		['faster', 'fast'],
		['fastest', 'fast'],
		['bigger', 'big'],
		['easier', term('easy')],
		['safer', 'safe'],
	])('%s is looked up as %s', (word, base) => {
		expect(term(word)).not.toBe(base);
		expect(lookup(word)).toBe(base);
	});

	it('keeps a word whose base the table lacks, or that the vectors do not find the same word', () => {
		expect(lookup('slower')).toBe(term('slower'));
		expect(lookup('leader', () => false)).toBe(term('leader'));
		// Not a comparison at all: "terror" ends in neither -er nor -est of a listed base.
		expect(lookup('terror')).toBe(term('terror'));
	});

	it('finds the paragraph of a paraphrase whose only link is a comparison (fast: speed)', () => {
		const { match, hits } = indexOf(seedCorpus()).search('old threats merging faster');
		expect(match).not.toBe('none');
		expect(hits[0]?.paragraph.number).toBe(1);
		expect(hits[0]?.matchedTerms.has('speed')).toBe(true);
		// Not "fast" in its sense of firmly fixed (secure): the Security Council is not what "faster" means.
		expect(hits.some((hit) => hit.matchedTerms.has('secur'))).toBe(false);
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
