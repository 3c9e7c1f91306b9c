import { ENDS_SENTENCE } from './markers.ts';
import { normalizeWhitespace } from './text.ts';
import { COUNCIL_PART, COUNCIL_TOKEN } from './council-furniture.ts';
/**
 * Page furniture that PDF and print layouts repeat on every page and that is never part of a conclusion: document
 * symbols in running heads, job numbers and page numbers in footers, and the press-release boilerplate lines.
 */

/** A UN document symbol: `A/60/341`, `S/2005/567`, `SG/SM/9876`, `E/CN.4/2005/L.10`, `A/RES/60/1`. */
const SYMBOL = String.raw`[A-Z]{1,6}(?:/[A-Z0-9]+(?:\.[A-Z0-9]+)*(?:/Add\.\d+|/Rev\.\d+|/Corr\.\d+)*)+`;
/**
 * A symbol as IMO prints it in its running heads, its organ and session apart: `MSC 102/24/Add.1`, `MEPC 80/17`,
 * `A 33/Res.1187`.
 */
export const SPACED_SYMBOL = String.raw`[A-Z]{1,6}\s\d{1,4}(?:/(?:[A-Z0-9]+|Add\.\d+|Rev\.\d+|Corr\.\d+|Res\.\d+))+`;
/**
 * A job number with its language and date stamps: `05-49061`, `05-49061 (E) 210905`, `*0549061*`, and Geneva's with
 * its `GE.` prefix and two date stamps: `GE.25-05512(E)`, `GE.25-05512 (E) 100425 110425`.
 */
const JOB_NUMBER = String.raw`(?:GE\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}|\*\d{7,}\*`;
/** The word before a page's number, in the languages of the texts and as Word's footers space it (`P a g e`). */
const PAGE_WORD = String.raw`(?:Page|PAGE|P a g e|Página|Pág\.|Seite)`;
/**
 * A page number: `-3-`, `- 3 -`, `– 3 –`, `~ 3 ~`, `Page 3`, `Page 3 of 12`, `Page 3 sur 12`, `Página 3 de 12`,
 * `3 of 12`, `3/12`, Word's `Page | 3` and `3 | Page`, an annex's `Annex 1, page 2` (IMO), or a bare number alone
 * on its line.
 */
const PAGE_NUMBER = String.raw`(?:Annex|ANNEX|Appendix|Attachment)(?:\s+[IVXLC\d]{1,5})?,\s*(?:page|Page)\s+\d{1,4}|[-–—~]\s*\d{1,4}\s*[-–—~]|${PAGE_WORD}\s*\|?\s*\d{1,4}(?:\s+(?:of|sur|de|von)\s+\d{1,4})?|\d{1,4}\s*\|\s*${PAGE_WORD}|\d{1,4}\s+of\s+\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}`;

/** A World Health Assembly's or WHO Executive Board's resolution, as its running heads print it: `WHA78.5`, `EB156.R3`. */
const WHO_SYMBOL = String.raw`(?:WHA\d{2}\.\d{1,2}|EB\d{2,3}\.R\d{1,2})`;
/**
 * A symbol as a running head prints it, with the year a Security Council resolution carries: `S/RES/2811 (2026)`; or
 * a WHO resolution's (`WHA78.5`).
 * Alone on a line it is the head, never the text: a sentence that cites a symbol goes on around it on the same line.
 */
const RUNNING_SYMBOL = String.raw`${SYMBOL}(?:\s+\(\d{4}\))?|${WHO_SYMBOL}`;
/**
 * The note a UN page prints beside its barcode at the foot of the first page (with the recycling sign, which a text
 * layer may give as a character), in each of the official languages a document is published in: `Please recycle`,
 * `Merci de recycler`, `Sírvase reciclar`, `Просьба отправить на вторичную переработку`, `请回收`, `الرجاء إعادة الاستعمال`.
 */
