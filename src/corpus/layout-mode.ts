import { numberedStart } from './extract-numbers.ts';
import {
	ENDS_SENTENCE,
	bullet,
	decimalNumber,
	isNumberedHeading,
	isItemHeading,
	isPlainHeading,
	nextItem,
	isSubItem,
	letterMark,
	paragraphNumber,
	type BracketKind,
} from './markers.ts';
import { bracketKindOf, lastLine } from './bracket-marks.ts';
import type { Block, SourceLine } from './source-lines.ts';
import { bulletsAreLeadInItems, numbersAreLeadInItems, numbersCloseProse } from './lead-in-lists.ts';
import { isDecimal } from './decimal-mode.ts';

/**
 * How a document marks its conclusions: its own numbers (from `first`), numbers within numbered sections (`1.1`
 * under `1. Trafficking routes`), letters only (`(a)`…`(d)` after a lead-in), a bullet, or blocks.
 */
export type Mode =
	| { kind: 'numbered'; first: number }
	| { kind: 'decimal' }
	| { kind: 'lettered'; by: BracketKind }
	| { kind: 'bulleted'; marker: string }
	| { kind: 'plain' };

/** A line in reading order, with what surrounds it. */
export interface Cursor extends SourceLine {
	blockStart: boolean;
	previous: string | undefined;
	/** `1.` inside a block, opening the first paragraph of a numbered text (see `opensNumbering`). */
	opensNumbering?: boolean;
}

/** Whether the line after `previous` may start something new: the previous line ended a sentence or a heading. */
export function afterBreak(previous: string | undefined): boolean {
	return (
		previous === undefined || ENDS_SENTENCE.test(previous) || isNumberedHeading(previous) || isPlainHeading(previous)
	);
}

/** The lines of the body in reading order, each knowing whether it opens a block and the line before it. */
export function cursorsOf(body: Block[]): Cursor[] {
	const cursors: Cursor[] = [];
	let previous: string | undefined;
	for (const block of body) {
		for (const [i, line] of block.entries()) {
			cursors.push({ ...line, blockStart: i === 0, previous });
			previous = line.text;
		}
	}
	const first = cursors.findIndex((c, i) => opensNumbering(cursors, i));
	if (first >= 0) cursors[first] = { ...(cursors[first] as Cursor), opensNumbering: true };
	return cursors;
}

/**
 * Whether line `i` is a `1.` right under the lines above it in one block (a title block a PDF viewer's copy runs on
 * into the text, however its last line ends), opening a sentence, with `2.` opening a sentence at a line start
 * further on, and no number before it: the first paragraph, as a reader sees it. A `1.` the wrapping of a sentence
 * put at a line start has no `2.` to follow it, or a number before it.
 */
function opensNumbering(cursors: readonly Cursor[], i: number): boolean {
	const cursor = cursors[i];
	const mark = cursor === undefined ? undefined : paragraphNumber(cursor.text);
	if (cursor === undefined || cursor.blockStart || mark?.number !== 1 || !/^\p{Lu}\p{Ll}/u.test(mark.rest))
		return false;
	const sentenceAt = (c: Cursor, n: number) => {
		const other = paragraphNumber(c.text);
		return other?.number === n && /^\p{Lu}/u.test(other.rest);
	};
	if (cursors.slice(0, i).some((c) => paragraphNumber(c.text) !== undefined && numberAt(c) !== undefined)) return false;
	return cursors.slice(i + 1).some((c) => (c.blockStart || afterBreak(c.previous)) && sentenceAt(c, 2));
}

/**
 * Where a paragraph number may stand: at a block start, or at a line start after a finished sentence or a comma (a
 * resolution's preambular paragraphs end in commas, and its first operative paragraph, "1. Welcomes…", follows one).
 */
