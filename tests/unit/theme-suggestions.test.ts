import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { allThemes } from '../../src/import/data-check.ts';
import { suggestThemePatterns } from '../../src/import/theme-suggestions.ts';
import { seedDataCopy } from '../helpers/corpus.ts';

/**
 * The patterns the import suggests for a paragraph without a theme must be plausible for the theme they name: a
 * word of what the theme is about, never a place's name offered to a theme that shares one stray word with it.
 */
describe('theme suggestions for a paragraph without a theme', () => {
	const dir = seedDataCopy('suggestions-');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const paragraphs = [
		'1. The Council welcomed the ceasefire in South Sudan and asked the Committee to monitor the cantonment of forces.',
		'2. The Council discussed the humanitarian consequences of the floods in the lowlands.',
		'3. Participants called for the Structured Dialogue to resume in October 2025 at expert level.',
		'4. The participants agreed to meet again in Abidjan in 2027.',
		'5. Undersea cables and pipelines must be protected against sabotage by the coastal States.',
		'6. In the second half of its seventieth session, the Council will remain actively seized of the situation.',
		'7. The Council noted with appreciation the work of the Working Group on Maritime Safety and requested it to report.',
		'8. The Council welcomed the offer of the Government of Mauritius to host its next session.',
		'9. Participants stressed that access to safe drinking water and sanitation is a human right.',
		'10. Participants condemned the use of unmanned aerial vehicles against civilian infrastructure.',
	];
	writeFileSync(join(dir, 'documents', 'xx1.txt'), `${paragraphs.join('\n\n')}\n`);
	writeFileSync(
		join(dir, 'documents', 'xx1.json'),
		JSON.stringify({ symbol: 'XX/1', title: 'Conclusions on two matters', releaseDate: '2031-01-02' }),
	);
	const corpus = loadCorpus(dir);
	const themes = allThemes(dir);
	const paragraph = (n: number) => corpus.paragraphs.find((p) => p.id === `xx1-${n}`);
	const suggestionsFor = (n: number) => {
		const found = paragraph(n);
		if (!found) throw new Error(`no paragraph ${n}`);
		return suggestThemePatterns(corpus, found, themes);
	};

	it('the document is loaded with both paragraphs unthemed', () => {
		expect(readFileSync(join(dir, 'documents', 'xx1.txt'), 'utf8')).toContain('South Sudan');
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => paragraph(n)?.themes)).toEqual(
			[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(() => []),
		);
	});

	it("names no theme whose label it does not share (one word of a description may be any matter's), and no place's name", () => {
		const suggested = suggestionsFor(1);
		expect(suggested.map((s) => s.theme?.id)).not.toContain('terrorism');
		expect(suggested.map((s) => s.theme)).toEqual(suggested.map(() => undefined));
		expect(suggested.map((s) => s.pattern)).not.toContain('south sudan');
		expect(suggested.map((s) => s.pattern)).toContain('cantonment');
	});

	it('brings no theme for a word of a name (the Structured Dialogue), and offers no date', () => {
		const suggested = suggestionsFor(3);
		expect(suggested.map((s) => s.theme)).toEqual(suggested.map(() => undefined));
		for (const s of suggested) expect(s.pattern).not.toMatch(/october|2025|dialogue/u);
		expect(suggested.map((s) => s.pattern)).toContain('expert level');
	});

	it('offers a theme whose label the paragraph shares in the singular ("a human right": Human rights)', () => {
		const suggested = suggestionsFor(9);
		expect(suggested.map((s) => s.theme?.id)).toEqual(suggested.map(() => 'human-rights'));
		expect(suggested[0]?.pattern).toBe('human right');
	});

	it('takes no word for another that shares its first six letters ("civilian" is no "civilizations")', () => {
		// A stranger was told to add "civilian" to Dialogue among civilizations.
		const suggested = suggestionsFor(10);
		expect(suggested.map((s) => s.theme?.id)).toEqual(suggested.map(() => 'protection-of-civilians'));
		expect(suggested.map((s) => s.pattern)).toContain('civilian');
	});

	it('offers a theme whose label the paragraph shares, with phrases holding that word', () => {
		const suggested = suggestionsFor(2);
		expect(suggested.map((s) => s.theme?.id)).toEqual(suggested.map(() => 'humanitarian-assistance'));
		expect(suggested[0]?.pattern).toBe('humanitarian consequences');
		for (const s of suggested) expect(s.pattern).toMatch(/humanitarian/u);
	});

	it("offers nothing from a meeting's logistics: a one-word place, a year, the verb of meeting again", () => {
		expect(suggestionsFor(4)).toEqual([]);
	});

	it('brings no theme for a word its label puts before "of" (protected is no Protection of civilians)', () => {
		const suggested = suggestionsFor(5);
		expect(suggested.map((s) => s.theme?.id)).not.toContain('protection-of-civilians');
		expect(suggested.map((s) => s.pattern)).toContain('undersea cables');
	});

	it("offers nothing from a body's procedure: an ordinal, a session's half, remaining seized of the situation", () => {
		expect(suggestionsFor(6)).toEqual([]);
	});

	it("offers nothing from a conference's courtesies and requests when the rest is a body's name", () => {
		expect(suggestionsFor(7)).toEqual([]);
		expect(suggestionsFor(8)).toEqual([]);
	});
});
