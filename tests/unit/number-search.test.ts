import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { Analyzer } from '../../src/search/analyzer.ts';
import { parseQuery } from '../../src/search/query-parser.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { matchedForms } from '../../src/render/matched-forms.ts';
import { renderHighlighted } from '../../src/render/quote.ts';
import { indexOf, requester, seedCorpus } from '../helpers/corpus.ts';
import { withTexts } from '../helpers/synthetic.ts';

/**
 * Numbers and symbols as conclusions write them and readers type them: a decimal (`1.5`), a resolution or decision
 * symbol with dots and slashes (`WHA76.8`, `1/CP.21`, `A/RES/77/1`), a percentage, an amount, a range of years, a
 * section number. SG/2084 with some of its paragraphs rewritten so; ¶3 keeps "resolution 1373 (2001)".
 */
const corpus = withTexts(seedCorpus(), {
	'sg2084-1':
		'Recognizes that limiting global warming to 1.5 °C requires deep reductions in emissions, as recalled in resolution WHA76.8 and decision 1/CP.21.',
	'sg2084-2':
		'Welcomed Security Council resolution 2334 (2016), General Assembly resolution A/RES/77/1 and the statement S/PRST/2024/6.',
	'sg2084-4':
		'Recalled decision 3/CMA.1 of the Parties and decision EX.CL/Dec.1234(XLV) of the Executive Council on the budget.',
	'sg2084-5':
		'Urged donors to meet the target of 0.7% of gross national income and to mobilize $100 billion a year for the period 2024–2030.',
	'sg2084-6':
		'Took note of 15 reports, of a levy of 1.50 per cent on item 5, and of resolution WHA 76.9 of the Assembly.',
	'sg2084-7':
		'Section 1.1 sets out the mandate: pursuing efforts to hold the increase to 1.5 degrees above pre-industrial levels.',
});
const index = indexOf(corpus);
const analyzer = new Analyzer(corpus.language.spelling);
const found = (query: string) => index.search(query).hits.map((h) => h.paragraph.number);
/** The paragraphs that have every part of the query (a partial match may follow them: "decision" alone is not one). */
function matching(query: string): number[] {
	const outcome = index.search(query);
	return outcome.match === 'all' ? outcome.hits.map((h) => h.paragraph.number).sort((a, b) => a - b) : [];
}

/** Markdown as it reads (escaped dots and signs unescaped). */
const unescaped = (markdown: string) => markdown.replace(/\\(.)/g, '$1');

/** The bolded runs of a paragraph for a query. */
function bolded(query: string, paragraph: number): string[] {
	const outcome = index.search(query);
	const hit = outcome.hits.find((h) => h.paragraph.number === paragraph);
	if (!hit) return [];
	const markdown = renderHighlighted(hit.paragraph.searchText, index.highlighter(hit.matchedTerms, outcome.plan));
	return Array.from(markdown.matchAll(/\*\*(.+?)\*\*/g), (m) => unescaped(m[1] ?? ''));
}

describe('a number or symbol with a dot or slash is one word, in the text and in the query', () => {
	it.each([
		['1.5', ['1.5']],
		['WHA76.8', ['WHA76.8']],
		['1/CP.21', ['1/CP.21']],
		['EX.CL/Dec.1234(XLV)', ['EX.CL/Dec.1234', 'XLV']],
		['1.5.', ['1.5']],
		['and/or i.e U.N.', ['and', 'or', 'ie', 'UN']],
		// "e.g." marks an example, naming nothing to find (see `shorthandsSpelled`).
		['and/or e.g. U.N.', ['and', 'or', 'UN']],
	])('%j is read as %j', (typed, words) => {
		expect(parseQuery(typed).words).toEqual(words);
	});

	it('is indexed whole and by its parts, a decimal whole only', () => {
		expect(analyzer.tokens('WHA76.8 and 1.5 °C')).toEqual(['WHA', '76.8', 'WHA76.8', 'and', '1.5', 'degrees']);
		expect(analyzer.term('1.5')).toBe('1.5');
		expect(analyzer.term('1.5')).not.toBe(analyzer.term('15'));
		expect(analyzer.term('WHA76.8')).toBe(analyzer.term('wha76.8'));
		// A typographic hyphen printed in a symbol is the hyphen typed.
		expect(analyzer.term('A/HRC/RES/56\u20108')).toBe(analyzer.term('A/HRC/RES/56-8'));
	});
});

