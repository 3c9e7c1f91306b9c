import { normalizeWhitespace } from './text.ts';

/**
 * The page furniture of documents of the Council of the European Union. Every page's footer names the document
 * (`8123/25`, `10135/24 ADD 1`), its drafter's initials (`AB/cd`), the page number, the directorate that drafted it
 * (`RELEX.2.B`, `GIP.1`), the distribution marking (`LIMITE`) and the language version (`EN`); an annex's pages add
 * `ANNEX`. `pdftotext -layout` prints the footer as two lines (`8123/25  AB/cd  2`, `ANNEX  RELEX.2.B  LIMITE  EN`),
 * a PDF's text layer read directly as one, `pdftotext` cell by cell (`8123/25` / `ANNEX`, `AB/cd` / `RELEX.2.B`, `2`,
 * `LIMITE`, `EN`). The first page's head adds the language of the original (`(OR. en)`) under the date. None of it is
 * ever a conclusion's text, and alone on its line none of it is anything a text would print.
 */

/**
 * The document's number: `8123/25`, `10135/24`, with its suffixes (`ADD 1`, `REV 2`, `COR 1`); `ST 8123 2025 INIT`;
 * the European Council's `EUCO 12/25`.
 */
const COUNCIL_NUMBER = String.raw`EUCO\s+\d{1,3}/\d{2}|\d{4,5}/\d{2}(?:\s+(?:ADD|REV|COR)\s+\d{1,2})*|ST\s+\d{4,5}\s+\d{4}\s+(?:INIT|(?:ADD|REV|COR)\s*\d{1,2})`;
/** The drafter's and typist's initials: `AB/cd`, `MAC/ft`, `JF/mk/sl`. */
const INITIALS = String.raw`[A-Z]{2,4}(?:/[a-z]{2,4}){1,2}`;
/**
 * The General Secretariat's directorate: `RELEX.2.B`, `ECOFIN.1.A`, `JAI.1`, `GIP.INST`, and the older `DG C 1`,
 * `DGB 2A`. A dotted code of capitals and digits: no word of a text is written so.
 */
const DIRECTORATE = String.raw`(?![IVXLC]+\.)[A-Z]{2,7}\.(?:\d{1,2}(?:\.[A-Z\d]{1,2})?|[A-Z]{2,5})|DG\s?[A-Z](?:\s?\d[A-Z]?)?`;
/** The distribution marking. */
const MARKING = String.raw`LIMITE|RESTREINT\s+UE(?:/EU\s+RESTRICTED)?`;
/** The language version, one of the Union's 24: the footer prints it in capitals. */
const LANGUAGE = String.raw`(?:BG|ES|CS|DA|DE|ET|EL|EN|FR|GA|HR|IT|LV|LT|HU|MT|NL|PL|PT|RO|SK|SL|FI|SV)`;
/** The language of the original, under the first page's date: `(OR. en)`, `(OR. fr,en)`. */
const ORIGINAL = String.raw`\(OR\.\s*[a-z]{2}(?:\s*,\s*[a-z]{2})*\)`;

/** What a Council document's footer or head prints that no other document's furniture does. */
export const COUNCIL_TOKEN = `(?:${COUNCIL_NUMBER}|${INITIALS}|${DIRECTORATE}|${MARKING}|${LANGUAGE}|${ORIGINAL})`;
/**
 * `ANNEX`, `ANNEX I`, `ADD 1`: the footer's note of what part of the document a page is in. Alone it is the annex's
 * heading, so it counts as furniture only on a line with the footer's other tokens, or next to them (see
 * `isCouncilPartBeside`).
 */
export const COUNCIL_PART = String.raw`(?:ANNEX(?:\s+[IVX]{1,5}|\s+\d{1,2})?|ADD\s+\d{1,2}|ENCL(?:\.|OSURE)?)`;

const PART_LINE = new RegExp(`^${COUNCIL_PART}$`, 'u');
/** The footer's cells that stand next to its part note in `pdftotext`'s reading order: number, initials, directorate. */
const FOOTER_CELL = new RegExp(
	`^(?:${COUNCIL_NUMBER}|${INITIALS}|${DIRECTORATE})(?:\\s+(?:${COUNCIL_TOKEN}|\\d{1,3}))*$`,
	'u',
);

/**
 * Whether a line that is only `ANNEX` (or `ANNEX I`, `ADD 1`) is the footer's part note, not the annex's heading: a
 * cell of the footer (the document's number, the initials, the directorate) stands right next to it, which a heading
 * never has.
 */
function isCouncilPartBeside(line: string, before: string | undefined, after: string | undefined): boolean {
	if (!PART_LINE.test(normalizeWhitespace(line))) return false;
	return [before, after].some(
		(neighbour) => neighbour !== undefined && FOOTER_CELL.test(normalizeWhitespace(neighbour)),
	);
}

/** A line that opens a Council document's first page: the date, maybe with the original's language after it. */
const DATELINE = /^Brussels, \d{1,2} \p{L}+ \d{4}\b/u;

const MASTHEAD = 'council of the european union';
const lower = (line: string | undefined) => (line === undefined ? undefined : normalizeWhitespace(line).toLowerCase());

/**
 * Whether a line is the Council's masthead, `Council of the European Union` (in capitals in older documents), or one
 * of its halves on two lines (`Council of the` / `European Union`, `COUNCIL OF` / `THE EUROPEAN UNION`). It heads
 * the first page, above the date: a line that only names the Council elsewhere (a list of institutions) is text.
 */
function isCouncilMastheadBeside(line: string, before: string | undefined, after: string | undefined): boolean {
	const [text, above, below] = [lower(line), lower(before), lower(after)];
	const abovePage =
		below === undefined || DATELINE.test(after ?? '') || new RegExp(`^${LANGUAGE}$`, 'u').test(after ?? '');
	if (text === MASTHEAD) return abovePage;
	if (below !== undefined && `${text} ${below}` === MASTHEAD) return true;
	return above !== undefined && `${above} ${text}` === MASTHEAD && abovePage;
}

/**
 * Whether a line is a Council document's furniture that only its neighbours tell apart from text: the footer's part
 * note (`ANNEX` beside the footer's cells) or the masthead above the date.
 *
 * @param before - the line right above on the same page, trimmed; undefined if blank or none
 * @param after - the line right below on the same page, trimmed; undefined if blank or none
 */
export function isCouncilFurnitureBeside(line: string, before: string | undefined, after: string | undefined): boolean {
	return isCouncilPartBeside(line, before, after) || isCouncilMastheadBeside(line, before, after);
}
