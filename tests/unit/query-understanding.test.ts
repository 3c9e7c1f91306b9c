import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { parseQuery, withoutQuotes } from '../../src/search/query-parser.ts';
import { MAX_QUERY_TERMS } from '../../src/search/query-plan.ts';
import { renderHighlighted } from '../../src/render/quote.ts';
import { namesOtherThing } from '../../src/search/typed-names.ts';
import { boundModifiers } from '../../src/search/bound-words.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { oneDocumentIndex } from '../helpers/one-document.ts';

const corpus = seedCorpus();
const index = indexOf(corpus);
const analyzer = new Analyzer(corpus.language.spelling);
const numbers = (query: string) => index.search(query).hits.map((h) => h.paragraph.number);
/** The bolded runs of a paragraph for a query. */
function bolded(query: string, paragraph: number): string[] {
	const outcome = index.search(query);
	const hit = outcome.hits.find((h) => h.paragraph.number === paragraph);
	if (!hit) return [];
	const markdown = renderHighlighted(hit.paragraph.searchText, index.highlighter(hit.matchedTerms, outcome.plan));
	return Array.from(markdown.matchAll(/\*\*(.+?)\*\*/g), (m) => m[1] ?? '');
}

describe('analysis: the same terms for text and query', () => {
	it.each([
		['civilisation', 'civilization'],
		['civilisations', 'civilizations'],
		['organised', 'organized'],
		['programme', 'program'],
		['vigour', 'vigor'],
		['prevention', 'prevent'],
		['Terrorism', 'terrorism'],
		['Géneva', 'geneva'],
		['non-proliferation', 'nonproliferation'],
	])('%s meets %s', (a, b) => {
		expect(analyzer.term(a)).toBe(analyzer.term(b));
	});

	it('keeps organizations apart from organs, and organism untouched by the -ise rule', () => {
		expect(analyzer.term('organizations')).not.toBe(analyzer.term('organ'));
		expect(analyzer.normalize('organism')).toBe('organism');
	});

	it('indexes a compound both as its parts and joined', () => {
		expect(analyzer.tokens('non-proliferation treaty')).toEqual(['non', 'proliferation', 'nonproliferation', 'treaty']);
	});
});

describe('query syntax', () => {
	it.each([
		['children -terrorism', { words: ['children'], phrases: [], excluded: [['terrorism']], unbalancedQuote: false }],
		[
			'"use of force" charter',
			{ words: ['charter'], phrases: [['use', 'of', 'force']], excluded: [], unbalancedQuote: false },
		],
		[
			'-"human rights" peace',
			{ words: ['peace'], phrases: [], excluded: [['human', 'rights']], unbalancedQuote: false },
		],
		['"use of force', { words: ['use', 'of', 'force'], phrases: [], excluded: [], unbalancedQuote: true }],
		['non-proliferation - x', { words: ['non-proliferation', 'x'], phrases: [], excluded: [], unbalancedQuote: false }],
		['“curly quotes”', { words: [], phrases: [['curly', 'quotes']], excluded: [], unbalancedQuote: false }],
		['U.N.', { words: ['UN'], phrases: [], excluded: [], unbalancedQuote: false }],
		// Discord's mention markup, pasted or picked from its menus, is no search word; an e-mail-like word stays.
		[
			'@everyone terrorism <@&123> <@!45> <#67> <:flag_un:89> </conclusions:1> <t:1700000000:R> @here',
			{ words: ['terrorism'], phrases: [], excluded: [], unbalancedQuote: false },
		],
		['press@un', { words: ['press', 'un'], phrases: [], excluded: [], unbalancedQuote: false }],
	])('%s', (query, parsed) => {
		expect(parseQuery(query)).toEqual(parsed);
	});
});

