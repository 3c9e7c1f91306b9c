import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query-parser.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe('a contraction is read as the words it stands for', () => {
	const index = indexOf(seedCorpus());

	it.each([
		["they won't tolerate discrimination", ['they', 'will', 'not', 'tolerate', 'discrimination']],
		['what isn’t a priority', ['what', 'is', 'not', 'a', 'priority']],
		["we can't, we shan't, we don't", ['we', 'cannot', 'we', 'shall', 'not', 'we', 'do', 'not']],
		[
			"we've agreed, they're sure, I'd say, I'm told, we'll see",
			['we', 'agreed', 'they', 'sure', 'I', 'say', 'I', 'told', 'we', 'see'],
		],
		// A name's apostrophe and a possessive are cut as the text cuts them.
		["Côte d'Ivoire, Annan's report", ['Côte', 'd', 'Ivoire', 'Annan', 's', 'report']],
	])('reads the contractions of "%s" as the words they stand for', (query, words) => {
		expect(parseQuery(query).words).toEqual(words);
	});

	it('finds what a query with a contraction asks, as when typed in full', () => {
		// "won" was a word the text lacks (or "won" in another sense), and "isn" one it lacks: both were dead ends.
		expect(index.search("they won't tolerate discrimination").hits[0]?.paragraph.number).toBe(5);
		const found = index.search("isn't poverty a priority");
		expect(found.match).toBe('all');
		expect(found.hits.map((h) => h.paragraph.id)).toEqual(
			index.search('is poverty a priority').hits.map((h) => h.paragraph.id),
		);
	});

	it('names nothing to look for when a contraction leaves one function word ("won\'t", "we\'ve")', () => {
		// "not" found whatever paragraphs write it; near "we" in word vectors are should, need, could.
		for (const query of ["won't", "isn't", "can't", "we've", 'we', 'not']) {
			expect(index.plan(query).units).toEqual([]);
			expect(index.search(query).hits).toEqual([]);
		}
		// Several function words may be an idiom: still searched.
		expect(index.plan('who does what').units.length).toBeGreaterThan(0);
	});

	it('reads a question opened by a negative auxiliary without its "not"; an order keeps it', () => {
		// "isn't terrorism a threat" required "not" of every full match, and had none; ¶1 has terrorism and threats.
		const ids = (query: string) => index.search(query).hits.map((h) => h.paragraph.id);
		expect(ids("isn't terrorism a threat")).toEqual(ids('is terrorism a threat'));
		expect(index.search("isn't terrorism a threat").match).toBe('all');
		expect(ids("didn't they agree on terrorism?")).toEqual(ids('did they agree on terrorism?'));
		expect(parseQuery("don't they care about poverty?").words).toEqual(['do', 'they', 'care', 'about', 'poverty']);
		expect(parseQuery("don't duplicate efforts").words).toEqual(['do', 'not', 'duplicate', 'efforts']);
	});

	it.each([
		['dont duplicate efforts', "don't duplicate efforts"],
		['isnt terrorism a threat', "isn't terrorism a threat"],
		['they cant and wont, theyre sure, ive heard', "they can't and won't, they're sure, I've heard"],
		['didnt they agree on terrorism?', "didn't they agree on terrorism?"],
	])('reads "%s", typed without apostrophes, as "%s"', (bare, full) => {
		expect(parseQuery(bare).words).toEqual(parseQuery(full).words);
	});

	it('leaves the words that only look like one as typed ("well", "were", "hell", "lets")', () => {
		expect(parseQuery('well were hell lets').words).toEqual(['well', 'were', 'hell', 'lets']);
	});

	it('finds ¶3 for "dont duplicate cooperation that is already going on", as with its apostrophe', () => {
		expect(index.search('dont duplicate cooperation that is already going on').hits[0]?.paragraph.number).toBe(3);
	});
});

describe('a shorthand of written English is read as the word it stands for', () => {
	const index = indexOf(seedCorpus());

	it.each([
		['intl cooperation', ['international', 'cooperation']],
		["int'l terrorism", ['international', 'terrorism']],
		['regional orgs and govts', ['regional', 'organizations', 'and', 'governments']],
		['terrorism w/ human rights', ['terrorism', 'with', 'human', 'rights']],
		['e.g. small arms, etc.', ['small', 'arms']],
		["summit july '03", ['summit', 'july', '2003']],
		["the '90s", ['the', '1990s']],
		['swapping intel', ['swapping', 'intelligence']],
	])('%j', (typed, words) => {
		expect(parseQuery(typed).words).toEqual(words);
	});

	it('leaves words that only begin like one as typed ("organic", "government", "etcetera")', () => {
		expect(parseQuery('organic government etcetera').words).toEqual(['organic', 'government', 'etcetera']);
	});

	it('finds what the words written out find: "intl cooperation", "children, etc.", "summit july \'03"', () => {
		expect(index.search('intl cooperation').match).toBe('all');
		expect(index.search('children, etc.').hits.map((h) => h.paragraph.number)).toEqual([6]);
		expect(index.search("summit july '03").hits[0]?.paragraph.number).toBe(1);
		// Not the "inter" of ¶1's inter-State, one edit from "intel": ¶2's exchange of information.
		expect(index.search('organisations swapping intel with each other').hits[0]?.paragraph.number).toBe(2);
	});
});
