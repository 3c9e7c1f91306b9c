import { FOOTNOTE_RULE } from './footnotes.ts';
import { ENDS_SENTENCE } from './markers.ts';

/**
 * Footnote marks in Unicode superscript figures (`ECCAS¹`, `Roadmap²`, `2024–2028³`), as a word processor's or a
 * web page's text keeps a raised mark, and their footnotes (`¹ Adopted in Libreville on 18 December 2019.`). A
 * superscript figure is no figure of the text: glued to a word it is a mark, left out of the quotes as a raised
 * mark is (so a search for `ECCAS` finds the paragraph), and a line that opens with one is its footnote, left out of
 * the paragraphs and named by the import with the other footnotes. A unit's power stays (`km²`, `m³`), and after a
 * figure (`10⁶`, `2028³`) the mark goes only where the text has its footnote.
 */

const SUPERSCRIPT_FIGURE = '[⁰¹²³⁴⁵⁶⁷⁸⁹]';
/** A footnote's first line: its mark in superscript figures, then its words (`¹ Adopted…`, `²Document…`). */
export const SUPERSCRIPT_FOOTNOTE_START = new RegExp(`^${SUPERSCRIPT_FIGURE}{1,3}\\s*[\\p{L}\\p{N}“"‘(]`, 'u');
/** Superscript figures glued to what stands before them. */
const GLUED = new RegExp(`(?<=\\S)${SUPERSCRIPT_FIGURE}{1,3}`, 'gu');
/** A unit of length, area or volume right before the figures: its power (`km²`, `m³`, `ft²`). */
const UNIT = /(?<![\p{L}\p{N}])(?:[kcmdµ]?m|ft|in|mi|yd)$/u;
/** A footnote this long would be the page's text, not a note to it. */
const MAX_FOOTNOTE_LINES = 8;

/**
 * The lines (0-based, as `rawLines`) of the footnotes that open with a superscript mark, added to `footnoteLines`
 * (the text's other footnotes), and their marks: the line opening with the mark, set apart above (a blank line, the
 * page's top, a finished sentence or another footnote), and the lines that go on with its sentence below it, on its
 * page.
 */
export function superscriptFootnotes(
	rawLines: readonly string[],
	pageOf: readonly number[],
	footnoteLines: Set<number>,
): { lines: Set<number>; marks: Set<string> } {
	const found = { lines: new Set<number>(), marks: new Set<string>() };
	const text = (i: number) => rawLines[i]?.trim() ?? '';
	for (let i = 0; i < rawLines.length; i += 1) {
		if (!SUPERSCRIPT_FOOTNOTE_START.test(text(i))) continue;
		const above = text(i - 1);
		const apart =
			above === '' ||
			pageOf[i - 1] !== pageOf[i] ||
			found.lines.has(i - 1) ||
			ENDS_SENTENCE.test(above) ||
			FOOTNOTE_RULE.test(above);
		if (!apart) continue;
		found.marks.add(new RegExp(`^${SUPERSCRIPT_FIGURE}+`, 'u').exec(text(i))?.[0] ?? '');
		found.lines.add(i);
		let last = i;
		while (
			last - i < MAX_FOOTNOTE_LINES &&
			!ENDS_SENTENCE.test(text(last)) &&
			text(last + 1) !== '' &&
			pageOf[last + 1] === pageOf[i] &&
			!SUPERSCRIPT_FOOTNOTE_START.test(text(last + 1))
		) {
			last += 1;
			found.lines.add(last);
		}
		i = last;
	}
	for (const i of found.lines) footnoteLines.add(i);
	return found;
}

/** A line without the superscript marks glued to its words (see the module's comment). */
export function withoutSuperscriptMarks(line: string, marks: ReadonlySet<string>): string {
	return line.replace(GLUED, (mark: string, at: number) => {
		const before = line.slice(0, at);
		if (UNIT.test(before)) return mark;
		return /\p{N}$/u.test(before) && !marks.has(mark) ? mark : '';
	});
}
