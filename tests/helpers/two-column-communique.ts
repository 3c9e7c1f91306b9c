import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A communiqué laid out in two columns on A4 pages, as summits publish theirs: the title and dateline across the
 * page, then the numbered paragraphs in a left and a right column (a paragraph may run on from one column into the
 * next), and at each page's foot a footer line across the page and the page number. The wording is composed.
 */
export const TITLE = 'Joint Communiqué of the Fourth Coastal States Ministerial Forum';
export const DATELINE = 'Valletta, 14 March 2026';
export const FOOTER = 'Fourth Coastal States Ministerial Forum – Joint Communiqué';

/** Paragraphs 1–14, as the communiqué prints them (without their numbers). */
export const PARAGRAPHS = [
	'Ministers of the coastal States met in Valletta for the fourth session of their Forum, under the chairmanship of the host, and reviewed the progress made since their last meeting in the protection of shared seas.',
	'Ministers recalled that healthy oceans sustain the livelihoods of coastal communities, and reaffirmed their resolve to cooperate in good faith on the conservation and sustainable use of marine resources.',
	'Ministers expressed concern at the decline of fish stocks in the region and agreed to strengthen the exchange of catch data between their fisheries authorities before the next fishing season opens.',
	'Ministers welcomed the entry into force of the regional agreement on port State measures and encouraged the States that have not yet done so to ratify it without delay, so that illegal catches find no harbour.',
	'Ministers noted with appreciation the report of the working group on marine litter and endorsed its recommendations on the collection of abandoned fishing gear along the coasts of member States.',
	'Ministers underlined the importance of science in decisions on the sea and asked the secretariat to convene a panel of experts on ocean acidification, open to universities and research institutes of the region.',
	'Ministers agreed to extend the network of marine protected areas to cover at least a fifth of their waters by the end of the decade, with management plans drawn up together with local fishers.',
	'Ministers welcomed the offer of the host to set up a training centre for coast guards, where officers of every member State may learn the inspection of vessels and the rescue of people in distress at sea.',
	'Ministers called for closer cooperation in the search and rescue of migrants at sea, in full respect of international law, and thanked the crews of merchant ships who have come to the aid of people in danger.',
	'Ministers stressed that shipping lanes must remain open and safe, and condemned every act of piracy or armed robbery against ships, whoever commits it and wherever it takes place in the region.',
	'Ministers encouraged the development of clean energy from the sea, such as offshore wind and tidal power, provided that projects are assessed for their effects on birds, fish and the seabed beforehand.',
	'Ministers invited the regional development bank to consider a facility for small island States, whose coasts are most exposed to rising seas and storms, to finance the protection of their shores.',
	'Ministers adopted the budget of the secretariat for the next two years and thanked the outgoing Executive Secretary for her dedication to the work of the Forum since its foundation.',
	'Ministers accepted with gratitude the invitation of the Government of Cabo Verde to host the fifth session of the Forum in 2028, and agreed to meet again at the level of senior officials in the meantime.',
];

const PAGE: [number, number] = [595, 842];
const MARGIN = 57;
const GUTTER = 24;
const COLUMN_WIDTH = (PAGE[0] - 2 * MARGIN - GUTTER) / 2;
const SIZE = 10;
const LEADING = 13;
/** Where the columns start and end on the first page (under the title and dateline) and on the next ones. */
const FIRST = { top: 700, bottom: 380 };
const NEXT = { top: 780, bottom: 560 };

/**
 * The communiqué's PDF: two pages of two columns; or, when the pages after the first hold `rowsAfterFirst` rows a
 * column, more pages, the last one short.
 */
export async function twoColumnPdf(rowsAfterFirst?: number): Promise<Uint8Array> {
	const next =
		rowsAfterFirst === undefined ? NEXT : { top: NEXT.top, bottom: NEXT.top - (rowsAfterFirst - 1) * LEADING };
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.Helvetica);
	const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
	// Each paragraph wrapped to the column's width, a blank line after it.
	const lines: string[] = [];
	for (const [i, paragraph] of PARAGRAPHS.entries()) {
		let line = `${i + 1}.`;
		for (const word of paragraph.split(' ')) {
			const longer = `${line} ${word}`;
			if (font.widthOfTextAtSize(longer, SIZE) > COLUMN_WIDTH) {
				lines.push(line);
				line = word;
			} else line = longer;
		}
		lines.push(line, '');
	}
	let number = 0;
	const centred = (page: ReturnType<typeof pdf.addPage>, text: string, y: number, size: number, face = font) =>
		page.drawText(text, { x: (PAGE[0] - face.widthOfTextAtSize(text, size)) / 2, y, size, font: face });
	while (lines.length > 0) {
		number += 1;
		const page = pdf.addPage(PAGE);
		if (number === 1) {
			centred(page, TITLE, 770, 14, bold);
			centred(page, DATELINE, 745, 11);
		}
		for (const column of [0, 1]) {
			const x = MARGIN + column * (COLUMN_WIDTH + GUTTER);
			// A column does not open with the blank line after a paragraph.
			if (lines[0] === '') lines.shift();
			const { top, bottom } = number === 1 ? FIRST : next;
			for (let y = top; y >= bottom && lines.length > 0; y -= LEADING) {
				const line = lines.shift() ?? '';
				if (line !== '') page.drawText(line, { x, y, size: SIZE, font });
			}
		}
		centred(page, FOOTER, 60, 8);
		centred(page, String(number), 45, 9);
	}
	return pdf.save();
}
