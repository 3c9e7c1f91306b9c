import { HTMLElement, NodeType, TextNode, parse, type Node } from 'node-html-parser';
import { withoutPageFootnotes } from './page-footnotes.ts';
import { isSiteName, pageTitleOf, printedTitlePart } from './web-page-title.ts';
import { orderedItemMark } from './list-marks.ts';
import { isGoogleDocsPage, withSheetCounters } from './sheet-counters.ts';
import { isDocumentHeader, isPageWidget, wrapsDocument } from './page-widgets.ts';
import { isWordPage, readWordPage, withListMarksSpaced, withoutDownlevelConditionals } from './word-html.ts';
import { collapse, isMarkElement, markedRow, opensWithMarkElement } from './html-marks.ts';

/** Elements that are never the text: page furniture, forms, media and code. */
const DROPPED_TAGS = [
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'nav',
	'header',
	'footer',
	'aside',
	'form',
	'button',
	'select',
	'iframe',
	'svg',
	'img',
	'video',
	'audio',
	'canvas',
];
/** Ids and classes that name navigation and boilerplate on news and UN pages. */
const BOILERPLATE =
	/(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|header|masthead|footer|sidebar|skip|share|social|print|search|banner|cookies?|toolbar|related)(?:$|[\s_-])/iu;
/** Where the text of a page usually is, most specific first (`#contents`: Google Docs'). */
const MAIN_SELECTORS = ['main', '[role=main]', 'article', '#content', '.content', '#main', '#maincontent', '#contents'];
/** Elements that stand on lines of their own. */
const BLOCK_TAGS = new Set(
	'address article blockquote dd div dl dt figcaption h1 h2 h3 h4 h5 h6 hr li main ol p pre section table td th tr ul'.split(
		' ',
	),
);

/**
 * A page's main content: the first element a main-content selector finds that holds a good share of the page's text
 * (`MAIN_SHARE`), else the whole body. A `.content` may be a header's own box (a Telegram export's
 * `page_header > .content` holds the channel's name, and the messages are elsewhere): taken, it left the document out.
 */
function mainContent(body: HTMLElement): HTMLElement {
	const whole = textLength(body);
	for (const selector of MAIN_SELECTORS) {
		const found = body.querySelectorAll(selector).find((e) => textLength(e) >= whole * MAIN_SHARE);
		if (found) return found;
	}
	return body;
}

/** The least share of a page's text its main content holds (see `mainContent`). */
const MAIN_SHARE = 0.2;

const textLength = (element: HTMLElement): number => element.text.replace(/\s+/gu, '').length;

function isBoilerplate(element: HTMLElement): boolean {
	const tag = element.tagName?.toLowerCase() ?? '';
	// A page's own heading is never furniture, whatever its class says (Drupal's `<h1 class="page-header">`); one
	// inside a dropped header or navigation goes with it.
	if (tag === 'h1' || isDocumentHeader(element)) return false;
	if (DROPPED_TAGS.includes(tag)) return true;
	// Nor is the element that wraps the document, whatever its class says (see `wrapsDocument`).
	const name = `${element.id} ${element.getAttribute('class') ?? ''}`;
	return (BOILERPLATE.test(name) || isPageWidget(element)) && !wrapsDocument(element);
}

function removeBoilerplate(element: HTMLElement): void {
	for (const child of [...element.childNodes]) {
		if (child instanceof HTMLElement) {
			if (isBoilerplate(child)) child.remove();
			else removeBoilerplate(child);
		} else if (child.nodeType === NodeType.COMMENT_NODE) {
			child.remove();
		}
	}
}

/**
 * The marks browsers draw before the items of a bulleted list nested in another's item: a hollow circle, then a
 * square for any deeper level.
 */
const NESTED_BULLETS = ['◦', '▪'];

/**
 * Writes the text of a tree as blocks: one per paragraph-like element, list items with their bullet or number. A
 * list item is one block with everything in it: a list nested in it gives lines of that block (its items are the
 * item's, as a lead-in's bullets are its paragraph's), not paragraphs of their own.
 */
class BlockWriter {
	readonly blocks: string[] = [];
	#line = '';
	/** How many list items enclose the node being written. */
	#items = 0;
	/** A paragraph's mark in an element of its own was just written: the text after it gets a space (see `write`). */
	#afterMark = false;

	flush(): void {
		// Pages that separate paragraphs with `<br><br>` rather than `<p>`: an empty line between two breaks.
		for (const part of this.#line.split(/\n[ ]*\n/u)) {
			const text = part
				.split('\n')
				.map((line) => line.replace(/^ +| +$/g, ''))
				.filter((line) => line !== '')
				.join('\n');
			// A paragraph holding only `&nbsp;` is an empty line of the page (Word writes one between paragraphs).
			if (text.trim() !== '') this.blocks.push(text);
		}
		this.#line = '';
		this.#afterMark = false;
	}

