import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/**
 * A ministers' joint statement laid out as such statements are published: the title and dateline across the top of
 * the first page, then numbered paragraphs in two columns under headings set inside the columns in larger bold type
 * (so the right column's lines do not sit level with the left's), a heading across both columns and two more columns
 * under it, and a last page in one column. The wording is composed.
 */
export const TITLE = 'Joint Statement of the Foreign Ministers of the Council of Baltic Sea States';
export const DATELINE = 'Visby, 12 June 2026';

/** The statement's parts: a heading (its section), then its paragraphs as printed, without their numbers. */
export const PARTS: readonly { heading: string; paragraphs: readonly string[] }[] = [
	{
		heading: 'Regional security',
		paragraphs: [
			'We, the Foreign Ministers of the member States of the Council of Baltic Sea States, met in Visby on 11 and 12 June 2026 to review the security of our region and the cooperation that sustains it.',
			'We condemn the repeated damage to undersea cables and pipelines in the Baltic Sea and resolve to protect critical infrastructure together, including through the exchange of information between our coast guards.',
			'We reaffirm our commitment to the freedom of navigation and call on all flag States to ensure that vessels under their flag respect the rules of the sea, their insurance and their safety obligations.',
		],
	},
	{
		heading: 'Energy security',
		paragraphs: [
			'We welcome the completion of the electricity grid synchronisation of the Baltic States with the continental European network, a milestone for the energy security of the whole region.',
			'We will accelerate the deployment of offshore wind in the Baltic Sea and ask our experts to map the sites where shared projects can be connected to more than one national grid.',
			'We underline that the transition to clean energy must remain affordable for households and industry, and that its costs and benefits must be shared fairly across the region.',
		],
	},
	{
		heading: 'Partnerships',
		paragraphs: [
			'We reaffirm our unwavering support for the independence, sovereignty and territorial integrity of Ukraine within its internationally recognised borders.',
			'We welcome the contribution of the Council to the reconstruction of Ukraine, notably the projects of our cities and universities with their Ukrainian partners.',
			'We will deepen our dialogue with the Arctic Council and the Nordic Council of Ministers on the protection of the marine environment and on civil protection.',
			'We encourage the participation of young people in the work of the Council and welcome the second session of the Baltic Sea Youth Forum, held in Visby before our meeting.',
		],
	},
	{
		heading: 'Next meeting',
		paragraphs: [
			'We thank the Presidency for its hospitality and the excellent organisation of our meeting, and welcome the handing over of the Presidency to Poland on 1 July 2026.',
			'We agree to meet again at the next ministerial session of the Council, to be held in Gdansk in June 2027, and task the Committee of Senior Officials with its preparation.',
		],
	},
];

/** The paragraphs a reader finds, numbered through, each with its section. */
export const WANT = PARTS.flatMap((part, i) =>
	part.paragraphs.map((text, j) => ({
		number: PARTS.slice(0, i).reduce((count, p) => count + p.paragraphs.length, 0) + j + 1,
		section: part.heading,
		text,
	})),
);

const PAGE: [number, number] = [595, 842];
const MARGIN = 57;
const GUTTER = 24;
const SIZE = 10;
const LEADING = 13;
const HEADING_SIZE = 11.5;

interface Line {
	text: string;
	bold: boolean;
	/** Space above the line, beyond the leading. */
	before: number;
}

export interface StatementLayout {
	/** How much lower the right column starts than the left, in points (besides the offsets its headings make). */
	offset?: number;
	/** Columns on the first page: 2 as published, or 3 (a layout the import does not read in columns). */
	columns?: 2 | 3;
	/** A web address in the first column that runs out of it into the gap between the columns. */
	overflow?: boolean;
	/** The first block's text runs only a few lines (this share of its height) into the right column. */
	firstShare?: number;
	/** The gap between the columns, in points (24 unless given). */
	gutter?: number;
	/**
	 * Lines set on a baseline grid (the space before a heading or paragraph a whole line), so that both columns'
	 * lines sit level, as a word processor's "snap to grid" sets them.
	 */
	grid?: boolean;
}

/** Lines of a part: its heading (with space above it), then its paragraphs wrapped to `width`, space between them. */
function linesOf(parts: typeof PARTS, first: number, width: number, font: PDFFont, withHeading: boolean): Line[] {
	const lines: Line[] = [];
	let number = first;
	for (const part of parts) {
		if (withHeading) lines.push({ text: part.heading, bold: true, before: lines.length === 0 ? 0 : 9 });
		for (const paragraph of part.paragraphs) {
			let line = `${number}.`;
			let before = lines.length === 0 ? 0 : 6;
			for (const word of paragraph.split(' ')) {
				if (font.widthOfTextAtSize(`${line} ${word}`, SIZE) > width) {
					lines.push({ text: line, bold: false, before });
					before = 0;
					line = word;
				} else line = `${line} ${word}`;
			}
			lines.push({ text: line, bold: false, before });
			number += 1;
		}
	}
	return lines;
}

