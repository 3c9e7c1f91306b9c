import { describe, expect, it } from 'vitest';
import { learnAcronyms } from '../../src/search/acronyms.ts';
import { isIdentifier, quantityAsked, statesQuantity } from '../../src/search/answer-type.ts';
import { indexOf, layoutsCorpus } from '../helpers/corpus.ts';

const layouts = layoutsCorpus();
const index = indexOf(layouts);
const symbolOf = new Map(layouts.documents.map((d) => [d.slug, d.symbol]));
const found = (query: string) =>
	index.search(query).hits.map((h) => `${symbolOf.get(h.paragraph.document)} ¶${h.paragraph.number}`);

describe('questions for a count or an amount', () => {
	it.each([
		['how many troops did they send', { counted: 'troops' }],
		['How much money is in the fund?', { amount: true }],
		['how much did the meeting cost', { amount: true }],
		['how much priority should peace-building get', undefined],
		['what did they say about troops', undefined],
	])('%j asks for %j', (query, expected) => {
		expect(quantityAsked(query)).toEqual(expected);
	});

	const troops = (word: string) => /^troops?$/i.test(word);
	it.each([
		['held in New York on 29 and 30 July 2003 with troops', false],
		['troops under Security Council resolutions 1373 (2001) and 1624 (2005)', false],
		['a ten-year programme for troops', false],
		['some 7,000 troops were deployed', true],
		['seven thousand African Union troops', true],
	])('%j counts troops: %s', (text, expected) => {
		expect(statesQuantity(text, { counted: 'troops' }, troops)).toBe(expected);
	});

	it.each([
		['held on 29 and 30 July 2003, under resolution 1373 (2001), report A/60/341', false],
		['a fund of $50 million', true],
		['an increase of 5 per cent', true],
	])('%j states an amount: %s', (text, expected) => {
		expect(statesQuantity(text, { amount: true }, () => false)).toBe(expected);
	});

	it('offers paragraphs that share the words but count nothing as related, not as answers', () => {
		const outcome = index.search('how many troops did the African Union deploy in Darfur');
		expect(outcome.match).toBe('none');
		expect(outcome.hits).toEqual([]);
		expect(outcome.related.map((h) => `${symbolOf.get(h.paragraph.document)} ¶${h.paragraph.number}`)).toContain(
			'A/61/256 ¶14',
		);
		// The same words, not asking for a count, match.
		expect(found('African Union troops Darfur')).toContain('A/61/256 ¶14');
	});

	it('answers with a paragraph that states the count', () => {
		expect(found('how many years is the capacity-building programme')).toContain('A/61/256 ¶17');
	});
});

describe('a number or ordinal the text lacks names another thing', () => {
	it.each(['1624', '14th', 'fourth', 'Seventh'])('%s is an identifier', (word) => {
		expect(isIdentifier(word)).toBe(true);
	});

	it('finds nothing for a resolution or a meeting the text does not name', () => {
		expect(index.search('resolution 9999').match).toBe('none');
		expect(index.search('what was decided at the fourth high-level meeting').hits).toEqual([]);
	});

	it('still finds the ones it names', () => {
		expect(found('resolution 1373')).toContain('A/60/341 ¶5');
		expect(found('seventh high-level meeting')).toContain('A/60/341 ¶9');
	});
});

describe('acronyms the text defines in brackets', () => {
	it('learns letters that are not initials', () => {
		const table = learnAcronyms(
			['Coordination with the Economic and Social Council (ECOSOC) was stressed.'],
			index.analyzer,
		);
		expect(table.ecosoc?.map((e) => [e.name, e.defined])).toEqual([['Economic and Social Council', true]]);
	});

	it('finds the paragraphs that write only the name, whatever case the acronym is typed in', () => {
		const corpus = layoutsCorpus(['annex-roman', 'numbered-extract']);
		const both = indexOf(corpus);
		const paragraphs = (query: string) => both.search(query).hits.map((h) => h.paragraph.number);
		// annex-roman ¶8 defines it; numbered-extract ¶17 only names the Council.
		for (const query of ['ECOSOC', 'ecosoc']) expect(paragraphs(query)).toEqual(expect.arrayContaining([8, 17]));
	});
});

describe('apostrophes as typed meet apostrophes as published', () => {
	it('finds "Côte d’Ivoire" from a straight apostrophe, without the accent, and with a typo', () => {
		for (const query of ["Cote d'Ivoire", 'Côte d’Ivoire', "cote d'ivorie"]) {
			expect(found(query)).toContain('A/60/341 ¶7');
		}
	});
});
