import { ENDS_SENTENCE, isAnnexHeading, paragraphNumber } from './markers.ts';
import { startsSomething, type Cursor } from './layout-mode.ts';

/**
 * A heading that hard-wrapped text without blank lines runs on before a paragraph's number (`Agreed conclusions on
 * …` over two lines, then `1. The Commission…`; `Annex A` and its title under the last paragraph): known by its lines
 * and set apart as a block of its own, as the printed page sets it apart.
 */

/**
 * A heading's lines end with no stop or comma; a paragraph's last line ends its sentence (or a clause, with `,`),
 * and a table's rows end with a figure (`North 140`).
 */
export const ENDS_CLAUSE = /(?:[.,;:!?…][)"'”’»]*|\d)$/u;
/** A heading hard-wrapped text runs on between two numbered paragraphs is at most this many lines… */
const MAX_HEADING_LINES = 3;
/** An annex's title under its line may wrap over this many lines (within as many characters). */
const MAX_ANNEX_TITLE_LINES = 5;
/** …and this many characters. */
const MAX_WRAPPED_HEADING = 200;

/**
 * The last line of a heading that opens at line `i` and stands right before a paragraph's number: up to three lines
 * of one block (and an annex's line above them), the first opening with a capital, none ending with a stop or a comma (a paragraph's last line ends
 * its sentence), none opening with a mark, the next block opening with a number (`Agreed conclusions on fostering
 * social development and social` / `justice through coordinated, equitable and inclusive policies`, then `1. The
 * Commission…`). Undefined when line `i` opens no such heading.
 */
export function headingBeforeNumber(cursors: readonly Cursor[], i: number): number | undefined {
	const first = cursors[i]?.text ?? '';
	if (!/^\p{Lu}/u.test(first)) return undefined;
	// An annex's line (`Annex A`) heads a title that may wrap over more lines (a statement's full name).
	const annex = isAnnexHeading(first);
	let length = annex ? -(first.length + 1) : 0;
	for (let end = i; end < i + (annex ? MAX_ANNEX_TITLE_LINES + 1 : MAX_HEADING_LINES); end += 1) {
		const line = cursors[end];
		if (line === undefined || (end > i && line.blockStart)) return undefined;
		if (ENDS_CLAUSE.test(line.text) || startsSomething(line.text)) return undefined;
		length += line.text.length + 1;
		if (length > MAX_WRAPPED_HEADING) return undefined;
		const next = cursors[end + 1];
		if (next?.blockStart === true && paragraphNumber(next.text) !== undefined) return end;
	}
	return undefined;
}

/**
 * A numbered text hard-wrapped without blank lines may run a heading on between two paragraphs (`…read as
 * follows:`, then the heading's lines, then `1. The Commission…`): after a line that ends a sentence, the lines of
 * a heading (see `headingBeforeNumber`) right before a number. The heading and that number are set apart as
 * blocks, as the printed page sets them apart, so that the heading is read as one and the number starts a paragraph.
 * (The parser keeps them apart only in a text that this shows to be numbered.)
 */
export function withWrappedHeadingsApart(cursors: readonly Cursor[]): Cursor[] {
	const apart = cursors.map((cursor) => ({ ...cursor }));
	for (const [i, cursor] of apart.entries()) {
		if (cursor.blockStart || paragraphNumber(cursor.text) === undefined) continue;
		// Up to a heading's lines, or an annex's line above its title's.
		for (let start = i - 1; start >= Math.max(0, i - MAX_ANNEX_TITLE_LINES - 1); start -= 1) {
			const line = apart[start] as Cursor;
			if (ENDS_CLAUSE.test(line.text)) break;
			// The heading opens a block (`ANNEX`, then the title's lines) or follows a finished sentence; an annex's line
			// opens its heading whatever stands above it (a closing line the parser does not know).
			const above = apart[start - 1];
			const annex = isAnnexHeading(line.text);
			if (annex || line.blockStart || above === undefined || ENDS_SENTENCE.test(above.text)) {
				const probe = apart.map((c, k) => (k === start || k === i ? { ...c, blockStart: true } : c));
				if (headingBeforeNumber(probe, start) === i - 1) {
					line.blockStart = true;
					cursor.blockStart = true;
					if (annex) openAfterSentence(apart, start);
				}
				break;
			}
		}
	}
	return apart;
}

/**
 * The lines between a finished sentence and an annex's line at `annex` (up to a heading's few): a block of their own,
 * as a blank line would set them, neither words of the paragraph above nor of the annex's heading.
 */
function openAfterSentence(apart: Cursor[], annex: number): void {
	for (let k = annex - 1; k >= Math.max(1, annex - MAX_HEADING_LINES); k -= 1) {
		const line = apart[k] as Cursor;
		if (line.blockStart || ENDS_SENTENCE.test(line.text)) return;
		if (ENDS_SENTENCE.test(apart[k - 1]?.text ?? '')) {
			line.blockStart = true;
			return;
		}
	}
}