export function numberAt(cursor: Cursor) {
	const previous = cursor.previous ?? '';
	const lineStart = cursor.blockStart || cursor.opensNumbering === true || afterBreak(previous);
	if (!lineStart && !/,$/u.test(previous) && !closesTitleLine(previous)) return undefined;
	const mark = paragraphNumber(cursor.text);
	if (!mark) return undefined;
	// Inside a block, only a number before a capital (a new sentence) is trusted: "5. the" is a wrapped line. But
	// decisions a line each in lower case (`1. took note …;` / `2. invited …`) go on from the number before.
	if (!cursor.blockStart && mark.rest !== '' && !/^[\p{Lu}\p{N}"“‘'([]/u.test(mark.rest) && !nextItem(previous, mark))
		return undefined;
	return mark;
}

/**
 * A line of a title block that no sentence runs on from: one closed by a bracket (`(Kampala, 14 March 2042)`), a
 * figure (`Kampala, Uganda, 13–14 March 2042`) or set in capitals (`KAMPALA DECLARATION ON …`). Text copied from a
 * PDF viewer sets `1.` right under it, with no blank line: that number opens the first paragraph.
 */
function closesTitleLine(line: string): boolean {
	return /[)\]\d]$/u.test(line) || (!/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu) ?? []).length >= 3);
}

/** Blocks that are text of their own: not a heading, a sub-item or a bullet. */
export const isPlainBlock = (c: Cursor) =>
	c.blockStart && !bullet(c.text) && !isSubItem(c.text) && !isPlainHeading(c.text) && !isNumberedHeading(c.text);

/**
 * How the document marks its conclusions: its own numbers when two of them follow each other (the first may be any
 * value: extracts start mid-report) and numbered paragraphs make up most of what follows the first, else bullets
 * when most of what follows the first bullet is bullets, else blocks. A numbered list inside an unnumbered text
 * (an address listing its points, a Chair's summary closing with its priorities) leaves the text unnumbered.
 */
export function detectMode(cursors: readonly Cursor[]): Mode {
	if (isDecimal(cursors)) return { kind: 'decimal' };
	const candidates = cursors.flatMap((c, at) => {
		// `2. Democracy and political questions` over `Item 2.3` is a theme's heading, not the first paragraph.
		const mark = isItemHeading(cursors[at + 1]?.text ?? '') ? undefined : numberAt(c);
		return mark ? [{ number: mark.number, at }] : [];
	});
	const start = numberedStart(candidates, cursors);
	// A one-paragraph extract: a single numbered block, after nothing but a title, a date or a symbol, before nothing.
	const lonely = candidates.length === 1 ? candidates[0] : undefined;
	const lone =
		lonely !== undefined &&
		cursors[lonely.at]?.blockStart === true &&
		cursors.slice(0, lonely.at).every((c) => !c.blockStart || !ENDS_SENTENCE.test(c.text)) &&
		!cursors.slice(lonely.at + 1).some(isPlainBlock);
	const first = start ?? (lone ? candidates[0] : undefined);
	if (first !== undefined) {
		// Sub-paragraphs under a paragraph (`4.1` under ¶4: see sub-paragraphs.ts) are numbered ones too.
		const others = cursors
			.slice(first.at)
			.filter((c) => isPlainBlock(c) && numberAt(c) === undefined && !decimalNumber(c.text)).length;
		if (
			candidates.length * 2 >= others &&
			!numbersAreLeadInItems(cursors) &&
			!numbersCloseProse(cursors, first.at, candidates.length)
		)
			return { kind: 'numbered', first: first.number };
	}
	const bullets = cursors.filter((c) => (c.blockStart || afterBreak(c.previous)) && bullet(c.text));
	const marker = bullets[0] ? bullet(bullets[0].text)?.marker : undefined;
	if (marker !== undefined) {
		const firstAt = cursors.indexOf(bullets[0] as Cursor);
		const sameMarker = bullets.filter((c) => bullet(c.text)?.marker === marker).length;
		const otherBlocks = cursors.slice(firstAt).filter(isPlainBlock).length;
		if (sameMarker >= 2 && sameMarker > otherBlocks && !bulletsAreLeadInItems(cursors, marker))
			return { kind: 'bulleted', marker };
	}
	// Marks in brackets with no lead-in above the first are the text's own; letters under a lead-in may be too.
	const by = bracketKindOf(cursors, atLineStart);
	if (by !== undefined) return { kind: 'lettered', by };
	return isLettered(cursors) ? { kind: 'lettered', by: 'letter' } : { kind: 'plain' };
}

