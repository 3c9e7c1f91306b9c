import type { HTMLElement } from 'node-html-parser';

/**
 * The footnotes of a saved web page and their marks, known by their markup: notes are no conclusions, and a mark
 * left glued to a word changes it (`obligations.1`, `Goal 14.1`, which reads as SDG target 14.1). Word's own notes
 * are read in word-html.ts; these are the ones sites and generators write:
 *
 * - blocks: `<div class="footnotes">` (Markdown generators, kramdown, Pandoc, marked), `<section class="footnotes">`,
 *   ARIA's `role="doc-endnotes"` / `doc-footnote` / `doc-endnote`;
 * - marks: a link to one of those notes or to an in-page note id (`#fn1`, `#fn:1`, `#footnote-1`), in a `<sup>` or
 *   with `role="doc-noteref"` or a footnote class (`class="footnote"`, `footnote-ref`), whose text is a note's mark;
 * - a note a mark links to is a note too, whatever its container (`<hr><p id="fn1">…` with no class).
 */

/** A class or id naming a block of notes (not `has-footnotes`, which a whole article may carry). */
const NOTES_NAME = /^(?:foot|end)notes?(?:[-_](?:list|section|container|block|area|wrapper))?$/iu;
const NOTES_ROLE = /^doc-(?:endnotes|footnote|endnote)$/iu;
/** A mark's link by its role or class (`class="footnote"` on the link is kramdown's mark, not a block). */
const MARK_NAME = /^(?:footnote|footnote-?ref|fn-?ref|noteref)$/iu;
/**
 * The id of a note as generators write it: `fn1`, `fn:1`, `fn-1`, `footnote-1`, `endnote2`, `note-3`, Word's `_ftn1`
 * and `_edn1` copied into another page, a wiki's `cite_note-1`.
 */
const NOTE_ID = /^(?:_?(?:fn|ftn|edn)|footnote|endnote|note|cite_note)[-:_]?[\w-]{1,12}$/iu;
/** What a note's mark reads: `1`, `[1]`, `(1)` (the European Parliament's), `12`, `a`, `iv`, `*`, `†`. */
const MARK_TEXT =
	/^(?:\[(?:\d{1,3}|[a-z]|[ivx]{1,4})\]|\((?:\d{1,3}|[a-z])\)|\d{1,3}|[a-z]|[ivx]{1,4}|\*{1,3}|[†‡§])$/iu;

const tagOf = (element: HTMLElement | null) => element?.tagName?.toLowerCase() ?? '';
const classesOf = (element: HTMLElement) => (element.getAttribute('class') ?? '').split(/\s+/u).filter(Boolean);
const roleOf = (element: HTMLElement) => element.getAttribute('role') ?? '';

function isNotesBlock(element: HTMLElement): boolean {
	const tag = tagOf(element);
	// A link or a superscript with a footnote class is a mark; a body or the page's main element never is notes.
	if (['a', 'sup', 'span', 'body', 'main', 'html'].includes(tag)) return NOTES_ROLE.test(roleOf(element));
	return NOTES_ROLE.test(roleOf(element)) || [...classesOf(element), element.id].some((name) => NOTES_NAME.test(name));
}

/** The id an in-page link points at (`#fn:1` → `fn:1`), or undefined for any other link. */
function targetOf(link: HTMLElement): string | undefined {
	const href = link.getAttribute('href') ?? '';
	if (!href.startsWith('#') || href.length < 2) return undefined;
	try {
		return decodeURIComponent(href.slice(1));
	} catch {
		return href.slice(1);
	}
}

/**
 * Whether a link is a note's mark: to a note, or named or placed as one, and reading as a mark. A raised mark whose
 * target links back to it is one whatever the ids (the European Parliament's `<sup><a href="#def_1_1"
 * id="ref_1_1">(1)</a></sup>`, its note's `<a href="#ref_1_1" id="def_1_1">(1)</a>`).
 */
function isMark(link: HTMLElement, noteIds: ReadonlySet<string>, backLinks: ReadonlyMap<string, string>): boolean {
	const target = targetOf(link);
	if (target === undefined || !MARK_TEXT.test(link.text.trim())) return false;
	if (noteIds.has(target)) return true;
	const named = roleOf(link) === 'doc-noteref' || classesOf(link).some((name) => MARK_NAME.test(name));
	const raised = tagOf(link.parentNode) === 'sup' || link.querySelector('sup') !== null;
	if (raised && link.id !== '' && backLinks.get(target) === link.id) return true;
	return (named || raised) && (NOTE_ID.test(target) || named);
}