describe('searching for a number or symbol', () => {
	it.each([
		['WHA76.8', [1]],
		['WHA 76.8', [1]],
		['WHA76.9', [6]],
		['1/CP.21', [1]],
		['3/CMA.1', [4]],
		['EX.CL/Dec.1234(XLV)', [4]],
		['Dec.1234', [4]],
		['S/PRST/2024/6', [2]],
		['A/RES/77/1', [2]],
		['resolution 2334 (2016)', [2]],
		['S/RES/2334 (2016)', [2]],
		['0.7%', [5]],
		['$100 billion', [5]],
		['2024–2030', [5]],
		['2024-2030', [5]],
		['section 1.1', [7]],
		['1.50', [6]],
		['15', [6]],
	])('%j finds only ¶%j', (query, paragraphs) => {
		expect(found(query)).toEqual(paragraphs);
	});

	it.each([
		['1.5 warming', 1],
		['decision 1/CP.21', 1],
		['resolution 77/1', 2],
	])('%j finds ¶%i first', (query, paragraph) => {
		expect(found(query)[0]).toBe(paragraph);
	});

	it('finds nothing with the rest of the query but not its number', () => {
		// ¶4 has a decision, ¶3 and ¶6 a resolution: another one.
		expect(found('decision 1/CP.21')).toEqual([1]);
		expect(found('resolution 77/1')).toEqual([2]);
		expect(found('decision 1/CP.99')).toEqual([]);
	});

	it('finds a decimal wherever it is written, whatever unit follows it', () => {
		expect(matching('1.5')).toEqual([1, 7]);
		expect(matching('1.5°C')).toEqual([1, 7]);
		expect(matching('1.5 °C')).toEqual([1, 7]);
	});

	it('meets a unit written as a symbol with the word a reader types, and in a phrase', () => {
		expect(matching('1.5 degrees')).toEqual([1, 7]);
		expect(matching('0.7 percent')).toEqual([5]);
		expect(matching('0.7 per cent')).toEqual([5]);
		expect(matching('"1.5 °C"')).toEqual([1, 7]);
		expect(matching('"0.7% of gross national income"')).toEqual([5]);
		expect(bolded('1.5 degrees', 1)).toEqual(['1.5 °C']);
	});

	it('never completes or corrects one into another number', () => {
		// 1.5 is neither 15 nor 1.50 (¶6), nor 1.6 or 1.55 one edit away; WHA76 is not the start of WHA76.8.
		expect(found('1.6')).toEqual([]);
		expect(found('1.55')).toEqual([]);
		expect(found('2335 (2016)')).toEqual([]);
		expect(found('WHA76')).toEqual([]);
		expect(index.plan('WHA76').units[0]?.completions).toEqual([]);
		expect(index.plan('1.5').units[0]?.typos).toEqual([]);
	});

	it('keeps reading resolution symbols as the resolution they name', () => {
		expect(parseQuery('S/RES/1373 (2001)').words).toEqual(['resolution', '1373']);
		expect(found('S/RES/1373')).toEqual([3]);
	});
});

describe('a matched number or symbol is bolded as the text writes it', () => {
	it.each([
		['1.5 warming', 1, ['warming to 1.5']],
		['WHA 76.8', 1, ['WHA76.8']],
		['WHA76.8', 1, ['WHA76.8']],
		['1/CP.21', 1, ['1/CP.21']],
		['WHA76.9', 6, ['WHA 76.9']],
		['0.7%', 5, ['0.7']],
		['section 1.1', 7, ['Section 1.1']],
	])('%j bolds, in ¶%i, %j', (query, paragraph, runs) => {
		expect(bolded(query, paragraph)).toEqual(runs);
	});

	it('names the form the text writes, as written, when the reader typed it otherwise', () => {
		const forms = (query: string) => matchedForms(query, index.search(query).hits, (word) => index.analyzer.term(word));
		expect(forms('WHA 76.8')).toEqual(['WHA76.8']);
		expect(forms('WHA76.8')).toEqual([]);
		expect(forms('1.5 degrees')).toEqual(['1.5 °C']);
	});

	it('and the reply repeats the query as typed', () => {
		const context = { corpus, index, requester: requester('en-US'), cooldown: Cooldown.off() };
		for (const [query, bold] of [
			['1/CP.21', '1/CP.21'],
			['WHA76.8', 'WHA76.8'],
			['0.7%', '0.7'],
		] as const) {
			const { data } = firstResponse(conclusions.execute({ query }, context)) as {
				data: { content: string; embeds: { description: string }[] };
			};
			expect(unescaped(data.content)).toContain(`“${query}”`);
			expect(unescaped(data.embeds[0]?.description ?? '')).toContain(`**${bold}**`);
		}
	});
});
