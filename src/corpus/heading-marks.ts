import { ENDS_SENTENCE, bullet, isNumberedHeading, isSubItem, paragraphNumber } from './markers.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * A roman or lettered heading whose mark stands on a line of its own (`II.`, then `POLITICAL-SECURITY COMMUNITY`):
 * `pdftotext` without -layout prints a mark set at a tab stop apart from its title. Left so, the mark reads as the
 * last words of the paragraph above and the title as a plain heading, and a sub-heading under it (`A.` /
 * `Regional security architecture`) would be read as going on with it. The mark goes back before its title.
 */
const MARK_ALONE = /^(?:[IVXLC]{1,7}|[A-Z])\.$/u;

/** Whether a line opens with a mark of its own: a number, a bullet, a sub-item's letter, a heading's mark. */
const opensWithMark = (text: string) =>
	paragraphNumber(text) !== undefined || bullet(text) !== undefined || isSubItem(text) || isNumberedHeading(text);

/**
 * An item's mark alone on its line (`a.`, `(b)`, `c)`, `ii.`), which `pdftotext` prints apart from the item's words
 * set at a tab stop, as it does a heading's: it goes back before them, or the items would run into one line.
 */
const ITEM_MARK_ALONE = /^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6})\)|(?:[a-z]|[ivxlc]{1,6})[.)])$/u;

/** Joins each heading or item mark alone on its line to the words under it (in place), keeping the mark's line and gap. */
export function joinHeadingMarks(lines: SourceLine[], gaps: number[]): void {
	for (let i = 0; i + 1 < lines.length; i += 1) {
		const [mark, title] = [lines[i], lines[i + 1]];
		if (!mark || !title) continue;
		if (ITEM_MARK_ALONE.test(mark.text) && /^[\p{L}"“‘«]/u.test(title.text) && !opensWithMark(title.text)) {
			mark.text = `${mark.text} ${title.text}`;
			lines.splice(i + 1, 1);
			gaps.splice(i + 1, 1);
			continue;
		}
		if (!MARK_ALONE.test(mark.text)) continue;
		const joined = `${mark.text} ${title.text}`;
		// The title opens with a capital, is no mark of its own, and does not end a sentence: a heading, not text.
		if (!/^\p{Lu}/u.test(title.text) || opensWithMark(title.text) || ENDS_SENTENCE.test(title.text)) continue;
		if (!isNumberedHeading(joined)) continue;
		mark.text = joined;
		lines.splice(i + 1, 1);
		gaps.splice(i + 1, 1);
	}
}