/** Below this share of the wrap width, a line that ends a sentence ends its paragraph (hard-wrapped text). */
export const SHORT_LINE = 0.75;
/** Proportional fonts wrap lines of unequal length: a next word "would have fitted" only with this margin. */
export const FITS = 0.9;

/**
 * How wide the text is wrapped: the length most lines of several-line blocks reach (their 90th percentile), or 0
 * when the text is not hard-wrapped (one line per paragraph), so that no line counts as short.
 */
export function wrapWidthOf(cursors: readonly Cursor[]): number {
	const wrapped = cursors
		.filter((c, i) => !c.blockStart || cursors[i + 1]?.blockStart === false)
		.map((c) => c.text.length)
		.sort((a, b) => a - b);
	if (wrapped.length < 5) return 0;
	return wrapped[Math.floor(wrapped.length * 0.9)] ?? 0;
}

/** Whether a line opens something of its own: a paragraph number, a bullet, a sub-item or a numbered heading. */
export function startsSomething(text: string): boolean {
	return (
		paragraphNumber(text) !== undefined ||
		decimalNumber(text) !== undefined ||
		bullet(text) !== undefined ||
		isSubItem(text) ||
		isNumberedHeading(text)
	);
}

/** Whether a line stands where a mark may open something: at a block start or after a finished sentence or heading. */
export const atLineStart = (c: Cursor) => c.blockStart || afterBreak(c.previous) || isSectionHeading(c.previous ?? '');

/** `2. Regional cooperation`: the heading of a numbered section, whose paragraphs are numbered `2.1`, `2.2`. */
export function isSectionHeading(text: string): boolean {
	const mark = paragraphNumber(text);
	return mark !== undefined && mark.rest !== '' && text.length <= 160 && !/[.;,:]$/u.test(text);
}

/**
 * Conclusions lettered only (`(a)`, `(b)`… after a lead-in ending with ":"), not items of a paragraph: they start at
 * `(a)` and go on in order, at most one finished block (the lead-in) stands before them, and few after.
 */
function isLettered(cursors: readonly Cursor[]): boolean {
	const letters = cursors.flatMap((c, at) => {
		const mark = atLineStart(c) ? letterMark(c.text) : undefined;
		return mark ? [{ letter: mark.letter, at }] : [];
	});
	const [first, second] = letters;
	if (first?.letter !== 'a' || second?.letter !== 'b') return false;
	const leadIn = cursors[first.at]?.previous;
	if (leadIn === undefined || !/:$/u.test(leadIn)) return false;
	const finishedBlocks = (from: readonly Cursor[]) =>
		from.filter((c, i) => c.blockStart && !isSubItem(c.text) && ENDS_SENTENCE.test(lastLine(from, i))).length;
	const before = finishedBlocks(cursors.slice(0, first.at));
	const after = finishedBlocks(cursors.slice(first.at));
	return before <= 1 && letters.length > 2 * after;
}

/** A line this long is wider than a printed page's: the text was not hard-wrapped but copied a paragraph a line. */
const UNWRAPPED_LINE = 100;

/**
 * A text copied from a web page has one line per paragraph and often no blank line between them: a block whose lines
 * wider than any printed line nearly all end a sentence is one block per line (the long lines of hard-wrapped text,
 * as `pdftotext -layout` gives it, mostly stop mid-sentence). Titles and navigation lines are short: they say nothing.
 */
export function splitLinePerParagraph(blocks: readonly Block[]): Block[] {
	return blocks.flatMap((block) => {
		const long = block.filter((l) => l.text.length > UNWRAPPED_LINE);
		const finished = long.filter((l) => ENDS_SENTENCE.test(l.text)).length;
		return long.length >= 2 && finished >= 0.8 * long.length ? block.map((l) => [l]) : [block];
	});
}
