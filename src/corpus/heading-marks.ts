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

/** Joins each heading mark alone on its line to the title under it (in place), keeping the mark's line and gap. */
export function joinHeadingMarks(lines: SourceLine[], gaps: number[]): void {
	for (let i = 0; i + 1 < lines.length; i += 1) {
		const [mark, title] = [lines[i], lines[i + 1]];
		if (!mark || !title || !MARK_ALONE.test(mark.text)) continue;
		const joined = `${mark.text} ${title.text}`;
		// The title opens with a capital, is no mark of its own, and does not end a sentence: a heading, not text.
		if (!/^\p{Lu}/u.test(title.text) || opensWithMark(title.text) || ENDS_SENTENCE.test(title.text)) continue;
		if (!isNumberedHeading(joined)) continue;
		mark.text = joined;
		lines.splice(i + 1, 1);
		gaps.splice(i + 1, 1);
	}
}
