/**
 * Footnotes as published texts lay them out: under a rule at a page's foot, each opening with its mark, and marked in
 * the text by the same number or sign. The parser leaves them out of the paragraphs; the PDF import writes the rule
 * its text layer lacks.
 */

/** A footnote's mark: a number, asterisks, or a dagger or section sign. */
const MARK = String.raw`(?:\d{1,3}|\*{1,3}|[†‡§])`;

/** The rule that opens a page's footnotes. */
export const FOOTNOTE_RULE = /^_{5,}$/u;
/** The rule as the PDF import writes it above a page's footnotes. */
export const FOOTNOTE_RULE_LINE = '__________';
/** A footnote's first line: its mark and its text. */
export const FOOTNOTE_START = new RegExp(String.raw`^${MARK}\s+\S`, 'u');
/** A footnote's first line when the mark must be followed by words (not a page number or a document symbol). */
export const FOOTNOTE_START_IN_WORDS = new RegExp(String.raw`^${MARK}\s+\p{L}`, 'u');
/** A line that is only a footnote's mark. */
export const FOOTNOTE_MARK_ALONE = new RegExp(String.raw`^\s*${MARK}\s*$`, 'u');

/** What may stand right before a footnote's mark glued to its word: a small letter or a closing sign, a stop. */
const BEFORE_GLUED = String.raw`(?<=(?:\p{Ll}|[)\]’”])[.,;:’”]?)`;
/** What may follow a glued mark: a space, punctuation, the line's end. */
const AFTER_GLUED = String.raw`(?=[\s,.;:)]|$)`;

/**
 * A footnote's mark (`3`, `*`, `†`) glued to a word of a text (lines joined with line ends), as a PDF's text layer
 * gives a superscript. What must follow it also keeps "*" from matching the start of "**".
 */
export function gluedMark(mark: string): RegExp {
	return new RegExp(`${BEFORE_GLUED}${mark.replace(/\*/gu, String.raw`\*`)}${AFTER_GLUED}`, 'mu');
}

/**
 * A paragraph's text without the marks of the footnotes the text has: a number or sign glued to the word or
 * punctuation before it ("Affairs.1", "Charter2", "report*"), as a PDF's text layer gives a superscript, and that a
 * footnote of the text bears. A capital or a digit before the number keeps it ("G77", "CO2", "1.5"), as do a space
 * or a symbol's slash ("61/200").
 */
export function withoutFootnoteMarks(text: string, marks: ReadonlySet<string>): string {
	if (marks.size === 0) return text;
	return text.replace(new RegExp(`${BEFORE_GLUED}${MARK}${AFTER_GLUED}`, 'gu'), (mark) =>
		marks.has(mark) ? '' : mark,
	);
}
