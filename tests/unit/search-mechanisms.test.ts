import { beforeAll, describe, expect, it } from 'vitest';
import { mergedSegments } from '../../src/render/quote.ts';
import { learnAcronyms } from '../../src/search/acronyms.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { runTogether } from '../../src/search/run-together.ts';
import { editDistance } from '../../src/search/vocabulary.ts';
import { typosOf, type KnownWords } from '../../src/search/word-forms.ts';
import { correctedSynonym } from '../../src/search/corrected-synonym.ts';
import { indexOf, layoutsCore, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const numbers = (query: string) => index.search(query).hits.map((h) => h.paragraph.number);
const bold = (query: string, paragraph: number) => {
	const hit = index.search(query).hits.find((h) => h.paragraph.number === paragraph);
	if (!hit) throw new Error(`no hit ¶${paragraph} for ${query}`);
	return mergedSegments(hit.paragraph.searchText, hit.highlighter)
		.filter((s) => s.matched)
		.map((s) => s.text);
};

/** A text that writes one form close to the word typed, `distance` edits away: what `typosOf` compares against. */
const oneCloseForm = (form: string, term: string, distance: number): KnownWords => ({
	hasTerm: (t) => t === term,
	complete: () => [],
	closeForms: () => [{ form, term, distance }],
	termOfForm: () => undefined,
	formsOf: () => new Map(),
});

describe('typos are matched against the written forms of the text', () => {
	it.each([
		['proliferaton', 8],
		['cooperaiton', 9],
		['disarmamant', 8],
	])('%s finds ¶%i', (query, paragraph) => {
		expect(numbers(query)).toContain(paragraph);
	});

	it('takes two slips that shorten a word, when what is typed is no word of English', () => {
		// "terorim" is seven letters, two edits from "terrorism"; "warming" (below) is a word and stays one.
		expect(numbers('terorim')).toContain(3);
	});

	it('takes two slips at the start of a misspelling, but keeps a word of English to its first letter', () => {
		expect(index.search('rganizatons').hits[0]?.matchedTerms.has('organization')).toBe(true);
		// A text with "selection" only: "election" is a word of its own, two edits and another first letter away.
		const known: KnownWords = {
			hasTerm: (t) => t === 'select',
			complete: () => [],
			closeForms: (_, max) => (max >= 2 ? [{ form: 'selection', term: 'select', distance: 2 }] : []),
			termOfForm: () => undefined,
			formsOf: () => new Map(),
		};
		expect(typosOf('election', 'elect', known, () => true)).toEqual([]);
		expect(typosOf('elecshion', 'elecshion', known, () => false)).toEqual([
			{ term: 'select', distance: 2, likelihood: 1 },
		]);
	});

	it('never takes one of the commonest words of English for a slip of a word of the text', () => {
		// A text with "peace": "place" is one edit away, and among the thousand commonest words.
		const known = oneCloseForm('peace', 'peac', 1);
		expect(
			typosOf(
				'place',
				'place',
				known,
				() => true,
				(word) => word === 'place',
			),
		).toEqual([]);
		expect(
			typosOf(
				'pease',
				'pease',
				known,
				() => false,
				() => false,
			),
		).toEqual([{ term: 'peac', distance: 1, likelihood: 1 }]);
		// SG/2084 lacks "place": the meeting's paragraph answers, with no peace bolded.
		const outcome = index.search('where did the meeting take place');
		expect(outcome.hits[0]?.paragraph.number).toBe(1);
		expect(outcome.hits.some((h) => h.matchedTerms.has('peac'))).toBe(false);
	});

	it('reads a slip inside a phrase of the curated table corrected ("nuclear weopons": nuclear weapons)', () => {
		// A stranger's walkthrough: `weopons` alone was corrected, `nuclear weopons` found nothing, though SG/2084 lacks
		// "nuclear" and the curated table says what nuclear weapons are in its words.
		for (const query of ['nuclear weopons', 'chemical weopons']) {
			const { match, hits } = index.search(query);
			expect(match, query).toBe('all');
			expect(hits[0]?.matchedTerms.has('destruct'), query).toBe(true);
			expect(numbers(query)).toEqual(numbers(query.replace('weopons', 'weapons')));
		}
		// Typed right, or a word corrected alone, nothing changes.
		const table = {
			match: (terms: readonly string[]) =>
				terms.join(' ') === 'nuclear weapon' ? { length: 2, expansions: [], means: [] } : undefined,
		};
		expect(correctedSynonym(['nuclear', 'weapon'], 0, table, () => undefined)).toBeUndefined();
		expect(correctedSynonym(['nuclear', 'weopon'], 0, table, (j) => (j === 1 ? 'weapon' : undefined))?.length).toBe(2);
	});

	it('takes no word of WordNet for a slip two edits from a word of the text ("prosecution" is no "protection")', () => {
		// A text with "species": "specimens" is two edits away, a word of English and of WordNet, so taken as typed.
		const known = oneCloseForm('species', 'speci', 2);
		const lemma = (word: string) => word === 'specimens';
		expect(
			typosOf(
				'specimens',
				'specimen',
				known,
				() => true,
				() => false,
				lemma,
			),
		).toEqual([]);
		// A misspelling two edits away is still one ("specieses" is in no dictionary).
		expect(
			typosOf(
				'specieses',
				'speciese',
				known,
				() => false,
				() => false,
				lemma,
			),
		).toEqual([{ term: 'speci', distance: 2, likelihood: 1 }]);
		// SG/2084 says nothing of prosecuting war criminals: no match through ¶6's "protection".
		expect(index.search('prosecution of war criminals by international tribunals')).toMatchObject({
			match: 'none',
			hits: [],
		});
	});

	it('reads two words of the text run together as those words ("humanrights"), not a word of English', () => {
		expect(index.search('humanrights').hits.map((h) => h.paragraph.id)).toEqual(
			index.search('human rights').hits.map((h) => h.paragraph.id),
		);
		expect(index.search('humanrights').match).toBe('all');
		expect(runTogether('together', { term: (w) => w }, index.vocabulary, () => true)).toBeUndefined();
	});

	it('does not correct a compound of words run together ("two-day" is not "today"), but does a misspelt one', () => {
		expect(index.plan('two-day').units[0]?.typos).toEqual([]);
		expect(index.search('two-day').match).toBe('none');
		expect(index.plan('counter-terorism').units[0]?.typos.map((t) => t.term)).toEqual(['counterterror']);
	});

	it('of two forms equally close, ranks first what the text writes more often (terrorisn: terrorism, not terrorist)', () => {
		// "terrorisn" is one edit from "terrorism" (SG/2084 writes it again and again) and from "terrorist" (once, in ¶5).
		const typos = index.plan('terrorisn').units[0]?.typos ?? [];
		expect(typos.map((t) => t.likelihood)).toEqual([1, expect.any(Number) as unknown]);
		expect(typos[1]?.likelihood).toBeLessThan(0.5);
		expect(numbers('terrorisn')[0]).toBe(numbers('terrorism')[0]);
	});

	it('counts a swap of two letters as one edit', () => {
		expect(editDistance('cooperaiton', 'cooperation')).toBe(1);
		expect(editDistance('warming', 'working')).toBe(2);
	});

	it('corrects a word of four letters only when it is no word of English', () => {
		// "oeer" is one edit from the text's "peer"; "aims" is one from its "arms", but a word of its own.
		expect(numbers('oeer review')[0]).toBe(6);
		expect(index.plan('aims').units[0]?.typos).toEqual([]);
	});

	it('corrects a word of three letters where the text writes a close form beside the word typed next to it', () => {
		// "yse" is one edit from the text's use, see and yes: ¶2 writes "use of force".
		const outcome = index.search('yse of force');
		expect(outcome.match).toBe('all');
		expect(outcome.hits.map((h) => h.paragraph.number)).toEqual([2]);
		expect(outcome.plan.units[0]?.typos.map((t) => t.term)).toEqual(['use']);
		expect(bold('yse of force', 2)).toContain('use of force');
		// Alone, or beside a word the text never writes it next to, nothing says which word was meant.
		for (const query of ['yse', 'force yse'])
			expect(index.plan(query).units.every((u) => u.typos.length === 0)).toBe(true);
	});

	it('reads a small word with two letters swapped as that small word, never searched ("teh", "fo")', () => {
		expect(index.plan('teh role fo regional organizations').units.map((u) => u.typed)).toEqual([
			'role',
			'regional organizations',
		]);
		expect(numbers('teh use of force')).toEqual([2]);
		// A common word of its own stays one: "form" is no slip of "from".
		expect(index.plan('form of cooperation').units.map((u) => u.typed)).toEqual(['form', 'cooperation']);
	});

	it('does not turn a different word into a typo', () => {
		const typedOnly = new ParagraphIndex(seedCorpus(), undefined, { wordNetDir: null });
		expect(typedOnly.search('warming').match).toBe('none');
	});
});

describe('an exact written form outranks a stem-only match', () => {
	it('ranks the paragraph saying "multilateralism" above those saying "multilateral"', () => {
		expect(numbers('multilateralism')[0]).toBe(2);
	});

	it('ranks the paragraphs saying "armed" above one with "arms" and the "weapons" that stem shares a sense with', () => {
		// ¶8 says "arms" and "weapons" many times; ¶6 and ¶9 say "armed conflict", the word as typed.
		expect(numbers('armed').slice(0, 2).sort()).toEqual([6, 9]);
		expect(numbers('arms')[0]).toBe(8);
	});

	it('reads a word hyphenated where the text writes it joined as the joined form typed', () => {
		expect(numbers('multi-lateralism')[0]).toBe(2);
		expect(index.search('multi-lateralism').plan.units[0]?.exactForm).toBe('multilateralism');
	});

	it('does not fill a page with paragraphs that have only a stem-mate of a word the text also writes as typed', () => {
		// ¶8 has "small arms"; ¶6 and ¶9 say "armed conflict", another word with the stem "arm", and nothing else.
		expect(numbers('small arms')).toEqual([8]);
		// A paragraph with the word as typed still fills it: ¶6 and ¶9 say "armed".
		expect(numbers('armed small')).toEqual(expect.arrayContaining([6, 9]));
	});

	it('nor with a stem-mate beside a word of another sense of the same word (armed: arms and weapons)', () => {
		// ¶6 has every word; ¶8's "small arms" and "weapons" are another word for "armed" and a sense of its stem, and
		// say nothing of the children or the conflict.
		expect(numbers('children in armed conflict')[0]).toBe(6);
		expect(numbers('children in armed conflict')).not.toContain(8);
	});
});

describe('acronyms and numbers are whole tokens', () => {
	it('never completes UN to under or understanding', () => {
		for (const hit of index.search('UN').hits.slice(0, 3)) {
			const bolded = mergedSegments(hit.paragraph.searchText, hit.highlighter)
				.filter((s) => s.matched)
				.map((s) => s.text.toLowerCase());
			expect(bolded.filter((w) => /^under/.test(w))).toEqual([]);
		}
	});

	it('does not complete a number into another', () => {
		expect(index.search('peace 1').hits).toEqual([]);
	});

	it('matches nothing for an acronym the text does not have', () => {
		expect(index.search('AU').match).toBe('none');
		expect(index.search('AU').hits).toEqual([]);
	});

	it('bolds the expansion of a curated acronym, even inside a compound', () => {
		expect(bold('CTC', 3)).toEqual(['Counter-Terrorism Committee']);
	});
});

describe('acronyms the text spells out', () => {
	it('are learned from its capitalized names, connecting words and hyphenated parts allowed', () => {
		const table = learnAcronyms(
			['Support from the Central Emergency Response Fund and the Department of Political Affairs.'],
			index.analyzer,
		);
		expect(table.cerf?.map((e) => e.name)).toEqual(['Central Emergency Response Fund']);
		expect(table.dpa?.map((e) => e.name)).toEqual(['Department of Political Affairs']);
		expect(table.dopa?.map((e) => e.name)).toEqual(['Department of Political Affairs']);
		expect(Object.hasOwn(table, 'crf')).toBe(false);
		// "Against" joins a name as "of" does: the United Nations Convention against Corruption is UNCAC.
		const against = learnAcronyms(['the United Nations Convention against Corruption'], index.analyzer);
		expect(against.uncac?.map((e) => e.name)).toEqual(['United Nations Convention against Corruption']);
	});

	it('are not made of two names joined by "and" and a small word: those are two bodies', () => {
		const table = learnAcronyms(
			[
				'to transmit them to the General Assembly and to the Security Council and the Food and Agriculture Organization',
			],
			index.analyzer,
		);
		for (const joined of ['gas', 'gasc', 'aas', 'scat']) expect(Object.hasOwn(table, joined)).toBe(false);
		expect(table.fao?.map((e) => e.name)).toEqual(['Food and Agriculture Organization']);
		expect(table.sc?.map((e) => e.name)).toContain('Security Council');
	});

	it('take a letter from each part of a closed compound whose first part is a word of the text', () => {
		const isWord = (w: string) => ['peace', 'head'].includes(w);
		const table = learnAcronyms(
			['The Department of Peacekeeping Operations at United Nations Headquarters and the Peacebuilding Commission.'],
			index.analyzer,
			isWord,
		);
		expect(table.dpko?.map((e) => e.name)).toContain('Department of Peacekeeping Operations');
		expect(table.unhq?.map((e) => e.name)).toContain('United Nations Headquarters');
		expect(table.pbc?.map((e) => e.name)).toContain('Peacebuilding Commission');
		// Without the word "head" in the text, "Headquarters" is one word: one letter.
		expect(Object.hasOwn(learnAcronyms(['United Nations Headquarters'], index.analyzer), 'unhq')).toBe(false);
	});

	it('of four letters or more may leave out one capitalised word inside the name, never its ends', () => {
		const table = learnAcronyms(['support to the African Union Mission in the Sudan'], index.analyzer);
		expect(table.amis?.map((e) => e.name)).toEqual(['African Union Mission in the Sudan']);
		expect(Object.hasOwn(table, 'ums')).toBe(true);
		// Short ones may not skip: "AS" would be almost any name's first and last letters.
		expect(Object.hasOwn(table, 'as')).toBe(false);
	});

	it('keep a final S as their own letter when a name gives it, and read it as a plural otherwise', () => {
		const two = new ParagraphIndex(seedCorpus());
		// ¶1 spells out High-Level Meeting; "HLMs" is its plural.
		expect(two.search('HLMs').match).toBe('all');
	});

	it('find and bold the paragraphs that spell the name out', () => {
		// ¶1: "The fifth High-Level Meeting of the United Nations…"; nobody listed HLM.
		expect(index.search('HLM').match).toBe('all');
		expect(bold('HLM', 1)).toContain('High-Level Meeting');
	});
});

describe('related words from the lexical resource', () => {
	// The layouts corpus's index and tables, made once before its tests rather than inside the first of them: on a
	// busy machine (two CPU hogs beside the suite) making them took over a test's 60 s.
	beforeAll(() => layoutsCore().context.index.warmNow(), 240_000);

	it('finds a paragraph through a same-sense word the text does not use', () => {
		// WordNet: "illegitimate" is "illicit"; the text speaks of "the illicit trade in small arms".
		expect(index.search('illegitimate trade').match).toBe('all');
		expect(numbers('illegitimate trade')[0]).toBe(8);
	});

	it('ranks paragraphs with the words typed before those with only related words', () => {
		const hits = index.search('terrorism').hits;
		const firstRelatedOnly = hits.findIndex((h) => !h.matchedTerms.has('terror'));
		const lastTyped = hits.map((h) => h.matchedTerms.has('terror')).lastIndexOf(true);
		if (firstRelatedOnly >= 0) expect(firstRelatedOnly).toBeGreaterThan(lastTyped);
	});

	it('meets a name written with an apostrophe, and takes a name of several words as one part', () => {
		// WordNet's "Ivory Coast" is "Cote d'Ivoire"; the annex writes "Côte d’Ivoire" (¶7), with a curly apostrophe.
		const layouts = layoutsCore().context.index;
		const found = layouts.search('ivory coast');
		expect(found.match).toBe('all');
		expect(found.hits.map((h) => `${h.paragraph.document} ¶${h.paragraph.number}`)).toEqual(['annex-roman ¶7']);
	});

	it("takes a name typed in capitals the text writes by another name of the same thing as the text's", () => {
		// "Ivory Coast" in capitals is a name of WordNet's whose words the text lacks: it read as another thing than the
		// text's, and a blind reader's "UN takes over from West African troops in Liberia and Ivory Coast" found nothing.
		const layouts = layoutsCore().context.index;
		const found = layouts.search('Ivory Coast');
		expect(found.match).toBe('all');
		expect(found.hits.map((h) => `${h.paragraph.document} ¶${h.paragraph.number}`)).toEqual(['annex-roman ¶7']);
		const troops = layouts.search('UN takes over from West African troops in Liberia and Ivory Coast');
		expect(troops.match).toBe('some');
		expect(troops.hits.slice(0, 3).map((h) => `${h.paragraph.document} ¶${h.paragraph.number}`)).toContain(
			'annex-roman ¶7',
		);
		// A name the text writes in no words of the same sense is still another thing.
		expect(layouts.search('Did they discuss the Chemical Weapons Convention?').match).toBe('none');
	});

	it('takes the text\'s phrase that defines a word it lacks, where word vectors agree ("war": armed conflict)', () => {
		// WordNet defines war as "the waging of armed conflict against an enemy"; ¶6 speaks of children "in situations
		// of armed conflict", ¶9 of "the prevention of armed conflict".
		expect(index.search('children in war').match).toBe('all');
		expect(numbers('children in war')[0]).toBe(6);
		expect(numbers('war')).toEqual(expect.arrayContaining([6, 9]));
		expect(numbers('wars')).toEqual(expect.arrayContaining([6, 9]));
		// The curated table's meaning (war: use of force, ¶2) still ranks above a same-sense one.
		expect(numbers('war')[0]).toBe(2);
	});

	it('takes a phrase of words the text has apart as one part, meaning what WordNet says ("took part")', () => {
		// The annex says "the meeting took as its theme", "participants", and "part" elsewhere: never "took part".
		const layouts = layoutsCore().context.index;
		const [, phrase] = layouts.plan('organizations that took part').units;
		expect(phrase?.typed).toBe('took part');
		expect(phrase?.related).toContainEqual(['particip']);
		// Its last word is not completed as if it were unfinished ("took particular").
		expect(phrase?.completions).toEqual([]);
		expect(layouts.search('organizations that took part').hits[0]?.matchedTerms.has('particip')).toBe(true);
		// Words with a small word between them are no such phrase ("took the part").
		expect(layouts.plan('took the part').units.map((u) => u.typed)).toEqual(['took', 'part']);
	});

	it("adds a word's all-but-same word-vector neighbour beside WordNet's same-sense phrases (troops: forces)", () => {
		// WordNet gives "military personnel" for troops; the annex also says "forces", 0.92 away in word vectors.
		const [troops] = layoutsCore().context.index.plan('troops').units;
		expect(troops?.related).toContainEqual(['militari', 'personnel']);
		expect(troops?.related).toContainEqual(['forc']);
	});

	it("takes no word WordNet opposes to the reader's as its neighbour, however close the vectors put them", () => {
		// SG/2084 ¶6 speaks of "the protection of civilians"; word vectors put soldiers 0.8 from civilians.
		const [soldiers] = index.plan('soldiers').units;
		for (const side of [soldiers?.related, soldiers?.looser]) expect(side).not.toContainEqual(['civilian']);
		expect(numbers('soldiers')).not.toContain(6);
	});

	it('does not take a defining phrase the word vectors find far from the word', () => {
		// "an agency of the United Nations" defines UNICEF by what it belongs to, not by what it is.
		expect(index.plan('unicef').units[0]?.related).not.toContainEqual(['unit', 'nation']);
	});

	it('can be turned off, leaving typed words only', () => {
		const plain = new ParagraphIndex(seedCorpus(), undefined, { wordNetDir: null });
		expect(plain.search('illegitimate trade').match).toBe('none');
	});
});

describe('partial matches', () => {
	it('fill a first page that has fewer than three paragraphs with every word, after those', () => {
		const outcome = index.search('multilateral treaty regimes');
		expect(outcome.match).toBe('all');
		expect(outcome.hits[0]?.paragraph.number).toBe(8);
		expect(outcome.hits.length).toBeGreaterThan(1);
	});
});

describe('compounds the text lacks', () => {
	it('do not count their head as a word found toward a partial match', () => {
		// "Homeland security" is a noun of its own: the text's security (its other words aside) does not answer it.
		const outcome = index.search('homeland security cooperation against terrorism');
		expect([outcome.match, outcome.hits]).toEqual(['none', []]);
	});

	it("are the lexical resource's, typed side by side: other words before the head leave it counted", () => {
		for (const query of [
			'glacier security cooperation against terrorism',
			'homeland of security cooperation against terrorism',
		]) {
			expect(index.search(query).match).toBe('some');
		}
	});
});

describe('dead ends', () => {
	it('reports no match for a query the text cannot answer, offering related paragraphs apart', () => {
		const outcome = index.search('global warming');
		expect([outcome.match, outcome.hits]).toEqual(['none', []]);
	});
});

describe('theme labels', () => {
	it('rank a paragraph matched only through its label below every paragraph whose text matches', () => {
		const two = indexOf(twoDocumentCorpus());
		const hits = two.search('UN Charter').hits;
		expect(hits[0]?.paragraph.id).toBe('sg2084-2');
		const inText = hits.map((h) => h.matchedTerms.size > 0);
		expect(inText.indexOf(false) < 0 || inText.lastIndexOf(true) < inText.indexOf(false)).toBe(true);
	});
});
