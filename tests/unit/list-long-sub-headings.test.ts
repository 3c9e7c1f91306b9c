import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

describe("sub-headings longer than a plain heading inside a paragraph's list of items", () => {
	it('are lines of the paragraph: every item stays in its quote, with (a) marks', () => {
		const { want, parsed } = parsedFixture('csw-long-sub-headings-copied');
		expectAsExpected(parsed, want);
	});

	it('the same with a) marks', () => {
		const text = textOf('csw-long-sub-headings-copied').replace(/^\(([a-e])\)/gmu, '$1)');
		const parsed = parseSource(text, 'T');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
		expect(parsed.paragraphs[2]?.text).toContain('\ne) Improve the collection');
		expect(parsed.problems).toEqual([]);
	});

	it('a long heading over items that no paragraph leads into still leaves them out, with advice that says what to change', () => {
		const text = [
			'1. The Commission reaffirms the Beijing Declaration and Platform for Action.',
			'',
			'2. The Commission recognizes that poverty has a woman’s face.',
			'',
			'Strengthening institutions and financing with a gender perspective for the achievement of gender equality',
			'',
			'(a) Strengthen national mechanisms for gender equality;',
			'',
			'(b) Adopt gender-responsive budgeting.',
		].join('\n');
		const [problem] = parseSource(text, 'T').problems;
		expect(problem?.message).toMatch(/an item that no paragraph leads into/u);
		expect(problem?.advice).toMatch(
			/end its lead-in with ":".*sub-headings \(of up to three lines, none ending with a stop/u,
		);
	});
});
