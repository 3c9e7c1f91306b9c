import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { withoutFootnoteMarks } from '../../src/corpus/footnotes.ts';
import { isLayoutNoise } from '../../src/corpus/layout-noise.ts';
import { onlyDecisionListed } from '../../src/import/decision-title.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';

/** Texts as `pdftotext -layout` gives them, written by a helper who saw no code (blind layouts, round 6). */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8');

describe('a World Health Assembly resolution as pdftotext gives it', () => {
	const text = fixture('wha-resolution-pdftotext.txt');

	it('reads its symbol from the masthead, and its title under the agenda line, not the Assembly with the symbol', () => {
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'WHA78.5',
			title: 'Promoting and prioritizing an integrated lung health approach',
			releaseDate: '2025-05-27',
		});
		expect(guessMetadata('EXECUTIVE BOARD     EB156.R3\n\nAntimicrobial resistance\n\n1. URGES…\n').symbol).toBe(
			'EB156.R3',
		);
	});

	it('keeps every preambular paragraph across a page break, its running head left out as page furniture', () => {
		expect(isLayoutNoise('                                              WHA78.5')).toBe(true);
		// A resolution cited within a sentence is no running head.
		expect(isLayoutNoise('Recalling resolution WHA78.5 on lung health,')).toBe(false);
		const { paragraphs } = parseSource(text, 'Promoting and prioritizing an integrated lung health approach');
		const preamble = paragraphs.filter((p) => p.inAnnex !== undefined);
		expect(preamble.map((p) => p.text.split(' ')[0])).toEqual([
			'Having',
			'Recalling',
			'Recalling',
			'Noting',
			'Noting',
			'Recognizing',
			'Recognizing',
			'Concerned',
			'Acknowledging',
			'Acknowledging',
		]);
		const operative = paragraphs.filter((p) => p.inAnnex === undefined);
		expect(operative.map((p) => p.text.split('\n')[0])).toEqual([
			'URGES Member States:',
			'REQUESTS the Director-General:',
		]);
		expect(operative.map((p) => p.text).join('\n')).not.toMatch(/WHA78\.5/u);
	});
});

describe("a climate decision set out in a report's addendum", () => {
	const text = fixture('unfccc-decision-addendum-pdftotext.txt');

	it("is titled by the one decision its contents list, not the organ's line above the report's", () => {
		expect(guessMetadata(text)).toMatchObject({
			symbol: 'FCCC/PA/CMA/2024/17/Add.1',
			title: 'Matters relating to the Adaptation Fund',
			releaseDate: '2024-11-24',
		});
		// Contents listing several decisions name none of them the title.
		const two = ['3/CMA.6   Matters relating to the Adaptation Fund ....... 2', '4/CMA.6   Loss and damage ....... 9'];
		expect(onlyDecisionListed(two)).toBeUndefined();
		expect(onlyDecisionListed(two.slice(1))).toBe('Loss and damage');
	});

	it('leaves out a footnote mark glued to the semicolon after a year, not a number of the text', () => {
		const { paragraphs } = parseSource(text, 'Matters relating to the Adaptation Fund');
		expect(paragraphs.find((p) => p.number === 1)?.text).toMatch(/for 2023–2024;$/u);
		expect(withoutFootnoteMarks('for 2023–2024;1 and', new Set(['1']))).toBe('for 2023–2024; and');
		// Only a mark a footnote bears: another number stays.
		expect(withoutFootnoteMarks('for 2023–2024;7 and', new Set(['1']))).toBe('for 2023–2024;7 and');
	});
});
