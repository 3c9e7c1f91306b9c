import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * How a preamble opens and what it holds: a preambular paragraph whose lead-in ends with ":" over lettered items is
 * one paragraph (not an operative verb that ends the preamble); the line naming who adopts the text and at which
 * meeting is the text's chapeau, never counted among the preambular paragraphs readers cite by their place.
 */

describe.each([
	['humanitarian-resolution-items-layout', 'a resolution as pdftotext -layout gives it'],
	['humanitarian-resolution-items-pdf', 'the same resolution as pdftotext gives it: no blank lines'],
])('a preambular paragraph with lettered items (%s: %s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every preambular paragraph, its items on lines of their own, and counts the later ones as printed', () => {
		expectAsExpected(parsed, want);
	});

	it('keeps nothing of the preamble in the context', () => {
		expect(parsed.preamble).toMatch(/The General Assembly,$/u);
		expect(parsed.preamble).not.toMatch(/46\/182|Gravely|Reaffirming/u);
	});
});

describe('the operative verb on a line of its own still closes the preamble', () => {
	it('`Decides:` over the first number is context, not words of the last preambular paragraph', () => {
		const parsed = parseSource(
			'The Security Council,\n\nRecalling its resolution 2719 (2023),\n\nDecides:\n\n1. To renew the mandate;\n\n2. To remain seized of the matter.',
			'x',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['preamble ¶1', 'Recalling its resolution 2719 (2023),'],
			['¶1', 'To renew the mandate;'],
			['¶2', 'To remain seized of the matter.'],
		]);
		expect(parsed.preamble).toMatch(/Decides:$/u);
	});
});
