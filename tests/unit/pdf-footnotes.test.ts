import { PDFDocument, StandardFonts } from 'pdf-lib';
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