const RECYCLE_WORDS = String.raw`(?:Please\s+recycle|Merci\s+de\s+recycler|S[íi]rvase\s+reciclar|Просьба\s+отправить\s+на\s+вторичную\s+переработку|请回收|الرجاء\s+إعادة\s+الاستعمال)`;
const RECYCLE_NOTE = String.raw`[♲♻]?\s*${RECYCLE_WORDS}\s*[♲♻]?`;
const FURNITURE_TOKEN = `(?:${RUNNING_SYMBOL}|${SPACED_SYMBOL}|${JOB_NUMBER}|${PAGE_NUMBER}|${RECYCLE_NOTE}|${COUNCIL_TOKEN})`;
/**
 * A line made only of furniture: `A/60/341`, `05-49061`, `A/60/341 S/2005/567`, `Page 3 05-49061`,
 * `S/RES/2811 (2026)`, `A/81/250 2/12`, `GE.25-05512(E)`, `*2505512* Please recycle`, and a Council of the EU
 * footer (`8123/25 AB/cd 2`, `RELEX.2.B LIMITE EN`: see council-furniture.ts).
 */
const FURNITURE_LINE = new RegExp(`^${FURNITURE_TOKEN}(?:\\s+${FURNITURE_TOKEN})*$`, 'u');
/**
 * A Council footer line with its part note (`ANNEX RELEX.2.B LIMITE EN`, or the whole footer on one line): `ANNEX`
 * counts only beside a token that is the Council's own, since `ANNEX 2` alone is a heading.
 */
const PARTED_FOOTER_LINE = new RegExp(
	`^(?:${FURNITURE_TOKEN}|${COUNCIL_PART})(?:\\s+(?:${FURNITURE_TOKEN}|${COUNCIL_PART}))*$`,
	'u',
);
const HAS_COUNCIL_TOKEN = new RegExp(`(?:^|\\s)${COUNCIL_TOKEN}(?=\\s|$)`, 'u');

/** The meeting that adopted a resolution, set under its last paragraph: `81st plenary meeting`. */
export const PLENARY_MEETING = String.raw`\d{1,4}(?:st|nd|rd|th)\s+plenary\s+meeting`;
/**
 * The same line as the Councils print it, without "plenary": `52nd meeting` (Human Rights Council),
 * `10123rd meeting` (Security Council).
 */
const ADOPTING_MEETING = String.raw`\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting`;
const ADOPTING_MEETING_LINE = new RegExp(`^${ADOPTING_MEETING}$`, 'iu');
/**
 * How a resolution was adopted, in brackets under its meeting and date: `[Adopted without a vote.]`,
 * `[Adopted by a recorded vote of 32 to 6, with 9 abstentions. …]`. Its first line; a long one wraps.
 */
