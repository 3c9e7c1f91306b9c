import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';
import { footnoteNotes } from '../../src/import/footnote-notes.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * Page furniture and footnotes in documents of two pages, where a line stands once or twice and the repeat rules of
 * running heads cannot count: a General Assembly resolution's running head of its symbol and short title, its
 * footnote at the first page's foot and the mark `pdftotext -layout` sets apart after a symbol, and a footer line
 * at the foot of both pages of a statement. Each is left out and the paragraph the page breaks reads on; what the
 * parser keeps unsure is said, naming the paragraph.
 */
const textsOf = (source: string) => parseSource(source, 'T').paragraphs.map((p) => p.text);

describe.each([
	['defenders-resolution-layout', 'a resolution: head of symbol and short title, footnote, mark after a symbol'],
	['commonwealth-statement-layout', 'a statement: the Secretariat’s address at the foot of both pages'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph with its mark, section and exact text, and no warning', () => {
		expectAsExpected(parsed, want);
	});
});

/** The resolution fixture with one of its lines changed. */
const resolution = (from: string, to: string) => {
	const source = textOf('defenders-resolution-layout');
	expect(source).toContain(from);
	return source.replace(from, to);
};
const HEAD =
	'A/RES/97/58                         Strengthening cooperation for the protection of human rights defenders';
const PARAGRAPH_3 =
	'Encourages States to strengthen regional and international cooperation in the protection of those who defend the environment, including by sharing good practices on early warning and rapid response mechanisms;';

describe('a running head of the document’s symbol and short title', () => {
	it('is furniture with the title first and the symbol right, as an odd page prints it', () => {
		const reversed = resolution(
			HEAD,
			'Strengthening cooperation for the protection of human rights defenders                 A/RES/97/58',
		);
		expect(textsOf(reversed)).toContain(PARAGRAPH_3);
	});

	it('is furniture on two lines too, as pdftotext without -layout gives it: the symbol, then the first page’s title', () => {
		const twoLines = resolution(
			HEAD,
			'A/RES/97/58\nStrengthening cooperation for the protection of human rights defenders',
		);
		const { paragraphs, problems } = parseSource(twoLines, 'T');
		expect(paragraphs.map((p) => p.text)).toContain(PARAGRAPH_3);
		expect(problems).toEqual([]);
		// A line beside the symbol that the first page does not print is the text's: it stays.
		const other = resolution(HEAD, 'A/RES/97/58\nStrengthening cooperation among the regional human rights bodies');
		expect(parseSource(other, 'T').paragraphs.find((p) => p.number === 3)?.text).toContain(
			'good Strengthening cooperation among the regional human rights bodies practices',
		);
	});

	it('is kept, with a warning naming the paragraph, when the symbol is not the masthead’s', () => {
		const other = resolution(HEAD, HEAD.replace('A/RES/97/58', 'A/RES/96/12'));
		const { paragraphs, problems } = parseSource(other, 'T');
		expect(paragraphs.find((p) => p.number === 3)?.text).toContain('A/RES/96/12 Strengthening cooperation');
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/^¶3 takes in "A\/RES\/96\/12 Strengthening.*running head/u),
		]);
	});

	it('is not a sentence that cites the symbol: words and symbol set apart by a single space stay', () => {
		const cited = resolution(
			'          practices on early warning',
			'          practices, as set out in A/RES/97/58 and its annex, on early warning',
		);
		expect(textsOf(cited)).toContain(
			PARAGRAPH_3.replace('practices on', 'practices, as set out in A/RES/97/58 and its annex, on'),
		);
	});
});

describe('a footnote at the page’s foot in -layout text, and its mark set apart after a symbol', () => {
	it('is named, with its line, in the import’s notes; a text without footnotes has no such note', () => {
		expect(footnoteNotes(textOf('defenders-resolution-layout'))).toEqual([
			'left out of the paragraphs as footnotes (1): line 42 "1 See also resolution 72/247, on the twentieth anniversary o…"',
		]);
		expect(footnoteNotes(textOf('commonwealth-statement-layout'))).toEqual([]);
	});

	it('pairs marks that pdftotext sets in a column with their texts, in the import’s notes', () => {
		expect(footnoteNotes(textOf('rights-resolution-pdf'))).toEqual([
			'left out of the paragraphs as footnotes (4): line 34 "1 General Assembly resolution 53/144, annex."; ' +
				'line 35 "2 General Assembly resolution 70/1."; line 36 "3 See A/HRC/96/55."; line 63 "4 A/HRC/96/56."',
		]);
	});

	it('is left out under a short rule too', () => {
		const ruled = resolution('\n\n\n          1 See also', '\n\n          __________\n          1 See also');
		expect(textsOf(ruled)).toContain(PARAGRAPH_3);
	});

	it('keeps the number after the symbol when the page has no footnote of that number, and says of the line', () => {
		const unmarked = resolution('53/144 1 of', '53/144 2 of');
		const { paragraphs, problems } = parseSource(unmarked, 'T');
		expect(paragraphs.map((p) => p.text).join('\n')).toContain('resolution 53/144 2 of 9 December 1998');
		expect(paragraphs.find((p) => p.number === 3)?.text).toContain('good 1 See also resolution 72/247');
		expect(problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/^¶3 takes in "1 See also resolution 72\/247.*footnote/u),
		]);
	});

	it('keeps a real number after a symbol in a text with no footnotes', () => {
		const text = [
			'1. Recalls its resolution 53/144 2 times in the present text;',
			'',
			'2. Decides to remain seized of the matter.',
		].join('\n');
		expect(textsOf(text)[0]).toBe('Recalls its resolution 53/144 2 times in the present text;');
	});
});