/** The elements a note may be: the one a mark links to, or the block around the anchor it links to. */
const NOTE_TAGS = ['p', 'li', 'div', 'aside', 'section', 'dd', 'tr'];
const INLINE_TAGS = ['a', 'span', 'sup', 'b', 'strong', 'i', 'em'];

/** The note a mark's target stands for: itself, or, for an anchor inside one, the block around it. */
function noteOf(target: HTMLElement): HTMLElement | undefined {
	if (NOTE_TAGS.includes(tagOf(target))) return target;
	if (!INLINE_TAGS.includes(tagOf(target))) return undefined;
	for (let node = target.parentNode; node; node = node.parentNode) {
		if (NOTE_TAGS.includes(tagOf(node))) return node;
		if (!INLINE_TAGS.includes(tagOf(node)) && tagOf(node) !== 'td') return undefined;
	}
	return undefined;
}

/** Whether `element` contains `other` (or is it). */
function contains(element: HTMLElement, other: HTMLElement): boolean {
	for (let node: HTMLElement | null = other; node; node = node.parentNode) if (node === element) return true;
	return false;
}

/**
 * Takes a page's footnotes and their marks out of it, in place: the blocks of notes, the notes its marks link to,
 * and the marks (with the `<sup>` around a mark when it holds nothing else). Returns how many marks were taken.
 */
export function withoutPageFootnotes(root: HTMLElement): number {
	const blocks = root.querySelectorAll('*').filter(isNotesBlock);
	const noteIds = new Set<string>();
	for (const block of blocks) {
		if (block.id) noteIds.add(block.id);
		for (const element of block.querySelectorAll('[id]')) noteIds.add(element.id);
	}
	// Each in-page link by its own id: a note's anchor links back to its mark.
	const backLinks = new Map<string, string>();
	for (const link of root.querySelectorAll('a[href]')) {
		const target = targetOf(link);
		if (link.id && target !== undefined) backLinks.set(link.id, target);
	}
	const marks = root.querySelectorAll('a[href]').filter((link) => isMark(link, noteIds, backLinks));
	// A note a mark links to, outside any block of notes (`<hr><p id="fn1">…`): a note all the same, unless the mark
	// is inside it (a note's own back-link) or it holds the text around the mark.
	const notes = new Set(blocks);
	const markSet = new Set(marks);
	for (const mark of marks) {
		// A note's own back-link (in a block of notes, or to a mark in the text: `<p id="fn1"><sup><a href="#fnref1">`)
		// leads to the paragraph that cites the note, which is no note: taken as one, it left the document.
		if (blocks.some((block) => contains(block, mark))) continue;
		const target = targetOf(mark);
		const anchor = target === undefined ? null : root.getElementById(target);
		if (anchor && markSet.has(anchor)) continue;
		const note = anchor ? noteOf(anchor) : undefined;
		if (note && !contains(note, mark)) notes.add(note);
	}
	for (const mark of marks) {
		const raised = mark.parentNode;
		mark.remove();
		// `<sup><a…>1</a>,<a…>2</a></sup>`: the commas between marks go with them.
		if (raised && tagOf(raised) === 'sup' && /^[\s,;–-]*$/u.test(raised.text)) raised.remove();
	}
	const plain = plainMarks(root, [...notes]);
	for (const note of notes) note.remove();
	return marks.length + plain;
}

/**
 * Marks that link nowhere (`…for 2025<sup>*</sup>,`) but that a note of the page opens with (`<p class="footnote">
 * <sup>*</sup> GC(68)/2…`): a mark all the same, taken out of the text it was glued to. Returns how many.
 */
function plainMarks(root: HTMLElement, notes: readonly HTMLElement[]): number {
	const opening = new Set(
		notes.flatMap((note) => {
			const first = note.querySelector('sup')?.text.trim() ?? '';
			return MARK_TEXT.test(first) && note.text.trim().startsWith(first) ? [first] : [];
		}),
	);
	if (opening.size === 0) return 0;
	const glued = root
		.querySelectorAll('sup')
		.filter((sup) => opening.has(sup.text.trim()) && !notes.some((note) => contains(note, sup)));
	for (const sup of glued) sup.remove();
	return glued.length;
}
