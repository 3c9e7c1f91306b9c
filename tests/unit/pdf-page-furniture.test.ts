import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';

/**
 * PDFs imported directly, as two publishers print their pages: the foot of a UN resolution's first page (a footnote in
 * small type, the Geneva job number, the barcode in large type, "Please recycle" beside it), and a Council of the
 * European Union annex whose footer prints its cells on one line (`9876/42 AB/cd 2 ANNEX RELEX.2.B LIMITE EN`).
 */
const write = (page: PDFPage, font: PDFFont, text: string, x: number, y: number, size: number) =>
	page.drawText(text, { x, y, size, font });

async function resolutionFirstPage(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const first = pdf.addPage([595, 842]);
	const body = (text: string, y: number) => write(first, font, text, 100, y, 10);
	body('The Human Rights Council,', 700);
	body('Reaffirming the Declaration on Human Rights Defenders,', 676);
	const mark = 100 + font.widthOfTextAtSize('Reaffirming the Declaration on Human Rights Defenders,', 10);
	write(first, font, '1', mark, 680, 6);
	body('Recalling its resolution 95/18 of 6 April 2041,', 652);
	body('Noting with concern that human rights defenders in rural communities face', 628);
	first.drawLine({ start: { x: 100, y: 150 }, end: { x: 200, y: 150 }, thickness: 0.5 });
	write(first, font, '1', 100, 142, 5.5);
	write(first, font, 'General Assembly resolution 53/144, annex.', 108, 138, 8);
	write(first, font, 'GE.42-05512(E)', 72, 80, 8);
	write(first, font, '*4205512*', 72, 60, 16);
	write(first, font, 'Please recycle', 470, 62, 8);
	const second = pdf.addPage([595, 842]);
	write(second, font, 'A/HRC/RES/97/12', 72, 780, 10);
	write(second, font, 'threats, attacks and intimidation,', 100, 740, 10);
	write(second, font, '1. Calls upon all States to protect human rights defenders;', 100, 716, 10);
	write(second, font, '2. Decides to remain seized of the matter.', 100, 692, 10);
	return pdf.save();
}

async function councilAnnex(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const footer = (page: PDFPage, number: number) => {
		write(page, font, '9876/42', 72, 60, 9);
		write(page, font, 'AB/cd', 280, 60, 9);
		write(page, font, String(number), 520, 60, 9);
		if (number > 1) write(page, font, 'ANNEX', 72, 49, 9);
		write(page, font, 'RELEX.2.B', 280, 49, 9);
		write(page, font, 'LIMITE', 400, 49, 9);
		write(page, font, 'EN', 520, 49, 9);
	};
	const cover = pdf.addPage([595, 842]);
	write(cover, font, 'Council of the European Union', 72, 780, 14);
	write(cover, font, 'Brussels, 12 May 2042 (OR. en)', 330, 740, 12);
	write(cover, font, 'OUTCOME OF PROCEEDINGS', 72, 680, 12);
	write(cover, font, 'Subject: Council conclusions on the Sahel and West Africa', 72, 650, 12);
	write(
		cover,
		font,
		'Delegations will find in the annex the Council conclusions on the Sahel and West Africa.',
		72,
		600,
		12,
	);
	footer(cover, 1);
	const first = pdf.addPage([595, 842]);
	write(first, font, 'ANNEX', 480, 780, 12);
	write(first, font, 'Council conclusions on the Sahel and West Africa', 150, 750, 12);
	write(first, font, '1. The Council recalls its conclusions on the region.', 72, 700, 12);
	write(first, font, '2. The Council calls for an inclusive regional dialogue among the countries', 72, 670, 12);
	footer(first, 2);
	const second = pdf.addPage([595, 842]);
	write(second, font, 'in West Africa. The EU stands ready to support such dialogue.', 72, 780, 12);
	write(second, font, '3. The Council will review these conclusions.', 72, 750, 12);
	footer(second, 3);
	return pdf.save();
}

describe('a PDF imported directly', () => {
	it('leaves a resolution first page’s footnote, job number, barcode and "Please recycle" out of its preamble', async () => {
		const text = await extractPdf(await resolutionFirstPage());
		const { paragraphs, problems } = parseSource(text, 'x');
		expect(paragraphs.map((p) => p.text)).toEqual([
			'Reaffirming the Declaration on Human Rights Defenders,',
			'Recalling its resolution 95/18 of 6 April 2041,',
			'Noting with concern that human rights defenders in rural communities face threats, attacks and intimidation,',
			'Calls upon all States to protect human rights defenders;',
			'Decides to remain seized of the matter.',
		]);
		expect(problems).toEqual([]);
	});

	it('reads a Council footer printed on one line as furniture: no heading, no warning, the paragraph runs on', async () => {
		const text = await extractPdf(await councilAnnex());
		const { paragraphs, problems } = parseSource(text, 'x');
		expect(paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[
				1,
				'ANNEX — Council conclusions on the Sahel and West Africa',
				'The Council recalls its conclusions on the region.',
			],
			[
				2,
				'ANNEX — Council conclusions on the Sahel and West Africa',
				'The Council calls for an inclusive regional dialogue among the countries in West Africa. The EU stands ready to support such dialogue.',
			],
			[3, 'ANNEX — Council conclusions on the Sahel and West Africa', 'The Council will review these conclusions.'],
		]);
		expect(problems).toEqual([]);
	});

	it('ends a page’s footnotes at its foot: the next page’s first line, which opens with a number, is text', async () => {
		const pdf = await PDFDocument.create();
		const font = await pdf.embedFont(StandardFonts.TimesRoman);
		const first = pdf.addPage([595, 842]);
		write(
			first,
			font,
			'1. The Council calls for a dialogue among the countries of the region, including the',
			72,
			700,
			11,
		);
		write(first, font, '1', 72, 124, 5.5);
		write(first, font, 'See the report of the assessment mission.', 80, 120, 8);
		const second = pdf.addPage([595, 842]);
		write(second, font, '15 coastal States. The EU stands ready to support such dialogue.', 72, 780, 11);
		write(second, font, '2. The Council will meet again.', 72, 750, 11);
		const { paragraphs } = parseSource(await extractPdf(await pdf.save()), 'x');
		expect(paragraphs.map((p) => p.text)).toEqual([
			'The Council calls for a dialogue among the countries of the region, including the 15 coastal States. The EU stands ready to support such dialogue.',
			'The Council will meet again.',
		]);
	});
});
