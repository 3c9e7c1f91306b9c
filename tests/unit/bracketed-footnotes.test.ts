import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { footnoteNotes } from '../../src/import/footnote-notes.ts';

/** Composed wording, laid out as Council conclusions and Presidency conclusions print their footnotes. */
const texts = (source: string) => parseSource(source, 'x').paragraphs.map((p) => p.text);

const BRACKETS =
	'1. The Council reaffirms its partnership with the African Union, recalled at the sixth Summit[1].\n\n' +
	'2. The Council welcomes closer cooperation with regional bodies on early warning[2].\n\n' +
	'3. The Council invites the High Representative to report by the end of 2025.\n\n' +
	'[1] Sixth Summit: A Joint Vision for 2030, Brussels, 18 February 2022.\n' +
	'[2] See also the Council conclusions on the region of 10 May 2021.\n\n' +
	'5678/24    AB/cd    1\n';

const PARENTHESES =
	'1. Le Conseil se félicite de la coopération croissante, notamment de la déclaration signée le 24 septembre 2003(1).\n\n' +
	'2. Le Conseil réaffirme son soutien à la paix sur le continent.\n\n' +
	'________________________\n' +
	'(1) Déclaration conjointe sur la coopération en matière de gestion des crises, New York, 24 septembre 2003.\n';

describe('footnotes marked with a number in brackets or parentheses', () => {
	it('in brackets at the end: left out of the last paragraph, and their marks out of the words', () => {
		expect(texts(BRACKETS)).toEqual([
			'The Council reaffirms its partnership with the African Union, recalled at the sixth Summit.',
			'The Council welcomes closer cooperation with regional bodies on early warning.',
			'The Council invites the High Representative to report by the end of 2025.',
		]);
		expect(footnoteNotes(BRACKETS).join(' ')).toContain('Sixth Summit: A Joint Vision');
	});

	it('in parentheses under the rule: left out, the mark after a year too', () => {
		expect(texts(PARENTHESES)).toEqual([
			'Le Conseil se félicite de la coopération croissante, notamment de la déclaration signée le 24 septembre 2003.',
			'Le Conseil réaffirme son soutien à la paix sur le continent.',
		]);
	});

	it('in parentheses under the rule, wrapped over lines: each left out', () => {
		const wrapped = PARENTHESES.replace('le 24 septembre 2003(1).', 'le 24 septembre 2003(1), à New York(2).').concat(
			'(2) Siège des Nations unies, où la déclaration a été\nsignée par les deux secrétaires généraux.\n',
		);
		const source = wrapped.replace('gestion des crises, New York', 'gestion des crises,\nNew York');
		expect(texts(source)[0]).toBe(
			'Le Conseil se félicite de la coopération croissante, notamment de la déclaration signée le 24 septembre 2003, à New York.',
		);
		expect(texts(source)).toHaveLength(2);
	});

	it("a list's (1) item, with no rule above it, and a reference in brackets no line notes, stay the text's", () => {
		const list =
			'1. The Council recalls Article 2(1) of the Charter and decides:\n' +
			'(1) to establish focal points in each secretariat;\n' +
			'(2) to meet twice a year at the working level.\n\n' +
			'2. The Council notes the report [3] of the Secretary-General and the findings in annex[4].\n';
		const [first, second] = texts(list);
		expect(first).toContain('Article 2(1) of the Charter');
		expect(first).toContain('(1) to establish focal points');
		expect(second).toContain('annex[4].');
	});
});