/**
 * Sets `lines` in `count` columns from `top` down, of even height or the first holding `firstShare` of it, each
 * column after the first `offset` lower;
 * returns the lowest baseline used.
 */
function setColumns(
	page: PDFPage,
	lines: Line[],
	count: number,
	top: number,
	offset: number,
	fonts: [PDFFont, PDFFont],
	{ firstShare = 1 / count, gutter = GUTTER, grid = false }: Pick<StatementLayout, 'firstShare' | 'gutter' | 'grid'>,
) {
	const width = (PAGE[0] - 2 * MARGIN - (count - 1) * gutter) / count;
	const space = (line: Line) => (grid && line.before > 0 ? LEADING : line.before);
	const height = lines.reduce((sum, line) => sum + LEADING + space(line), 0);
	let column = 0;
	let y = top + LEADING;
	let used = 0;
	let lowest = top;
	for (const [i, line] of lines.entries()) {
		const step = LEADING + space(line);
		// The next column starts where this one has held its share of the height (never with a paragraph's space).
		const share = firstShare + (column * (1 - firstShare)) / Math.max(count - 1, 1);
		if (column < count - 1 && used + step / 2 > share * height && i > 0) {
			column += 1;
			y = top - column * offset + LEADING;
		} else y -= space(line);
		y -= LEADING;
		used += step;
		page.drawText(line.text, {
			x: MARGIN + column * (width + gutter),
			y,
			size: line.bold ? HEADING_SIZE : SIZE,
			font: fonts[line.bold ? 1 : 0],
		});
		lowest = Math.min(lowest, y);
	}
	return lowest;
}

/** The statement's PDF: two pages, or one when `columns` is 3 (the first page's parts only). */
export async function columnsStatementPdf(layout: StatementLayout = {}): Promise<Uint8Array> {
	const { offset = 0, columns = 2, overflow = false, firstShare, gutter = GUTTER, grid = false } = layout;
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	const centred = (page: PDFPage, text: string, y: number, size: number, face: PDFFont) =>
		page.drawText(text, { x: (PAGE[0] - face.widthOfTextAtSize(text, size)) / 2, y, size, font: face });
	const width = (PAGE[0] - 2 * MARGIN - (columns - 1) * gutter) / columns;
	const page = pdf.addPage(PAGE);
	centred(page, TITLE, 780, 13, bold);
	centred(page, DATELINE, 760, 11, font);
	const opening = linesOf(PARTS.slice(0, 2), 1, width, font, true);
	if (overflow) {
		// A web address, which cannot be broken, runs out of its column into the gap (not as far as the next column).
		let address = 'https://cbss.example.org/ministerial/2026/visby/critical-infrastructure-protection-statement';
		while (font.widthOfTextAtSize(address, SIZE) > width + gutter * 0.75) address = address.slice(0, -1);
		const at = opening.findIndex((line) => line.text.startsWith('2.'));
		opening.splice(at + 1, 0, { text: address, bold: false, before: 0 });
	}
	let y = setColumns(page, opening, columns, 725, offset, [font, bold], { firstShare, gutter, grid });
	const across = PARTS[2];
	if (across !== undefined && columns === 2) {
		y -= 30;
		centred(page, across.heading, y, 12, bold);
		const first = PARTS.slice(0, 2).reduce((count, part) => count + part.paragraphs.length, 0) + 1;
		setColumns(page, linesOf([across], first, width, font, false), 2, y - 10, offset, [font, bold], { gutter, grid });
	}
	centred(page, '1', 40, 9, font);
	if (columns !== 2) return pdf.save();
	const last = pdf.addPage(PAGE);
	const closing = PARTS[3];
	if (closing !== undefined) {
		const lines = linesOf([closing], WANT.length - closing.paragraphs.length + 1, PAGE[0] - 2 * MARGIN, font, true);
		let at = 780;
		for (const line of lines) {
			at -= line.before;
			last.drawText(line.text, {
				x: MARGIN,
				y: at,
				size: line.bold ? HEADING_SIZE : SIZE,
				font: line.bold ? bold : font,
			});
			at -= LEADING;
		}
	}
	centred(last, '2', 40, 9, font);
	return pdf.save();
}