describe('a footer line repeated at the foot of both pages', () => {
	const foot = 'Commonwealth Secretariat, Marlborough House, Pall Mall, London SW1Y 5HX';
	const sectionsOf = (source: string) => parseSource(source, 'T').paragraphs.map((p) => p.section);

	it('is furniture with the page number beside it on its line too', () => {
		const source = textOf('commonwealth-statement-layout').replace(
			/(London SW1Y 5HX)\n +(\d)\n/gu,
			'$1              $2\n',
		);
		expect(source).toContain('London SW1Y 5HX              2');
		expect(sectionsOf(source)).toEqual([
			null,
			'Democracy and the rule of law',
			'Democracy and the rule of law',
			'Electoral support',
			'Electoral support',
		]);
	});

	it('stays a heading when it also stands elsewhere than at a page’s foot', () => {
		const source = textOf('commonwealth-statement-layout').replace('          Electoral support', `          ${foot}`);
		expect(sectionsOf(source)).toEqual([
			null,
			'Democracy and the rule of law',
			'Democracy and the rule of law',
			foot,
			foot,
		]);
	});

	it('stays a heading when only one page of two ends with it', () => {
		const source = [
			`1. Ministers met in London.\n\n${foot}\n\n1`,
			'2. Ministers agreed to meet again.\n\nSecretariat of the Group\n\n2',
		].join('\f');
		expect(sectionsOf(source)).toEqual([null, foot]);
	});
});

const write = (page: PDFPage, font: PDFFont, text: string, x: number, y: number, size: number) =>
	page.drawText(text, { x, y, size, font });

/**
 * A General Assembly resolution of two pages as its PDF prints them: the masthead, a raised footnote mark after a
 * symbol, the footnote in small type at the first page's foot over the job number, and the second page's head.
 */
async function resolutionPdf(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const first = pdf.addPage([595, 842]);
	const body = (text: string, y: number, x = 100) => write(first, font, text, x, y, 10);
	write(first, font, 'United Nations', 72, 790, 12);
	write(first, font, 'A/RES/97/58', 460, 790, 12);
	write(first, font, 'General Assembly', 72, 774, 12);
	write(first, font, 'Distr.: General', 460, 774, 9);
	body('97/58. Strengthening cooperation for the protection of human rights defenders', 720);
	body('The General Assembly,', 690);
	const recalling = 'Recalling also its resolution 53/144';
	body(recalling, 666);
	const markX = 100 + font.widthOfTextAtSize(recalling, 10);
	write(first, font, '1', markX + 1, 670, 6);
	body('of 9 December 1998 on human rights defenders,', 666, markX + 6);
	body('1. Calls upon all States to give full effect to the Declaration;', 642);
	body('2. Encourages States to strengthen regional and international cooperation, including', 618);
	body('by sharing good', 606);
	first.drawLine({ start: { x: 100, y: 150 }, end: { x: 200, y: 150 }, thickness: 0.5 });
	write(first, font, '1', 100, 142, 5.5);
	write(first, font, 'See also resolution 72/247, on the twentieth anniversary of the Declaration.', 108, 138, 8);
	write(first, font, '42-22891 (E)', 72, 80, 8);
	write(first, font, '*4222891*', 72, 60, 16);
	const second = pdf.addPage([595, 842]);
	write(second, font, 'A/RES/97/58', 72, 790, 9);
	write(second, font, 'Strengthening cooperation for the protection of human rights defenders', 250, 790, 9);
	write(second, font, 'practices on early warning and rapid response mechanisms;', 100, 740, 10);
	write(second, font, '3. Decides to continue its consideration of the question.', 100, 716, 10);
	write(second, font, '2/2', 300, 60, 9);
	return pdf.save();
}

describe('a resolution of two pages imported as a PDF', () => {
	it('leaves its running head, footnote and mark out: the paragraph the page breaks reads on, without a warning', async () => {
		const text = await extractPdf(await resolutionPdf());
		const { paragraphs, problems } = parseSource(text, 'T');
		expect(paragraphs.map((p) => p.text)).toEqual([
			'Recalling also its resolution 53/144 of 9 December 1998 on human rights defenders,',
			'Calls upon all States to give full effect to the Declaration;',
			'Encourages States to strengthen regional and international cooperation, including by sharing good practices on early warning and rapid response mechanisms;',
			'Decides to continue its consideration of the question.',
		]);
		expect(problems).toEqual([]);
	});
});
