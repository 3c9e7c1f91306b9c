import { HTMLElement, TextNode } from 'node-html-parser';

/** The marks of paragraphs as a web page sets them apart from their text: in an element, or a table cell, of their own. */

/** HTML collapses its own white space (not U+00A0, which `&nbsp;` writes): the text as a browser shows it. */
export const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ');

/** A paragraph's mark alone: `1.`, `12)`, `(a)`, `(iv)`, `a)`, `1.1`, `IV.`, `A.`. */
const MARK_ALONE =
	/^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|[a-z]\)|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[ivxlcIVXLC]{1,6}\.|[A-Z]\.)$/u;

/** A dash or bullet alone in a cell, as a table marks the items of a list (`–`). */
const DASH_ALONE = /^[–—•·▪-]$/u;

/** A table row of two cells, a paragraph's mark (or a dash) alone in the first and text in the second. */
export function markedRow(row: HTMLElement): { mark: string; text: HTMLElement } | undefined {
	const cells = row.childNodes.filter(
		(n): n is HTMLElement => n instanceof HTMLElement && ['TD', 'TH'].includes(n.tagName),
	);
	const [first, second] = cells;
	if (cells.length !== 2 || !first || !second) return undefined;
	const mark = collapse(first.text).trim();
	if (!(MARK_ALONE.test(mark) || DASH_ALONE.test(mark)) || collapse(second.text).trim() === '') return undefined;
	return { mark, text: second };
}

/** An element that holds only a paragraph's mark (`<span class="parnum">1.</span>`, `<b>(a)</b>`). */
export const isMarkElement = (element: HTMLElement) => MARK_ALONE.test(collapse(element.text).trim());

/** Whether an element's text opens with an element holding only a mark (`<li><p><span>1.</span>Text</p></li>`). */
export function opensWithMarkElement(element: HTMLElement): boolean {
	const first = element.childNodes.find((n) => !(n instanceof TextNode && n.text.trim() === ''));
	if (!(first instanceof HTMLElement)) return false;
	return isMarkElement(first) || opensWithMarkElement(first);
}
