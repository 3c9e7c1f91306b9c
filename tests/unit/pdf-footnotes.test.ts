import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';

/**
 * A page as a UN document prints one: body text at 11 pt, a footnote mark set small and raised after its word, the
 * page's footnotes in 8.5 pt at its foot (no rule in the text layer: the PDF draws it), then the footer; the
 * paragraph goes on over the page.
 */
async function pageWithFootnotes(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const body = (page: ReturnType<PDFDocument['addPage']>, text: string, x: number, y: number) =>
		page.drawText(text, { x, y, size: 11, font });
	const first = pdf.addPage([595, 842]);
	body(first, '1. The participants reaffirmed their commitment to the Charter', 60, 760);
	// The mark: 7 pt, raised 4 pt, right after "Charter".
	const markX = 60 + font.widthOfTextAtSize('1. The participants reaffirmed their commitment to the Charter', 11);
	first.drawText('1', { x: markX, y: 764, size: 7, font });
	body(first, 'and to the work of the regional organizations in the', 60, 746);
	first.drawText('1', { x: 60, y: 103, size: 6, font });
	first.drawText('Charter of the United Nations, signed at San Francisco on', { x: 65, y: 100, size: 8.5, font });
	first.drawText('26 June 1945.', { x: 65, y: 90, size: 8.5, font });
	first.drawText('2', { x: 60, y: 81, size: 6, font });
	first.drawText('See resolution 1373 (2001).', { x: 65, y: 78, size: 8.5, font });
	first.drawText('05-49061', { x: 60, y: 40, size: 8, font });
	first.drawText('1', { x: 520, y: 40, size: 9, font });
	const second = pdf.addPage([595, 842]);
	body(second, 'field of peace and security.', 60, 760);
	body(second, '2. They agreed to meet again.', 60, 732);
	second.drawText('05-49061', { x: 60, y: 40, size: 8, font });
	second.drawText('2', { x: 520, y: 40, size: 9, font });
	return pdf.save();
}

describe('a PDF with footnotes', () => {
	it('leaves the footnotes and their marks out of the paragraphs, which run on over the page', async () => {
		const text = await extractPdf(await pageWithFootnotes());
		const { paragraphs } = parseSource(text, 'x');
		expect(paragraphs.map((p) => p.text)).toEqual([
			'The participants reaffirmed their commitment to the Charter and to the work of the regional organizations in the field of peace and security.',
			'They agreed to meet again.',
		]);
	});

	it('keeps the footnotes in the extracted text, each opening with its mark, under a rule', async () => {
		const text = await extractPdf(await pageWithFootnotes());
		expect(text).toMatch(
			/\n_{5,}\n1 Charter of the United Nations, signed at San Francisco on\n26 June 1945\.\n2 See resolution/u,
		);
		expect(text).toContain('commitment to the Charter\n');
	});
});

describe('a raised mark before punctuation', () => {
	it('leaves no space where it stood ("displaced¹, and" is "displaced, and")', async () => {
		const pdf = await PDFDocument.create();
		const font = await pdf.embedFont(StandardFonts.TimesRoman);
		const page = pdf.addPage([595, 842]);
		const start = '1. The Council expressed concern for the people displaced';
		page.drawText(start, { x: 60, y: 760, size: 11, font });
		const markX = 60 + font.widthOfTextAtSize(start, 11);
		page.drawText('2', { x: markX, y: 764, size: 7, font });
		// The comma, set after the mark as a PDF sets the rest of the line: a run of its own.
		page.drawText(', and called for their safe return.', {
			x: markX + font.widthOfTextAtSize('2', 7),
			y: 760,
			size: 11,
			font,
		});
		page.drawText('2. They agreed to meet again.', { x: 60, y: 732, size: 11, font });
		const { paragraphs } = parseSource(await extractPdf(await pdf.save()), 'x');
		expect(paragraphs[0]?.text).toBe(
			'The Council expressed concern for the people displaced, and called for their safe return.',
		);
	});
});