export const ADOPTION_NOTE_START = /^\[Adopted\b/u;

/** A wrapped adoption note (`[Adopted by a recorded vote of …` to its `]`) spans at most this many lines. */
const MAX_ADOPTION_NOTE_LINES = 30;

/**
 * The lines of adoption notes that wrap (`[Adopted by a recorded vote of 32 to 6, with 9 abstentions. The voting
 * was as follows:` … `]`): the closing furniture under a resolution's last paragraph. A note whose bracket never
 * closes nearby is left to the text.
 */
export function wrappedAdoptionNotes(rawLines: readonly string[]): Set<number> {
	const found = new Set<number>();
	for (const [i, raw] of rawLines.entries()) {
		if (!ADOPTION_NOTE_START.test(raw.trim()) || raw.includes(']')) continue;
		const end = rawLines.findIndex((line, j) => j > i && line.includes(']'));
		if (end === -1 || end - i >= MAX_ADOPTION_NOTE_LINES) continue;
		for (let j = i; j <= end; j += 1) found.add(j);
	}
	return found;
}

/** A clock time as meeting records print it: `10:05 a.m.`, `6.05 p.m.`, `1 p.m.`, `noon`. */
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.\s?m\.?|(?:12\s+)?noon|midnight)`;
/** What a meeting did at a time: began, was suspended, rose… */
const MEETING_STEP = String.raw`(?:began|opened|started|was called to order|was suspended|was resumed|resumed|rose|ended|closed|adjourned|was adjourned)`;
/**
 * The times a meeting began and ended, set under a meeting's coverage or record (`The meeting began at 10:05 a.m.
 * and ended at 1:12 p.m.`, `The meeting rose at 6.05 p.m.`): when it sat, not what it concluded.
 */
const MEETING_TIMES = new RegExp(
	`^The meeting ${MEETING_STEP} at ${CLOCK}(?:,? and ${MEETING_STEP} at ${CLOCK})?\\.?$`,
	'iu',
);

/** Press-release boilerplate that frames the text on every UN press release page. */
const BOILERPLATE = [
	/^For information media\b.*not an official record\.?$/iu,
	/^(?:For information media|Not an official record)\.?$/iu,
	/^Department of (?:Public Information|Global Communications)\b.*(?:New York|Division)$/iu,
	// The masthead line, alone or with the release's symbol (`Press Release SG/2084`), wherever a page sets it.
	new RegExp(`^Press Release(?:\\s+${SYMBOL})?$`, 'iu'),
	ADOPTING_MEETING_LINE,
	/^\[Adopted\b[^\]]*\]\.?$/u,
	MEETING_TIMES,
	// The file a page was printed from, as Word's footer field sets it on every page (IMO documents):
	// `I:\MSC\102\MSC 102-24-Add.1.docx`, `\\server\share\doc.docx`.
	/^(?:[A-Za-z]:\\|\\\\\S+\\)[^\\]*(?:\\[^\\]*)*\.(?:docx?|dotx?|rtf|odt|pdf|wpd)$/iu,
];

/** A job number or its barcode alone on a line: `07-40123 (E)`, `07-40123`, `*0740123*`. */
const JOB_NUMBER_LINE = new RegExp(`^(?:${JOB_NUMBER})$`, 'u');
/** The job number's date stamp, ddmmyy (`290607`: 29 June 2007), which `pdftotext` may set on a line of its own. */
const DATE_CODE = /^(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}$/u;

/**
 * Whether a line is a job number's date stamp (`290607`) standing next to its job number or barcode line: six digits
 * alone are a number of the text anywhere else, so the neighbours decide.
 *
 * @param before - the nearest non-blank line above, trimmed
 * @param after - the nearest non-blank line below, trimmed
 */
export function isDateCodeBeside(line: string, before: string | undefined, after: string | undefined): boolean {
	if (!DATE_CODE.test(line.trim())) return false;
	return [before, after].some(
		(neighbour) => neighbour !== undefined && JOB_NUMBER_LINE.test(normalizeWhitespace(neighbour)),
	);
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** A date alone on its line, as printed under the meeting that adopted a resolution: `3 April 2025`. */
const DATE_LINE = new RegExp(String.raw`^\d{1,2}\s+${MONTH}\s+\d{4}$`, 'u');

/**
 * Whether a line is the date a resolution was adopted, next to the meeting's line (`52nd meeting` / `3 April 2025`):
 * a date alone elsewhere (a masthead's, a heading's) is no furniture, so the neighbours decide.
 */
export function isAdoptionDateBeside(line: string, before: string | undefined, after: string | undefined): boolean {
	if (!DATE_LINE.test(normalizeWhitespace(line))) return false;
	return [before, after].some(
		(neighbour) => neighbour !== undefined && ADOPTING_MEETING_LINE.test(normalizeWhitespace(neighbour)),
	);
}

/**
 * The words of a share widget copied with a web page (`Share this page:`, `Facebook Twitter Email`, `Copy link`):
 * the page's buttons, not its text.
 */
const SHARE_WORD = String.raw`(?:Share(?:\s+this\s+(?:page|article|story))?:?|Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Telegram|E-?mail|Print|Copy\s+link)`;
/** Between the buttons: spaces, or a bar or dot the page sets between them. */
const SHARE_GAP = String.raw`\s*[|·•]?\s*`;
const SHARE_LINE = new RegExp(`^${SHARE_WORD}(?:${SHARE_GAP}${SHARE_WORD})*$`, 'iu');
/** A line a share widget alone would print: `Share this page:`, `Copy link`, or two buttons: `Facebook Twitter`. */
const SURELY_SHARE = new RegExp(
	String.raw`^(?:Share\s+this\b.*|.*\bCopy\s+link.*|${SHARE_WORD}(?:${SHARE_GAP}${SHARE_WORD})+)$`,
	'iu',
);

/**
 * Whether a line belongs to a share widget. A single word (`Share`, `Print`, `X`, `Email`) could be a heading or a
 * word of the text, so it counts only beside another widget line.
 */
export function isShareWidgetBeside(line: string, before: string | undefined, after: string | undefined): boolean {
	const text = normalizeWhitespace(line);
	if (!SHARE_LINE.test(text)) return false;
	if (SURELY_SHARE.test(text)) return true;
	return [before, after].some(
		(neighbour) => neighbour !== undefined && SHARE_LINE.test(normalizeWhitespace(neighbour)),
	);
}

const RUNNING_SYMBOL_LINE = new RegExp(`^${RUNNING_SYMBOL}$`, 'u');

/**
 * Whether a symbol alone on its line is a sentence's citation that wrapped (`…as requested in` / `S/RES/9790 (2041)` /
 * `and in its later statements;`), not a running head: the lines right above and below (no blank line, no page
 * break between) go on with the sentence. A running head stands at a page's edge: after a form feed or a blank line,
 * or next to the page's other furniture.
 *
 * @param above - the line right above, trimmed (blank or undefined at a page's edge)
 * @param below - the line right below, trimmed
 */
export function isCitedSymbolLine(line: string, above: string | undefined, below: string | undefined): boolean {
	if (!RUNNING_SYMBOL_LINE.test(normalizeWhitespace(line))) return false;
	if (!above || !below || isLayoutNoise(above) || isLayoutNoise(below)) return false;
	return !ENDS_SENTENCE.test(above) && /^\p{Ll}/u.test(below);
}

/** Whether a line is a symbol as a running head prints it and nothing else (`A/RES/97/58`, `S/RES/2811 (2026)`). */
export function isRunningSymbol(line: string): boolean {
	return RUNNING_SYMBOL_LINE.test(normalizeWhitespace(line));
}

/** Whether a line is a document symbol and nothing else (`A/60/341`, `SG/2111`). */
export function isDocumentSymbol(line: string): boolean {
	return new RegExp(`^${SYMBOL}$`, 'u').test(line.trim());
}

/** Whether a line (already trimmed) is page furniture or boilerplate: dropped before the text is read. */
export function isLayoutNoise(line: string): boolean {
	const text = normalizeWhitespace(line);
	if (text === '') return false;
	return (
		FURNITURE_LINE.test(text) ||
		(PARTED_FOOTER_LINE.test(text) && HAS_COUNCIL_TOKEN.test(text)) ||
		BOILERPLATE.some((pattern) => pattern.test(text))
	);
}

/** What `leftoverNoise` finds: job numbers, page numbers, a barcode with its recycling note, a Council footer's. */
const LEFTOVER = new RegExp(
	String.raw`(?:\bGE\.)?\b\d{2}-\d{5}\b(?:\s*\([A-Z]\))?|\bPage\s+\d{1,4}\b|(?<!\S)-\s*\d{1,4}\s*-(?!\S)|\*\d{7,}\*(?:\s+${RECYCLE_WORDS})?|\bLIMITE\b|\b\d{4,5}\/\d{2}\s+[A-Z]{2,4}\/[a-z]{2,4}\b`,
	'gu',
);

/**
 * Furniture left inside a paragraph (a footer glued to a line: a job number, a barcode and its `Please recycle`, a
 * Council footer's `LIMITE` or its number and initials `8123/25 AB/cd`): reported by the import preview, never
 * dropped.
 */
export function leftoverNoise(text: string): string[] {
	const found = new Set<string>();
	for (const match of text.matchAll(LEFTOVER)) {
		found.add(match[0]);
	}
	return [...found];
}
