import { describe, expect, it } from 'vitest';
import { whoseLacking } from '../../src/search/whose-lacking.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { planOf, unit } from '../helpers/query-units.ts';

describe('a word typed before "of" and a word the text lacks in every sense, or after its possessive', () => {
	const role = unit('role', { answerable: true });
	const women = unit('women', {});
	const peace = unit('peace', { answerable: true });

	it('belongs to that word: "role" of "role of women" is not the text’s own word found', () => {
		expect([...whoseLacking('role of women in peace processes', planOf([role, women, peace]))]).toEqual([role]);
		expect([...whoseLacking('the role of the women', planOf([role, women]))]).toEqual([role]);
	});

	it('does not when the word after "of" is the text’s, in the same sense, or not right after it', () => {
		const kids = unit('kids', { expansions: [['children']] });
		expect(whoseLacking('role of kids', planOf([role, kids])).size).toBe(0);
		const children = unit('children', { answerable: true });
		expect(whoseLacking('role of children', planOf([role, children])).size).toBe(0);
		const refugees = unit('refugees', { related: [['displac']] });
		expect(whoseLacking('role of refugees', planOf([role, refugees])).size).toBe(0);
		expect(whoseLacking('women role', planOf([women, role])).size).toBe(0);
		expect(whoseLacking('role for women', planOf([role, women])).size).toBe(0);
	});

	it('belongs to it typed after its possessive: "participation" of "women’s participation"', () => {
		const participation = unit('participation', { answerable: true });
		const plan = planOf([women, participation, peace]);
		expect([...whoseLacking("women's participation in peace processes", plan)]).toEqual([participation]);
		expect([...whoseLacking('women’s participation in peace', plan)]).toEqual([participation]);
		const migrants = unit('migrants', {});
		const rights = unit('rights', { answerable: true });
		expect([...whoseLacking("migrants' rights", planOf([migrants, rights]))]).toEqual([rights]);
		// Not a possessive, not the word right after it, nor the possessive of a word of the text.
		expect(whoseLacking('women participation in peace', plan).size).toBe(0);
		expect(whoseLacking("women's full participation", plan).size).toBe(0);
		const children = unit('children', { answerable: true });
		expect(whoseLacking("children's participation", planOf([children, participation])).size).toBe(0);
	});

	it('belongs to it past an acronym that modifies it: "conditions" of "conditions of UN staff"', () => {
		const working = unit('working', { answerable: true });
		const conditions = unit('conditions', { answerable: true });
		const un = unit('UN', { answerable: true });
		const staff = unit('staff', {});
		const plan = planOf([working, conditions, un, staff]);
		expect([...whoseLacking('working conditions of UN staff', plan)]).toEqual([conditions]);
		expect([...whoseLacking('working conditions of the UN staff', plan)]).toEqual([conditions]);
		// Not a word of the text after the acronym, nor an acronym that is not right after "of".
		const members = unit('members', { answerable: true });
		expect(whoseLacking('conditions of UN members', planOf([conditions, un, members])).size).toBe(0);
		expect(whoseLacking('conditions of new UN staff', planOf([conditions, un, staff])).size).toBe(0);
	});

	it('leaves SG/2084 no match for "role of women in peace processes", and its own words one', () => {
		const index = indexOf(seedCorpus());
		const outcome = index.search('role of women in peace processes');
		expect(outcome.match).toBe('none');
		expect(outcome.hits).toEqual([]);
		expect(index.search('role of regional organizations in peace').hits.length).toBeGreaterThan(0);
		expect(index.search("women's participation in peace processes")).toMatchObject({ match: 'none', hits: [] });
		expect(index.search("children's protection in armed conflict").hits[0]?.paragraph.number).toBe(6);
	});

	it('leaves SG/2084 no match for the conditions of a staff it does not speak of, nor for amending its Charter', () => {
		const index = indexOf(seedCorpus());
		expect(index.search('working conditions of UN staff')).toMatchObject({ match: 'none', hits: [] });
		// "UN Charter" is the curated table's "United Nations Charter": the name as typed, not another saying of it.
		expect(index.search('amending the UN Charter')).toMatchObject({ match: 'none', hits: [] });
		expect(index.search('UN Charter').hits[0]?.paragraph.number).toBe(2);
		expect(index.search('respect for the UN Charter').hits[0]?.paragraph.number).toBe(2);
	});
});
