import type { Block } from './source-lines.ts';
import { ENDS_SENTENCE, bullet, isAnnexHeading, isNumberedHeading, paragraphNumber } from './markers.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * The footer of a web page copied whole (Ctrl+A) with its text: the site's links, its copyright and legal pages, its
 * address. It follows the last paragraph, separated or not by blank lines, and is no part of it.
 */

/**
 * The site's legal lines, which every site's footer has and no document's text: `© 2025 African Union`, `(c) 2025…`
 * (not a lettered paragraph's `(c) Cold storage…`).
 */
const LEGAL_LINE =
	/^(?:©|\(c\)\s+(?:\d{4}|copyright\b)|copyright\b|all rights reserved\b|privacy (?:policy|notice|statement)$|terms (?:of use|and conditions|of service)$|cookie (?:policy|settings|preferences)$|legal notice$|disclaimer$)/iu;
/** Lines a footer opens with: its legal lines, or the site's links and contact block. */
const FOOTER_OPENER =
	/^(?:related (?:documents|links|stories|content|news|articles)|contact(?: us)?|follow us|subscribe|back to top|share(?: this(?: page)?)?|sitemap|site map|useful links|quick links)$/iu;
/** The last line of a page that a copy kept: as sure a sign of the site's footer as a legal line. */
const PAGE_END = /^(?:back to top|top of page|return to top)$/iu;
/** A footer line is short: a paragraph's line, numbered or a sentence of this many words, ends the footer. */
const MAX_FOOTER_SENTENCE_WORDS = 12;

/**
 * Whether a line could stand in a site's footer: no paragraph's number or bullet, no sentence of a paragraph. A legal
 * line is a footer's however long the body's name in it (`© 2025 Peace and Security Council of the African Union.
 * All rights reserved.`).
 */
function couldBeFooter(text: string): boolean {
	if (paragraphNumber(text) !== undefined || bullet(text) !== undefined) return false;
	if (LEGAL_LINE.test(text)) return true;
	return !ENDS_SENTENCE.test(text) || text.split(' ').length <= MAX_FOOTER_SENTENCE_WORDS;
}

/** A page's title in a list of links: this long at most. */
const MAX_LINK_TITLE = 150;

/**
 * A line of a site's list of links (`Summit meeting of NATO Heads of State and Government, Washington D.C., 9-11
 * July 2024`): a page's title, opening as a title does and ending with no punctuation; never a heading of the text's
 * own structure (`Annex`, `II. Follow-up`).
 */
const isLinkLine = (text: string) =>
	couldBeFooter(text) &&
	text.length <= MAX_LINK_TITLE &&
	/^[\p{Lu}\p{N}“"‘]/u.test(text) &&
	!/[.,:;!?…]["'”’)»]*$/u.test(text) &&
	!isAnnexHeading(text) &&
	!isNumberedHeading(text);
/**
 * A list's label over its links (`Related`, `Related topics`, `See also`): a few words, no figure or punctuation;
 * a colon after one word or two (`See also:`), not after a lead-in's words (`The Ministers adopted:`).
 */
const MAX_LABEL_WORDS = 4;
const MAX_COLON_LABEL_WORDS = 2;
const isListLabel = (text: string) =>
	/^\p{Lu}[\p{L}'’ -]*:?$/u.test(text) &&
	text.split(' ').length <= (text.endsWith(':') ? MAX_COLON_LABEL_WORDS : MAX_LABEL_WORDS);
/**
 * The last line of a finished paragraph, or an item of its list: what a site's lists of links follow. A lead-in's
 * `:` (or a line that goes on) would have the titles under it as its items.
 */
const closesText = (text: string) =>
	!/[:,]["'”’)»]*$/u.test(text) &&
	(/[.!?…;]["'”’)»]*$/u.test(text) || bullet(text) !== undefined || paragraphNumber(text) !== undefined);

/**
 * Where the site's lists of links (`Related`, then pages' titles; `Related topics`, then more) begin, above the
 * footer's first line (`footer`): the page's widgets between the text and its footer, known by their layout, not
 * their words. Above the footer stand only links' lines, the first of the widget's a label over at least one link,
 * and the text above them closes, as a conclusion's last paragraph does (a lead-in's `:` would have them as its
 * items). The lines before the label (a closing place and date) stay the text's.
 */
function linkListsAbove(lines: readonly { text: string }[], footer: number): number {
	let top = footer;
	const inLists = (text: string) => isLinkLine(text) || (isListLabel(text) && couldBeFooter(text));
	while (top > 0 && inLists(lines[top - 1]?.text ?? '')) top -= 1;
	if (top === footer || !closesText(lines[top - 1]?.text ?? '')) return footer;
	for (let i = top; i < footer - 1; i += 1) if (isListLabel(lines[i]?.text ?? '')) return i;
	return footer;
}

/**
 * The blocks without the footer of a copied web page: from the first line that opens a footer (`Related documents`,
 * `© 2025 African Union`, `Privacy Policy`, `Contact us`) to the end of the text, when every line from there on
 * could be a footer's and one of them is a legal line (the copyright, the privacy policy, the terms of use), or the
 * last is the page's `Back to top`, which no document's text ends with; and the site's lists of links right above it
 * (see `linkListsAbove`). Anything else is left to the text.
 */
export function withoutPageFooter(blocks: Block[]): Block[] {
	const lines = blocks.flatMap((block, b) => block.map((line, l) => ({ text: normalizeWhitespace(line.text), b, l })));
	let start: number | undefined;
	let legal = false;
	for (let i = lines.length - 1; i >= 0; i -= 1) {
		const text = lines[i]?.text ?? '';
		if (!couldBeFooter(text)) break;
		legal ||= LEGAL_LINE.test(text) || (i === lines.length - 1 && PAGE_END.test(text));
		if (legal && (LEGAL_LINE.test(text) || FOOTER_OPENER.test(text))) start = i;
	}
	if (start !== undefined) start = linkListsAbove(lines, start);
	const first = start === undefined ? undefined : lines[start];
	if (first === undefined || start === 0) return blocks;
	const kept = blocks.slice(0, first.b);
	const cut = blocks[first.b]?.slice(0, first.l) ?? [];
	if (cut.length > 0) kept.push(cut);
	return kept;
}
