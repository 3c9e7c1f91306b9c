import { HTMLElement, TextNode } from 'node-html-parser';

/**
 * What Microsoft Word writes when a document is saved as a web page, read as the document it was: its list numbers
 * are the paragraphs' numbers, its footnotes are notes, not text.
 */

/**
 * Word's downlevel-revealed conditionals, `<![if !supportLists]>…<![endif]>`: browsers show what is between them
 * (the list numbers, a footnote's `[1]`) and not the markers themselves, which a parser would keep as text.
 */
export const withoutDownlevelConditionals = (html: string) => html.replace(/<!\[(?:if\b[^\]]*|endif)\]>/giu, '');

/** `mso-list:l0 level2 lfo1`: a paragraph of Word list `l0`, at its second level. */
const LIST_LEVEL = /mso-list:\s*l\d+\s+level(\d+)/iu;
/** The containers of Word's footnotes, endnotes and comments, at the end of the page. */
const NOTE_LISTS = /mso-element:\s*(?:footnote-list|endnote-list|comment-list)/iu;
/** The notes themselves where "Web Page, Filtered" leaves no `mso-element` style: `<div id=ftn1>`. */
const NOTE_ID = /^_?(?:ftn|edn)\d+$/u;
/** The reference marks pointing at those notes (`href="#_ftn1"`, `#_edn1`, `#_msocom_1`). */
const NOTE_REFERENCE = /^#_(?:ftn|edn|msocom)/u;

/**
 * The bullets Word writes in its symbol fonts (Symbol's `·`, Courier New's `o`, Wingdings' `§`), as the `•`, `◦` and
 * `▪` a reader sees: a bare `o` or `§` would read as a word.
 */
const SYMBOL_BULLETS: Record<string, string> = { '·': '•', o: '◦', '§': '▪' };

const styleOf = (element: HTMLElement) => element.getAttribute('style') ?? '';

/** Whether a page was written by Word: its generator or program id says so, or its paragraphs carry Word's classes. */
export function isWordPage(root: HTMLElement): boolean {
	const generator = root.querySelectorAll('meta').some((meta) => {
		const name = (meta.getAttribute('name') ?? '').toLowerCase();
		return (name === 'progid' || name === 'generator') && /word/iu.test(meta.getAttribute('content') ?? '');
	});
	return generator || root.querySelector('p.MsoNormal, p.MsoListParagraph') !== null;
}

/**
 * Rewrites a Word page in place so that it reads as its document: footnotes and their marks left out, each list
 * number written `1. ` (Word pads it with no-break spaces in a tiny font, to its tab stop), and a deeper list level's
 * paragraphs made lines of the paragraph above them, as a lead-in's items are (`4. Participants agreed to:` then
 * `(a) …`, `(b) …`): on their own they would pass for paragraphs.
 */
export function readWordPage(root: HTMLElement): void {
	for (const element of root.querySelectorAll('[style]')) {
		if (NOTE_LISTS.test(styleOf(element))) element.remove();
	}
	for (const element of root.querySelectorAll('[id]')) {
		if (NOTE_ID.test(element.id)) element.remove();
	}
	for (const link of root.querySelectorAll('a[href]')) {
		if (NOTE_REFERENCE.test(link.getAttribute('href') ?? '')) link.remove();
	}
	for (const span of root.querySelectorAll('span[style]')) {
		if (!/mso-list:\s*Ignore/iu.test(styleOf(span))) continue;
		const text = span.text.replace(/[\s\u00a0]+/gu, ' ').trim();
		const number = SYMBOL_BULLETS[text] ?? text;
		span.set_content([new TextNode(number === '' ? '' : `${number} `, span)]);
	}
	let top: HTMLElement | undefined;
	for (const paragraph of root.querySelectorAll('p')) {
		const level = Number(LIST_LEVEL.exec(styleOf(paragraph))?.[1] ?? '0');
		if (level <= 1) {
			top = level === 1 ? paragraph : undefined;
			continue;
		}
		if (top === undefined) continue;
		top.appendChild(new HTMLElement('br', {}, '', top));
		for (const child of [...paragraph.childNodes]) top.appendChild(child);
		paragraph.remove();
	}
}

/**
 * A list mark followed by the no-break spaces Word pads it with to its tab stop (`1.&nbsp;&nbsp;&nbsp; `, as
 * "Web Page, Filtered" writes it, without the span that says it is a list number): one space, as typed.
 */
export const withListMarksSpaced = (text: string) =>
	text.replace(/^(\(?[0-9A-Za-z]{1,5}[.)]{1,2})[ ]*\u00a0[\u00a0 ]*/gmu, '$1 ');