	write(node: Node): void {
		if (node instanceof TextNode) {
			const text = collapse(node.text);
			if (this.#afterMark && text.trim() !== '') {
				if (!/\s$/u.test(this.#line) && !/^\s/u.test(text)) this.#line += ' ';
				this.#afterMark = false;
			}
			this.#line += text;
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		const tag = node.tagName?.toLowerCase() ?? '';
		if (tag === 'br') {
			this.#line += '\n';
			return;
		}
		// A paragraph laid out as a table row, its mark in one cell and its text in the next (the European
		// Parliament's texts adopted: `<td>–</td><td>having regard to…</td>`, `<td>A.</td><td>whereas…</td>`): one
		// line, the mark before its text, as a reader sees it.
		if (tag === 'tr' && this.#items === 0) {
			const marked = markedRow(node);
			if (marked) {
				this.flush();
				this.#line = `${marked.mark} `;
				for (const child of marked.text.childNodes) this.write(child);
				this.flush();
				return;
			}
		}
		const block = BLOCK_TAGS.has(tag);
		// Inside a list item, a block (a nested list, its items, a `<p>`) starts a line of the item's block.
		const inItem = block && this.#items > 0;
		if (inItem) this.#newLine();
		else if (block) this.flush();
		// An item that prints its own mark (`(a) Strengthen…`, `1. Decides…`) keeps that mark alone: a bullet or the
		// browser's number in front of it would be a second mark the document does not have.
		if (tag === 'li' && !OWN_ITEM_MARK.test(collapse(node.text).trimStart()) && !opensWithMarkElement(node))
			this.#line += `${this.#marker(node)} `;
		if (tag === 'li') this.#items += 1;
		// A paragraph's number in an element of its own at the start of a line, spaced from the text by the page's
		// style sheet rather than a space (`<span class="parnum">1.</span>We, the Heads…`, `<b>1.</b>Text`): the
		// text after it is set apart by a space, as a reader sees it, so that the number reads as the paragraph's.
		const mark = !block && isMarkElement(node) && /^\s*$/u.test(this.#line.slice(this.#line.lastIndexOf('\n') + 1));
		for (const child of node.childNodes) this.write(child);
		if (mark) this.#afterMark = true;
		if (tag === 'li') this.#items -= 1;
		if (inItem) this.#newLine();
		else if (block) this.flush();
	}

	/**
	 * Ends the line being written, unless it is empty (nested blocks leave no blank line between them) or holds only
	 * the item's mark (`<li><p>…</p>`: the paragraph is the item's text, on the mark's line).
	 */
	#newLine(): void {
		const line = this.#line.slice(this.#line.lastIndexOf('\n') + 1);
		if (line.trim() !== '' && !/^\s*(?:[•◦▪]|\d{1,3}\.)\s*$/u.test(line)) this.#line += '\n';
	}

	/** `•` in a bulleted list; in an ordered one the mark the browser shows (from `start`, or `value`; see list-marks.ts). */
	#marker(item: HTMLElement): string {
		const list = item.parentNode;
		if (list?.tagName?.toLowerCase() !== 'ol')
			return this.#items === 0 ? '•' : (NESTED_BULLETS[this.#items - 1] ?? '▪');
		const items = list.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement && n.tagName === 'LI');
		const start = Number(list.getAttribute('start') ?? '1');
		// An item's `value` sets its number, and the items after it count on from there.
		let position = Number.isInteger(start) ? start - 1 : 0;
		for (const counted of items.slice(0, items.indexOf(item) + 1)) {
			const value = Number(counted.getAttribute('value') ?? Number.NaN);
			position = Number.isInteger(value) ? value : position + 1;
		}
		return orderedItemMark(list, item, position);
	}
}

/** The mark a list item's text may open with: `(a)`, `(iv)`, `(12)`, `a)`, `a.`, `1.`, `1.1`, `iv.`, `A.`. */
const OWN_ITEM_MARK =
	/^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|[a-z][).]|\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[ivxlc]{1,6}\.|[A-Z]\.)\s/u;

export interface ExtractedHtml {
	/** The page's text, blocks separated by blank lines. */
	text: string;
	/** The page's own name for itself (its `<h1>`, else `og:title`, else `<title>` without the site's name). */
	heading: string | undefined;
	/** Where the page says it lives (its canonical link or `og:url`), else where it was saved from (the browser's note). */
	url: string | undefined;
}

/**
 * The text of a saved web page (a UN press release, say) as its reader sees it: the main content only, without
 * navigation, header, footer, scripts and forms; entities decoded; one block per paragraph, heading or list item.
 */
export function extractHtml(html: string): ExtractedHtml {
	const root = parse(withoutDownlevelConditionals(html), {
		comment: true,
		blockTextElements: { script: true, style: true, noscript: true, pre: true },
	});
	const savedFrom = /saved from url=\(\d+\)(\S+?)\s*-->/u.exec(html)?.[1];
	const canonical =
		root.querySelector('link[rel=canonical]')?.getAttribute('href') ??
		root.querySelector('meta[property="og:url"]')?.getAttribute('content');
	const meta = (property: string) =>
		root.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? undefined;
	const title = root.querySelector('title')?.text;
	const ogTitle = meta('og:title');
	const body = root.querySelector('body') ?? root;
	const word = isWordPage(root);
	if (word) readWordPage(body);
	withSheetCounters(root);
	withoutPageFootnotes(body);
	removeBoilerplate(body);
	const main = mainContent(body);
	const writer = new BlockWriter();
	writer.write(main);
	writer.flush();
	const clean = (text: string | undefined) => text?.replace(/\s+/gu, ' ').trim() || undefined;
	// The document's own heading first: `<title>` adds the site's name, and `og:title` may be shortened.
	const heading =
		clean(main.querySelectorAll('h1').find((h1) => !isSiteName(h1.text.replace(/\s+/gu, ' ')))?.text) ??
		clean(ogTitle) ??
		clean(title === undefined ? undefined : printedTitlePart(title, writer.blocks)) ??
		// Not a Word or Google Docs page's: its `<title>` is the file's name, often a draft's ("GC14 L.6 Rev.1 - clean").
		clean(title === undefined || word || isGoogleDocsPage(html) ? undefined : pageTitleOf(title, meta('og:site_name')));
	return {
		text: `${word ? withListMarksSpaced(writer.blocks.join('\n\n')) : writer.blocks.join('\n\n')}\n`,
		heading,
		// Where the page says it lives, before where a browser happened to fetch it (which may carry a query string).
		url: [canonical, savedFrom].find((u) => u !== undefined && /^https?:\/\//u.test(u)),
	};
}
