import { describe, expect, it } from 'vitest';
import { answersInOtherWords, CONSIDERED, partsInOtherWords, saidFirst } from '../../src/search/other-words.ts';
import type { SentenceEvidence } from '../../src/search/sentence-evidence.ts';
import type { SearchHit } from '../../src/search/search-hit.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { planOf, unit } from '../helpers/query-units.ts';

const hitWith = (id: string, terms: string[]) =>
	({ paragraph: { id }, matchedTerms: new Set(terms) }) as unknown as SearchHit;

// "vote watchers": the text says "election observation"; a watcher is a narrower kind of observer.
const voteWatchers = planOf([
	unit('vote', { related: [['elect']], looser: [['parti']] }),
	unit('watcher', { narrower: [['observ']] }),
]);

describe('a dead end said in other words', () => {
	it('counts the parts a paragraph says through same-sense or narrower words, not looser ones', () => {
		expect(partsInOtherWords(voteWatchers, new Set(['elect', 'observ']))).toBe(2);
		expect(partsInOtherWords(voteWatchers, new Set(['parti', 'observ']))).toBe(1);
	});

	it('counts a looser neighbour all but the same sense as a part said in other words, not the others', () => {
		// "grasp the roots of extremism": the text's terrorism is 0.77 from extremism, its understanding means grasp.
		const plan = planOf([
			unit('grasp', { related: [['understand']] }),
			unit('extremism', { looser: [['terror'], ['violat']], linking: [['terror']] }),
		]);
		expect(partsInOtherWords(plan, new Set(['understand', 'terror']))).toBe(2);
		expect(partsInOtherWords(plan, new Set(['understand', 'violat']))).toBe(1);
	});

	it("does not count the curated table's joining of the typed word's own family as other words", () => {
		// "terrorist": the table joins terrorism, its own family, not another saying of it.
		const plan = planOf([
			unit('terrorist', { literal: [['terrorist']], expansions: [['terror']] }),
			unit('cutting', { narrower: [['share']] }),
		]);
		expect(partsInOtherWords(plan, new Set(['terror', 'share']))).toBe(1);
		// A question on something the text does not discuss stays unanswered.
		const { match, hits } = indexOf(seedCorpus()).search('cutting off terrorist financing and money laundering');
		expect(match).toBe('none');
		expect(hits).toEqual([]);
	});

	it('answers a paraphrase whose only second link is a neighbour all but the same sense', () => {
		const { match, hits } = indexOf(seedCorpus()).search('grasp root causes of extremism');
		expect(match).toBe('some');
		expect(hits[0]?.paragraph.number).toBe(3);
		expect(hits[0]?.matchedTerms.has('understand')).toBe(true);
	});

	it('counts two parts said by one word of the text as one', () => {
		// "female genital mutilation": both linked only through "person", a kind of which each names.
		const plan = planOf([unit('female', { narrower: [['person']] }), unit('mutilation', { narrower: [['person']] })]);
		expect(partsInOtherWords(plan, new Set(['person']))).toBe(1);
		expect(answersInOtherWords(plan, [hitWith('a', ['person'])])).toEqual([]);
		const both = planOf([
			unit('female', { narrower: [['person'], ['woman']] }),
			unit('mutilation', { narrower: [['person']] }),
		]);
		expect(partsInOtherWords(both, new Set(['person', 'woman']))).toBe(2);
	});

	it('does not count a part the paragraph has in the reader’s own words', () => {
		const plan = planOf([unit('monitor', { answerable: true }), unit('poll', { related: [['elect']] })]);
		expect(partsInOtherWords(plan, new Set(['monitor', 'elect']))).toBe(1);
	});

	it('answers with the closest that say a part in other words, once one of the first says two', () => {
		const closest = [hitWith('a', ['elect']), hitWith('b', ['elect', 'observ']), hitWith('c', ['observ', 'elect'])];
		// Answered by b, it matches every one of the closest that says a part in other words, closest first.
		expect(answersInOtherWords(voteWatchers, closest).map((h) => h.paragraph.id)).toEqual(['a', 'b', 'c']);
		// Once the first page answers it, so do the closest further down that say it so; not those that say nothing so.
		const further = [closest[1] as SearchHit, hitWith('d', []), hitWith('e', []), closest[2] as SearchHit];
		expect(answersInOtherWords(voteWatchers, further).map((h) => h.paragraph.id)).toEqual(['b', 'c']);
		// Whether it is answered is read from the first `CONSIDERED` of the closest only.
		const empty = Array.from({ length: CONSIDERED - 1 }, (_, at) => hitWith(`empty${at}`, []));
		expect(answersInOtherWords(voteWatchers, [...closest.slice(0, 1), ...empty, closest[1] as SearchHit])).toEqual([]);
	});

	it('answers, once answered, with the closest that say as many parts in the reader’s own words too', () => {
		const plan = planOf([
			unit('peacebuilding', { literal: [['peacebuild']], answerable: true }),
			unit('given', { narrower: [['provid']] }),
			unit('top', { related: [['best']] }),
			unit('priority', { literal: [['prioriti']], answerable: true }),
		]);
		const closest = [hitWith('own', ['peacebuild', 'prioriti']), hitWith('linked', ['provid', 'best'])];
		expect(answersInOtherWords(plan, closest).map((h) => h.paragraph.id)).toEqual(['own', 'linked']);
		// One part in the reader's words is not as many: it says less than the answer needs.
		expect(
			answersInOtherWords(plan, [hitWith('one', ['prioriti']), closest[1] as SearchHit]).map((h) => h.paragraph.id),
		).toEqual(['linked']);
		// Own words alone never answer a dead end: it is answered by parts said in other words.
		expect(answersInOtherWords(plan, [closest[0] as SearchHit])).toEqual([]);
		const { match, hits } = indexOf(seedCorpus()).search('peace-building given top priority');
		expect(match).toBe('some');
		expect(hits[0]?.paragraph.number).toBe(7);
	});

	it('answers when the closest paragraph says, in one sentence, a part in a seldom word typed and another in other words', () => {
		// One part linked in other words (safe: security), one typed as the text writes it, one nowhere.
		const plan = planOf([
			unit('giving', {}),
			unit('trade-off', { literal: [['tradeoff']], answerable: true }),
			unit('safe', { related: [['secur']] }),
		]);
		const hit = hitWith('a', ['tradeoff', 'secur']);
		const evidence = (common: string[], sentences: string[][]): SentenceEvidence => ({
			sentences: () => sentences.map((terms) => new Set(terms)),
			isCommon: (term) => common.includes(term),
		});
		const oneSentence = evidence([], [['tradeoff', 'secur']]);
		expect(answersInOtherWords(plan, [hit], undefined, undefined, oneSentence).map((h) => h.paragraph.id)).toEqual([
			'a',
		]);
		// Not when the words stand in other sentences, nor when the word typed is one the corpus writes often.
		const apart = evidence([], [['tradeoff'], ['secur']]);
		expect(answersInOtherWords(plan, [hit], undefined, undefined, apart)).toEqual([]);
		expect(
			answersInOtherWords(plan, [hit], undefined, undefined, evidence(['tradeoff'], [['tradeoff', 'secur']])),
		).toEqual([]);
		// Nor when one word of the text says both: the other part must be another part, by another word.
		const same = planOf([
			unit('final', { literal: [['final']], related: [['conclus']], answerable: true }),
			unit('kosovo', {}),
		]);
		const finalHit = hitWith('b', ['final', 'conclus']);
		expect(answersInOtherWords(same, [finalHit], undefined, undefined, evidence([], [['final', 'conclus']]))).toEqual(
			[],
		);
	});

	it('finds ¶4 for a freedom given up for safety, and no match for what SG/2084 does not answer', () => {
		const index = indexOf(seedCorpus());
		expect(index.search("you can't give up people's basic freedoms just to stay safe").hits[0]?.paragraph.number).toBe(
			4,
		);
		for (const query of ['climate change and environmental threats', 'list of regional organizations that attended']) {
			expect(index.search(query).hits, query).toEqual([]);
		}
	});

	it('counts a part the paragraph says through the curated table, the word typed absent', () => {
		// "gun smuggling": the text's small arms are the curated meaning of gun.
		const plan = planOf([
			unit('gun', { expansions: [['small', 'arm']] }),
			unit('smuggling', { looser: [['illicit']] }),
		]);
		expect(partsInOtherWords(plan, new Set(['small', 'arm', 'illicit']))).toBe(1);
		expect(partsInOtherWords(plan, new Set(['gun', 'small', 'arm', 'illicit']))).toBe(0);
	});

	it('finds a paraphrase nobody listed, bolding no looser neighbour', () => {
		const index = indexOf(seedCorpus());
		const outcome = index.search('ancient dangers merging faster');
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(1);
		const meant = new Set(outcome.plan.units.flatMap((u) => [...u.literal, ...u.related, ...u.narrower].flat()));
		expect([...(outcome.hits[0]?.matchedTerms ?? [])].filter((t) => !meant.has(t))).toEqual([]);
	});

	it('answers with the closest when it says a part through the curated table and the rest are common words', () => {
		// "interfaith goodwill": the curated table's meaning of interfaith is the text's religious understanding.
		const plan = planOf([
			unit('interfaith', { expansions: [['religi', 'understand']], answerable: true }),
			unit('goodwill', {}),
		]);
		const closest = [hitWith('a', ['religi', 'understand']), hitWith('b', ['understand'])];
		const common = () => true;
		expect(answersInOtherWords(plan, closest, undefined, common).map((h) => h.paragraph.id)).toEqual(['a']);
		// Not without knowing which words are common, nor when the closest does not say it so.
		expect(answersInOtherWords(plan, closest)).toEqual([]);
		expect(answersInOtherWords(plan, [...closest].reverse(), undefined, common)).toEqual([]);
		// A part the text lacks that is a name is what the query is about ("the war in Iraq").
		expect(answersInOtherWords(plan, closest, undefined, (word) => word !== 'goodwill')).toEqual([]);
		// Only the paragraphs that say the table's meaning answer: a weaker link of the other part ("goodwill": respect) does not.
		const weaker = planOf([
			unit('interfaith', { expansions: [['religi', 'understand']], answerable: true }),
			unit('goodwill', { narrower: [['respect']] }),
		]);
		const three = [...closest, hitWith('c', ['respect'])];
		expect(answersInOtherWords(weaker, three, undefined, common).map((h) => h.paragraph.id)).toEqual(['a']);
		// The table's joining of one word's family where stems part is the same word ("terrorist": terrorism).
		const family = planOf([unit('terrorist', { expansions: [['terror']], answerable: true }), unit('financing', {})]);
		expect(answersInOtherWords(family, [hitWith('a', ['terror'])], undefined, common)).toEqual([]);
		// An acronym written out is its name, not the text's meaning of it ("UN": United Nations).
		const acronym = planOf([unit('UN', { expansions: [['unit', 'nation']], answerable: true }), unit('financed', {})]);
		expect(answersInOtherWords(acronym, [hitWith('a', ['unit', 'nation'])], undefined, common)).toEqual([]);
	});

	it('puts first, among nearly as close paragraphs, the one that says more parts of the query', () => {
		// "UN should head the anti-terror drive": the UN alone, against the UN, its lead and terror.
		const plan = planOf([
			unit('UN', { expansions: [['unit', 'nation']], answerable: true }),
			unit('head', { related: [['lead']] }),
			unit('anti-terror', { related: [['terror']] }),
		]);
		const scored = (id: string, terms: string[], score: number) =>
			({ ...hitWith(id, terms), score, highlighter: undefined }) as unknown as SearchHit;
		const closest = [scored('a', ['unit', 'nation'], 0.45), scored('b', ['unit', 'nation', 'lead', 'terror'], 0.44)];
		const ordered = saidFirst(plan, closest);
		expect(ordered.map((h) => h.paragraph.id)).toEqual(['b', 'a']);
		// Each carries the score it is ordered by.
		expect(ordered.map((h) => h.score)).toEqual([0.44 + 3 * 0.03, 0.45 + 0.03]);
		// Much closer still comes first.
		const far = [scored('a', ['unit', 'nation'], 0.6), scored('b', ['unit', 'nation', 'lead', 'terror'], 0.44)];
		expect(saidFirst(plan, far).map((h) => h.paragraph.id)).toEqual(['a', 'b']);
	});

	it.each([
		['interfaith goodwill', 5],
		['mobsters and gangs', 1],
	])('finds "%s" in ¶%i, said through the curated table', (query, paragraph) => {
		const outcome = indexOf(seedCorpus()).search(query);
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(paragraph);
	});

	it.each(['climate change', 'piracy off somalia', 'sanctions on north korea', 'cyber attacks', 'the war in Iraq'])(
		'still reports no match for "%s", which the text does not discuss',
		(query) => {
			const outcome = indexOf(seedCorpus()).search(query);
			expect(outcome.match).toBe('none');
			expect(outcome.hits).toEqual([]);
		},
	);
});
