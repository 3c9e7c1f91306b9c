import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';

/**
 * The European Parliament's texts adopted set each citation (`–`), recital (`A.`) and operative paragraph (`1.`) as a
 * table row of two cells, the mark in the first. Composed page (`tests/fixtures/published/ep-texts-adopted-page.html`).
 */
const page = extractHtml(
	readFileSync(new URL('../fixtures/published/ep-texts-adopted-page.html', import.meta.url), 'utf8'),
);

describe('paragraphs laid out as table rows, the mark in a cell of its own', () => {
	it('are read as one line each, the mark before the text', () => {
		expect(page.text).toContain('– having regard to its previous resolutions on Georgia,');
		expect(page.text).toContain('A. whereas Georgia was granted EU candidate status in December 2039;');
		expect(page.text).toContain('1. Strongly condemns the democratic backsliding in Georgia;');
		// A row whose first cell is no mark is a table's, left as it was: a cell a line.
		expect(page.text).toMatch(/^Vote$/mu);
	});

	it("take the page's title from the part of its `<title>` the page prints (not the series' name, not the day)", () => {
		// `<title>Texts adopted - Situation in Georgia - Thursday, 9 October 2040</title>`, no `<h1>`.
		expect(page.heading).toBe('Situation in Georgia');
	});

	it('leave out the notes and their marks, linked both ways (`<sup><a href="#def_1_1" id="ref_1_1">(1)</a></sup>`)', () => {
		expect(page.text).toContain('– having regard to its previous resolutions on Georgia,');
		expect(page.text).toContain('A. whereas Georgia was granted EU candidate status in December 2039;');
		expect(page.text).not.toMatch(/\(1\)|\(2\)|OJ C 123|European Council conclusions/u);
	});

	it('give the citations and recitals as the preamble, and the numbered paragraphs', () => {
		const parsed = parseSource(page.text, 'Situation in Georgia');
		const marks = parsed.paragraphs.map((p) => [paragraphMark(p), p.text.slice(0, 24)]);
		expect(marks).toEqual([
			['preamble ¶1', '– having regard to its p'],
			['preamble ¶2', '– having regard to the A'],
			['preamble ¶3', 'A. whereas Georgia was g'],
			['preamble ¶4', 'B. whereas the Georgian '],
			['¶1', 'Strongly condemns the de'],
			['¶2', 'Calls on the Georgian au'],
			['¶3', 'Instructs its President '],
		]);
	});
});
