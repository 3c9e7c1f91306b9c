import { describe, expect, it } from 'vitest';
import { stem } from 'porter2';
import { irregularRelatives, irregularTerms, withIrregularBase } from '../../src/search/irregular-forms.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const term = (word: string) => stem(word.toLowerCase());

describe('irregular inflections meet their base forms', () => {
	it.each([
		['crises', 'crisis'],
		['women', 'woman'],
		['sent', 'send'],
		['fought', 'fight'],
	])('%s is an inflection of %s, and the other way round', (form, base) => {
		expect(irregularRelatives(form)).toContain(base);
		expect(irregularRelatives(base)).toContain(form);
	});

	it('meets "people" and "person", a plural made from another word that WordNet lists as a lemma of its own', () => {
		// A stranger's "displaced people" found nothing where their text said "internally displaced persons".
		const text = new Set([term('persons')]);
		const known = { hasTerm: (t: string) => text.has(t) };
		expect(irregularTerms('people', { term }, known)).toEqual([term('person')]);
		expect(irregularRelatives('person')).toContain('people');
		// Peoples (nations) are another word.
		expect(irregularTerms('peoples', { term }, known)).toEqual([]);
	});

	it('gives the terms the text has, only for a word whose own term it lacks', () => {
		const text = new Set([term('crisis'), term('send')]);
		const analyzer = { term };
		const known = { hasTerm: (t: string) => text.has(t) };
		// Porter2 cannot unify them: "crises" is crise, "crisis" crisi.
		expect(term('crises')).not.toBe(term('crisis'));
		expect(irregularTerms('crises', analyzer, known)).toEqual([term('crisis')]);
		expect(irregularTerms('sent', analyzer, known)).toEqual([term('send')]);
		expect(irregularTerms('send', analyzer, known)).toEqual([]);
		expect(irregularTerms('policies', analyzer, known)).toEqual([]);
	});

	it('meets the other number of a compound of "man", which the stemmer keeps apart', () => {
		// A made-up text that says "ferrymen" once and "gatemen" nowhere.
		const text = new Set([term('ferrymen'), term('wardman')]);
		const analyzer = { term };
		const known = { hasTerm: (t: string) => text.has(t) };
		expect(term('ferryman')).not.toBe(term('ferrymen'));
		expect(irregularTerms('ferryman', analyzer, known)).toEqual([term('ferrymen')]);
		expect(irregularTerms('wardmen', analyzer, known)).toEqual([term('wardman')]);
		expect(irregularTerms('gatemen', analyzer, known)).toEqual([]);
		// Too short to be such a compound: "omen" is no plural of "oman".
		expect(irregularTerms('omen', analyzer, { hasTerm: (t) => t === term('oman') })).toEqual([]);
	});

	it('looks up the lexical resource by the base form of an irregular word', () => {
		const analyzer = { term };
		expect(withIrregularBase(['women', 'right'], 0, 'women', analyzer)).toEqual(['woman', 'right']);
		expect(withIrregularBase(['polici'], 0, 'policies', analyzer)).toEqual(['polici']);
	});

	it.each([
		['fought terrorism', 'fight'],
		['when they met', 'meet'],
	])('"%s" finds the text saying %s', (query, matched) => {
		const { match, hits } = indexOf(seedCorpus()).search(query);
		expect(match).toBe('all');
		expect(hits[0]?.matchedTerms.has(matched)).toBe(true);
	});
});