describe('search understands what readers type', () => {
	it.each([
		['non-proliferation', 8],
		['nonproliferation', 8],
		['non proliferation', 8],
		['peace-building', 7],
		['peacebuilding', 7],
		['counter-terrorism', 4],
		['counterterrorism', 4],
		['civilisations', 5],
		['civilizations', 5],
		['WMD', 8],
		// Small arms and light weapons: the text says small arms alone.
		['SALW', 8],
		['UNSC', 2],
		['child soldiers', 6],
		['prevent conflict', 9],
		['terorism', 3],
	])('%s finds ¶%i first or second', (query, expected) => {
		expect(numbers(query).slice(0, 2)).toContain(expected);
	});

	it('weighs a synonym below the word typed', () => {
		// ¶5 says "terrorist"; ¶3 says "terrorism", a synonym of it.
		expect(numbers('terrorist').slice(0, 2)).toEqual([5, 3]);
	});

	it('ranks a paragraph of the query theme above one that mentions the word in passing', () => {
		const ranked = numbers('development');
		expect(ranked.indexOf(7)).toBeLessThan(ranked.indexOf(6));
	});

	it('requires a quoted phrase as a phrase', () => {
		expect(numbers('"use of force"')).toEqual([2]);
		expect(index.search('"use of force"')).toMatchObject({ match: 'all' });
		expect(index.search('"use of force"').quotedApart).toBeUndefined();
	});

	it('searches the words of a quoted phrase no paragraph has apart, as partial matches marked so', () => {
		// Half-remembered: the text says "dialogue among civilizations" (¶5, ¶10) and "monitoring and peer review" (¶6).
		expect(index.search('"dialogue between civilizations"')).toMatchObject({ match: 'some', quotedApart: true });
		expect(numbers('"dialogue between civilizations"')).toEqual([5, 10]);
		expect(numbers('"mechanisms for peer review and monitoring"')[0]).toBe(6);
		expect(numbers('"force of use"')[0]).toBe(2);
		// A phrase left out stays one: only the quotes of phrases to find are dropped.
		expect(withoutQuotes('terrorism -"human rights" "peer monitoring"')).toBe(
			'terrorism -"human rights" peer monitoring',
		);
		expect(withoutQuotes('terrorism')).toBeUndefined();
		// Its words found nowhere either: no match, with the paragraphs closest to them.
		const none = index.search('"climate change"');
		expect(none).toMatchObject({ match: 'none', hits: [] });
		expect(none.quotedApart).toBeUndefined();
	});

	it('leaves out excluded words, looking at the text and not at theme labels', () => {
		expect(numbers('children -terrorism')).toEqual([6]);
		expect(numbers('terrorist -terrorism')).toEqual([5]);
	});

	it('falls back to partial matches only when every part is in the text, or three words of a longer query are', () => {
		// ¶5 speaks of multilingualism, ¶7 and ¶1 of poverty: no paragraph has both.
		const some = index.search('multilingualism poverty');
		expect(some.match).toBe('some');
		expect(some.hits.map((h) => h.paragraph.number)).toEqual(expect.arrayContaining([5, 7]));
		expect(index.search('multilingualism poverty terrorism zebra').match).toBe('some');
		// A word with nothing in the text is what the question is about: not an answer, but the paragraphs with the
		// other words are related.
		for (const query of ['poverty zebra', 'poverty terrorism zebra']) {
			const none = index.search(query);
			expect([none.match, none.hits.length]).toEqual(['none', 0]);
			expect(none.related.map((h) => h.paragraph.number)).toContain(7);
		}
	});

	it('falls back to partial matches when half the parts of a longer query, three at least, are words of the text', () => {
		// A paraphrase keeps about half its words as the text's: three of five or six parts found make a partial match.
		for (const query of [
			'multilingualism poverty terrorism zebra giraffe',
			'multilingualism poverty terrorism zebra giraffe saxophone',
		]) {
			const some = index.search(query);
			expect(some.match).toBe('some');
			expect(some.hits.map((h) => h.paragraph.number)).toEqual(expect.arrayContaining([5, 7]));
		}
		// Fewer than half, or fewer than three, is a query about what the text lacks.
		for (const query of [
			'multilingualism poverty terrorism zebra giraffe saxophone tulip',
			'poverty terrorism zebra giraffe',
		]) {
			const none = index.search(query);
			expect([none.match, none.hits.length]).toEqual(['none', 0]);
		}
	});

	it('suggests close written forms of the text when nothing matches, and nothing far', () => {
		// "arts" is a word of its own, so it is not corrected; it is only offered.
		expect(index.search('arts').suggestions).toEqual(['arms']);
		expect(index.search('qqqqzz').suggestions).toEqual([]);
		expect(index.search('women').suggestions).toEqual([]);
		// Among other words a word of English is meant as typed ("Test", no "best"), unless a paragraph near the query
		// has the word offered beside another word typed: ¶8 has "small arms".
		expect(index.search('Comprehensive Test Ban Treaty').suggestions).not.toContain('best');
		expect(index.search('stopping wars before they start').suggestions).not.toContain('ways');
		// Nor a function word of the text for a word one edit from it ("come" is no slip of ¶1's "Some").
		expect(index.search('rebuilding after conflict should come first').suggestions).not.toContain('some');
		expect(index.search('small arts').suggestions).toEqual(['arms']);
		// Nor a word the curated table says in the text's words ("wars": use of force), near "novel ways" or not.
		expect(index.search('rebuilding peace after wars should come first').suggestions).not.toContain('ways');
	});

	it('caps the work of an enormous query', () => {
		const huge = Array.from({ length: 2000 }, (_, i) => `word${i}`).join(' ');
		expect(index.plan(huge).units.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
	});
});

describe('a resolution typed by its symbol or abbreviated', () => {
	it.each(['S/RES/1373', 's/res/1373 (2001)', 'res. 1373', 'Res 1373'])(
		'%j finds ¶3 (“Security Council resolution 1373 (2001)”) and bolds the resolution',
		(query) => {
			expect(parseQuery(query).words).toEqual(['resolution', '1373']);
			expect(numbers(query)).toEqual([3]);
			expect(bolded(query, 3)).toEqual(['resolution 1373']);
		},
	);

	it('a word that starts with res is no resolution', () => {
		expect(parseQuery('respect 1373').words).toEqual(['respect', '1373']);
		// A session's resolution number is one word, as the analyser reads it in the text (see `isIdentifierWord`).
		expect(parseQuery('A/RES/60/1').words).toEqual(['resolution', '60/1']);
	});
});

describe('the words that frame a question are not searched for', () => {
	const typed = (query: string) => index.plan(query).units.map((u) => u.typed);

	it.each([
		['did they actually discuss multilingualism?', ['multilingualism']],
		['is it ok to only talk about poverty', ['poverty']],
		['were the threats really new', ['threats', 'new']],
		['have they ever talked about peer review', ['peer', 'review']],
	])('%j asks about %j', (query, subject) => {
		expect(typed(query)).toEqual(subject);
	});

	it('finds the paragraph a question with such words is about', () => {
		// "Only" and "ok" are no words of ¶2: searched, they left too few of the question's words found to match.
		expect(numbers('is force only ok under the authority of the security council?')[0]).toBe(2);
	});

	it('searches them as typed when nothing else is typed', () => {
		expect(typed('discussed')).toEqual(['discussed']);
	});
});

describe('a name the text lacks is not read word by word', () => {
	const unit = (query: string, typed: string) => index.plan(query).units.find((u) => u.typed === typed);

	it('takes no common sense of its words (the text has no war: "Cold War" is not armed conflict)', () => {
		expect(unit('Cold War security threats', 'War')?.related).toEqual([]);
		// Nor the curated table's meaning of its word alone (war: use of force).
		expect(unit('Cold War security threats', 'War')?.expansions).toEqual([]);
		expect(unit('War and security threats', 'War')?.expansions).not.toEqual([]);
		// The word alone, or not capitalized as a name, keeps its senses.
		expect(unit('War and security threats', 'War')?.related).toContainEqual(['arm', 'conflict']);
		expect(unit('cold war security threats', 'war')?.related).toContainEqual(['arm', 'conflict']);
	});

	it('is no name in a query written as a headline, every word capitalized, its small words too', () => {
		// "Shield Kids" and "War Zones" are words of a headline: the text's protection of children in armed conflict.
		const headline = 'Shield Kids In War Zones';
		expect(unit(headline, 'War')?.related).toContainEqual(['arm', 'conflict']);
		expect(unit(headline, 'Shield')?.narrower).toContainEqual(['protect']);
		const found = index.search(headline);
		expect(found.hits[0]?.paragraph.number).toBe(6);
		expect(found.hits.map((h) => h.paragraph.id)).toEqual(
			index.search(headline.toLowerCase()).hits.map((h) => h.paragraph.id),
		);
		// A name keeps its small words small, and two capitalized words alone may be one.
		expect(unit('Cold War Security Threats Of The Decade', 'War')?.related).toContainEqual(['arm', 'conflict']);
		expect(unit('the Cold War and security threats', 'War')?.related).toEqual([]);
		expect(unit('Cold War', 'War')?.related).toEqual([]);
	});

	it('is no name when WordNet knows both words as common words and not the two as a name', () => {
		// "Gun Smuggling" is two words typed capitalized: gun is small arms, as in lower case.
		expect(unit('Gun Smuggling', 'Gun')?.narrower).toContainEqual(['weapon']);
		expect(index.search('Averting Carnage').hits.map((h) => h.paragraph.id)).toEqual(
			index.search('averting carnage').hits.map((h) => h.paragraph.id),
		);
		expect(index.search('Averting Carnage').match).toBe('some');
		// WordNet names "Middle East" (both common words) and knows "Kyoto" only as a name.
		expect(unit('Middle East peace process', 'East')?.related).toEqual([]);
		expect(unit('Middle East peace process', 'East')?.looser).toEqual([]);
		expect(index.search('Kyoto Protocol').match).toBe('none');
	});

	it('names another thing, beside words of the text, when WordNet names the capitalized words together', () => {
		// The text has "weapons" and "conventions", never "chemical": the question is about that convention.
		for (const query of [
			'Did they discuss the Chemical Weapons Convention?',
			"the Arab League's stance on terrorism",
		]) {
			expect(index.search(query)).toMatchObject({ match: 'none', hits: [] });
			expect(
				index.search(query.toLowerCase()).related.length + index.search(query.toLowerCase()).hits.length,
			).toBeGreaterThan(0);
		}
		// A name whose words are all the text's is the text's ("United Nations Charter", "Security Council").
		expect(index.search('Security Council authority').hits[0]?.paragraph.number).toBe(2);
		expect(index.search('United Nations Charter').match).toBe('all');
		// A headline's capitals name nothing.
		expect(
			namesOtherThing('Nations Vow To Ban Chemical Weapons', index.analyzer, { hasTerm: () => false }, () => true),
		).toBe(false);
		expect(
			namesOtherThing('the Chemical Weapons Convention', index.analyzer, { hasTerm: () => false }, () => true),
		).toBe(true);
		expect(
			namesOtherThing('the Chemical Weapons Convention', index.analyzer, { hasTerm: () => true }, () => true),
		).toBe(false);
		// So does a name whose words the text has but never writes together: the World Trade Organization is not ¶4's
		// world, ¶8's trade and the text's organizations.
		expect(index.search('Did they talk about the World Trade Organization?')).toMatchObject({
			match: 'none',
			hits: [],
		});
		expect(index.search('world trade').match).toBe('all');
		const writes = (together: boolean) => ({ hasTerm: () => true, writes: () => together });
		expect(namesOtherThing('the Chemical Weapons Convention', index.analyzer, writes(false), () => true)).toBe(true);
		expect(namesOtherThing('the Chemical Weapons Convention', index.analyzer, writes(true), () => true)).toBe(false);
		expect(namesOtherThing('the Green Climate Fund', index.analyzer, { hasTerm: () => true }, () => false)).toBe(false);
		// A possessive's ending is no part of the name.
		const lacksArab = { hasTerm: (term: string) => term !== index.analyzer.term('arab') };
		expect(namesOtherThing("the Arab League's stance", index.analyzer, lacksArab, (w) => w === 'arab league')).toBe(
			true,
		);
	});

	it('finds no part in a word the text binds to another, typed before a word the text lacks', () => {
		// SG/2084 writes "human" only in "human rights", "mass" only in "weapons of mass destruction".
		for (const query of ['human trafficking', 'mass graves']) {
			expect(index.search(query)).toMatchObject({ match: 'none', hits: [] });
		}
		// The text's own compounds, and a word it has after the bound one, still match.
		expect(index.search('human rights abuses').match).not.toBe('none');
		expect(index.search('human security').match).toBe('all');
		expect(numbers('mass destruction weapons')).toContain(8);
		const plan = (query: string) => index.search(query).plan;
		const bound = (query: string, texts: string[]) =>
			[...boundModifiers(query, plan(query), index.analyzer, () => texts)].map((u) => u.typed);
		const rights = ['Respect for human rights matters.', 'They upheld human rights.'];
		expect(bound('human trafficking', rights)).toEqual(['human']);
		// Written once, or before other words too, it is no compound's.
		expect(bound('human trafficking', rights.slice(0, 1))).toEqual([]);
		expect(bound('human trafficking', [...rights, 'All human beings.'])).toEqual([]);
		// Typed apart from the word the text lacks, it is the reader's own word.
		expect(bound('human and trafficking', rights)).toEqual([]);
	});

	it('is no name when its words are misspelt words of the text', () => {
		const units = index.plan('Securty Concil').units;
		expect(units.map((u) => u.typos[0]?.term)).toEqual(['secur', 'council']);
		expect(units.every((u) => u.answerable)).toBe(true);
	});
});

describe('bold shows why a paragraph matched', () => {
	it.each([
		['terrorist', 3, ['terrorism', 'terrorism', 'terrorism', 'Terrorism']],
		['WMD', 8, ['weapons of mass destruction']],
		['SALW', 8, ['small arms']],
		['UNSC', 2, ['Security Council']],
		['"use of force"', 2, ['use of force']],
		['terorism', 4, ['terrorism', 'terrorism']],
		['nonproliferation', 8, ['non-proliferation']],
		['child soldiers', 6, ['children', 'armed conflict']],
	])('%s bolds in ¶%i: %j', (query, paragraph, runs) => {
		expect(bolded(query, paragraph)).toEqual(runs);
	});

	it('never bolds a piece of a word', () => {
		// "arm" is the stem of "arms" and "armed", not a piece of "disarmament".
		expect(bolded('arms', 8)).toContain('arms');
		expect(bolded('arms', 8)).not.toContain('disarmament');
	});
});

describe('a search leaves the shared tables as they were', () => {
	it('does not add the word-vector neighbours of a dead end to the related-words table', async () => {
		const { ParagraphIndex } = await import('../../src/search/paragraph-index.ts');
		const fresh = JSON.stringify(new ParagraphIndex(seedCorpus()).relatedWords());
		const searched = new ParagraphIndex(seedCorpus());
		// "relief" is not in the text: WordNet relates it to words that are, and word vectors add their neighbours.
		const outcome = searched.search('relief');
		expect(outcome.plan.units[0]?.looser.length).toBeGreaterThan(0);
		expect(JSON.stringify(searched.relatedWords())).toBe(fresh);
	});
});

describe('three capitalized words, one of them a word the text lacks in every way a search looks for it', () => {
	// The council's text has a fund and warming (near "climate"), and no "green".
	const own = oneDocumentIndex(
		'highland',
		[
			'The Council established an Emergency Highland Water Fund with an initial capitalisation of fifteen million dollars.',
			'The Council noted that warming temperatures are shrinking the glaciers of the high Andes.',
		],
		{ symbol: 'AHWC/7', title: 'Final Communiqué of the Seventh Session of the Council', releaseDate: '2025-03-13' },
	);

	it('name a thing of their own, whether WordNet knows it or not', () => {
		expect(own().search('what did the council say about the Green Climate Fund?')).toMatchObject({
			match: 'none',
			hits: [],
		});
		// Not a word the text writes otherwise: a typo of it is the text's word.
		expect(own().search('Emergency Highlnd Water Fund').hits[0]?.paragraph.id).toBe('highland-1');
	});
});
