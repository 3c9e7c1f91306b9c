import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { withoutAcronymMarks } from '../../src/corpus/acronym-marks.ts';

/** A page of conclusions whose first paragraph marks a footnote after an acronym, the footnote at the page's foot. */
const page = (rule: boolean) =>
	[
		'1.\tThe Council welcomed the report of the SCA1, and asked the SCA to continue its work with the G20, the C40',
		'and the COP28 presidency.',
		'',
		'2.\tThe Council noted the work of the Group of 77 on CO2 emissions and on the G7 agenda.',
		'',
		'',
		...(rule ? ['__________'] : []),
		'1 Standing Committee on Administration, established in 2019.',
		'\f3.\tThe Council will meet again.',
		'',
	].join('\n');

describe('a footnote mark glued to a word in capitals', () => {
	it.each([
		['under a rule', true],
		['without a rule', false],
	])('is left out when the footnote exists and the word stands elsewhere without it (%s)', (_, rule) => {
		const parsed = parseSource(page(rule), 'T');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
		expect(parsed.paragraphs[0]?.text).toBe(
			'The Council welcomed the report of the SCA, and asked the SCA to continue its work with the G20, the C40 and the COP28 presidency.',
		);
		expect(parsed.paragraphs[1]?.text).toContain('CO2 emissions and on the G7 agenda');
		expect(parsed.problems).toEqual([]);
	});

	it('keeps figures that are part of a name', () => {
		const whole = 'the SCA1 and the SCA; the COP28 and the COP; at COP28 again; CO2; G20';
		// No footnote 1: a name's figures.
		expect(withoutAcronymMarks('the SCA1 and', new Set(['2']), whole)).toBe('the SCA1 and');
		// Written with figures twice: a name, not a mark set once.
		expect(withoutAcronymMarks('the COP28 and', new Set(['28']), whole)).toBe('the COP28 and');
		// Never written without its figure: a name (CO2), as is one capital and figures (G20).
		expect(withoutAcronymMarks('CO2;', new Set(['2']), whole)).toBe('CO2;');
		expect(withoutAcronymMarks('G20', new Set(['20']), whole)).toBe('G20');
		expect(withoutAcronymMarks('the SCA1 and', new Set(['1']), whole)).toBe('the SCA and');
	});
});