/** How the foot of a page may set its one footnote. */
interface FootOptions {
	/** The footnote's own mark: small and raised above the footnote's line, or in the footnote's type on its line. */
	mark: 'raised' | 'on the line';
	/** What stands below the footnote: a job number and its bar code in large type, or nothing. */
	footer: 'job number and bar code' | 'none';
	/** How the PDF draws the rule above the footnote (the text layer has neither). */
	rule: 'line' | 'filled rectangle';
}

/**
 * A first page in 10 pt whose paragraph ends with a sentence marked by a 6 pt mark raised 5 pt, and whose footnote
 * is set in 8 pt at its foot; a second page with the next paragraph.
 */
async function pageWithOneFootnote(options: FootOptions): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const first = pdf.addPage([595, 842]);
	const line = (text: string, y: number) => first.drawText(text, { x: 100, y, size: 10, font });
	line('1. The committee agreed to send the following message to all parties to the', 700);
	line('dispute in the region:', 688);
	first.drawText('1', { x: 100 + font.widthOfTextAtSize('dispute in the region:', 10) + 0.5, y: 693, size: 6, font });
	line('(a) Asking them to stop the fighting at once;', 670);
	line('(b) Asking them to open the roads to aid convoys.', 652);
	if (options.rule === 'line') first.drawLine({ start: { x: 100, y: 132 }, end: { x: 200, y: 132 }, thickness: 0.5 });
	else first.drawRectangle({ x: 100, y: 132, width: 144, height: 0.5, color: rgb(0, 0, 0) });
	if (options.mark === 'raised') first.drawText('1', { x: 100, y: 124, size: 5.5, font });
	else first.drawText('1', { x: 100, y: 120, size: 8, font });
	first.drawText('The parties to the dispute are named in the annex to the previous report.', {
		x: 108,
		y: 120,
		size: 8,
		font,
	});
	if (options.footer === 'job number and bar code') {
		first.drawText('11-22334 (E)    010111', { x: 72, y: 60, size: 8, font });
		first.drawText('*1122334*', { x: 72, y: 45, size: 12, font });
	}
	const second = pdf.addPage([595, 842]);
	second.drawText('2. The committee will meet again next year.', { x: 100, y: 700, size: 10, font });
	return pdf.save();
}

const FEET: FootOptions[] = [
	{ mark: 'raised', footer: 'job number and bar code', rule: 'line' },
	{ mark: 'raised', footer: 'none', rule: 'line' },
	{ mark: 'on the line', footer: 'job number and bar code', rule: 'line' },
	{ mark: 'on the line', footer: 'none', rule: 'filled rectangle' },
	{ mark: 'raised', footer: 'job number and bar code', rule: 'filled rectangle' },
];

describe.each(FEET)('a footnote at the foot of a page (mark $mark, footer: $footer, rule: $rule)', (options) => {
	it('is written under a rule, opening with its mark, and left out of the paragraph it follows', async () => {
		const text = await extractPdf(await pageWithOneFootnote(options));
		expect(text).toMatch(/\n_{5,}\n1 The parties to the dispute are named/u);
		expect(text).toContain('dispute in the region:\n');
		const { paragraphs } = parseSource(text, 'x');
		expect(paragraphs.map((p) => p.text)).toEqual([
			'The committee agreed to send the following message to all parties to the dispute in the region:\n' +
				'(a) Asking them to stop the fighting at once;\n(b) Asking them to open the roads to aid convoys.',
			'The committee will meet again next year.',
		]);
	});
});

describe('numbers alone on a line', () => {
	it('stay one line when they are a row of figures, not marks raised above a line', async () => {
		const pdf = await PDFDocument.create();
		const font = await pdf.embedFont(StandardFonts.TimesRoman);
		const page = pdf.addPage([595, 842]);
		page.drawText('Meetings held in each quarter:', { x: 60, y: 760, size: 10, font });
		for (const [i, x] of [60, 120, 180].entries()) page.drawText(String(i + 4), { x, y: 746, size: 10, font });
		page.drawText('The figures include informal meetings.', { x: 60, y: 732, size: 10, font });
		expect(await extractPdf(await pdf.save())).toBe(
			'Meetings held in each quarter:\n4 5 6\nThe figures include informal meetings.\n',
		);
	});
});
