import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { isCaption, tableLines } from '../../src/corpus/tables.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';

/**
 * Composed texts (not official wording) in the layouts a report's tables and figures take: `pdftotext` sets one cell
 * a line, `pdftotext -layout` aligns the cells in columns, both between the paragraphs or across a sentence.
 */

const texts = (source: string) => parseSource(source, 'x').paragraphs.map((p) => p.text);

const PLAIN = `I. Overview

1. Requests for support to water committees rose in every region, as table 1 shows.

Table 1
Requests for support by region, 2022-2023

Region

2022

2023

Coastal districts

12

19

Highland districts

7

30%

Source: Composed figures for the test.

2. The committees in the highland districts asked mostly for training in the upkeep of
pumps.

Figure II
Kinds of support requested, 2023
Training 52%
Spare parts 28%

3. The committees agreed to report on repairs every quarter.
`;

const LAYOUT = `                              II. Results

      4.    Support to water committees rose sharply, and the committees of the coastal

          Table 2
          Committees supported, 2022-2023
                                    2022        2023
          Coastal districts           12          19
          Highland districts           7          11
          Note: Districts as drawn in 2021.

      districts asked for help with their accounts for the first time.

      5.    The committees asked that the reports be shared with the district councils.
`;

describe('tables and figures between paragraphs', () => {
	it('leaves out a table set one cell a line (pdftotext) with its title and source note', () => {
		const paragraphs = texts(PLAIN);
		expect(paragraphs).toEqual([
			'Requests for support to water committees rose in every region, as table 1 shows.',
			'The committees in the highland districts asked mostly for training in the upkeep of pumps.',
			'The committees agreed to report on repairs every quarter.',
		]);
	});

	it('leaves out a figure whose labels and shares follow its caption without a blank line', () => {
		const paragraphs = texts(PLAIN);
		expect(paragraphs.join(' ')).not.toMatch(/Figure II|Training 52%|Spare parts/u);
		expect(paragraphs[1]).toMatch(/pumps\.$/u);
	});

	it('joins the sentence a table cut in two (pdftotext -layout), as it reads without the table', () => {
		expect(texts(LAYOUT)).toEqual([
			'Support to water committees rose sharply, and the committees of the coastal districts asked for help with their accounts for the first time.',
			'The committees asked that the reports be shared with the district councils.',
		]);
	});

	it('joins a cut sentence when the table stands in the paragraph without blank lines (as the PDF import gives it)', () => {
		const source = [
			'1. The survey covered the wells of the northern',
			'Table 3',
			'Wells surveyed, 2023',
			'North 140',
			'South 96',
			'province and found most of them in use.',
			'2. The survey will be repeated.',
		].join('\n');
		expect(texts(source)).toEqual([
			'The survey covered the wells of the northern province and found most of them in use.',
			'The survey will be repeated.',
		]);
	});

	it('keeps a paragraph that opens by citing a table, numbers in prose and a heading after a table', () => {
		const source = [
			'1. Table 1 shows that requests rose from 12 in 2022 to 19 in 2023.',
			'',
			'2. In 2023, 41 committees in 12 districts reported 58 repairs.',
			'',
			'Table 4',
			'Repairs, 2023',
			'Pumps 41',
			'Tanks 17',
			'III. Next steps',
			'3. Figures 1 and 2 of the annex give the district totals.',
		].join('\n');
		const { paragraphs } = parseSource(source, 'x');
		expect(paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, null, 'Table 1 shows that requests rose from 12 in 2022 to 19 in 2023.'],
			[2, null, 'In 2023, 41 committees in 12 districts reported 58 repairs.'],
			[3, 'III. Next steps', 'Figures 1 and 2 of the annex give the district totals.'],
		]);
	});

	it('keeps a plain heading that stands under a table', () => {
		const source = [
			'1. The committees met in every district.',
			'',
			'Table 5',
			'Meetings held by the committees of the districts, 2023',
			'Committees of the coastal and the highland districts 41',
			'Committees of the river districts 17',
			'',
			'Next steps',
			'',
			'2. The committees will meet again.',
		].join('\n');
		const { paragraphs } = parseSource(source, 'x');
		expect(paragraphs.map((p) => [p.section, p.text])).toEqual([
			[null, 'The committees met in every district.'],
			['Next steps', 'The committees will meet again.'],
		]);
	});

	it('leaves a caption that no rows of figures follow to the text (a box of prose, a lone "Table 1")', () => {
		const source = ['Box 1', 'Lessons from the pilot districts', '1. The pilots showed that training works.'];
		expect(tableLines(source).size).toBe(0);
		expect(tableLines(['Table 1', '', '2. The committees met twice.', '3. They agreed.']).size).toBe(0);
	});

	it('keeps sub-items, and rows of figures that no caption opens', () => {
		const source = [
			'1. The committees will:',
			'(a) Report in 2024;',
			'(b) Report again in 2025.',
			'2. The wells counted were, by province:',
			'North 140',
			'South 96',
			'3. The count will be repeated.',
		].join('\n');
		expect(texts(source)).toEqual([
			'The committees will:\n(a) Report in 2024;\n(b) Report again in 2025.',
			'The wells counted were, by province: North 140 South 96',
			'The count will be repeated.',
		]);
	});

	it('tells captions from sentences', () => {
		expect(isCaption('Table 1')).toBe(true);
		expect(isCaption('Figure IV')).toBe(true);
		expect(isCaption('Table 2. Committees supported')).toBe(true);
		expect(isCaption('Chart 3 Requests by district, 2023')).toBe(true);
		expect(isCaption('Table 1 shows the requests by district.')).toBe(false);
		expect(isCaption('Table 1 Requests rose in every district.')).toBe(false);
		expect(isCaption('table 1')).toBe(false);
	});
});

/** A report's page as pdf-lib draws it: a paragraph, a table's caption, title and rows, then a figure's. */
async function reportWithTable(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
	const sans = await pdf.embedFont(StandardFonts.Helvetica);
	const page = pdf.addPage([595, 842]);
	let y = 760;
	const line = (text: string, options: { x?: number; f?: typeof font; size?: number } = {}) => {
		page.drawText(text, { x: options.x ?? 72, y, size: options.size ?? 11, font: options.f ?? font });
		y -= 15;
	};
	line('1.     The committees of the coastal districts asked for training in the upkeep of');
	line('pumps, as table 1 below shows.');
	line('Table 1', { f: bold });
	line('Requests by district, 2023', { f: bold });
	line('District                    2022        2023', { f: sans, size: 9 });
	line('Coastal                       12          19', { f: sans, size: 9 });
	line('Highland                       7          11', { f: sans, size: 9 });
	line('2.     The highland committees asked for spare parts.');
	line('Figure I', { f: bold });
	line('Support by kind, 2023', { f: bold });
	y -= 10;
	line('Training 52%', { x: 82, f: sans, size: 8 });
	line('Spare parts 28%', { x: 82, f: sans, size: 8 });
	y -= 20;
	line('3.     The committees agreed to report on repairs every quarter.');
	return pdf.save();
}

describe('a PDF with a table and a figure', () => {
	it('gives text the parser reads into the paragraphs alone', async () => {
		const text = await extractPdf(await reportWithTable());
		expect(text).toContain('Table 1\n');
		expect(texts(text)).toEqual([
			'The committees of the coastal districts asked for training in the upkeep of pumps, as table 1 below shows.',
			'The highland committees asked for spare parts.',
			'The committees agreed to report on repairs every quarter.',
		]);
	});
});
