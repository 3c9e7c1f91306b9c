import { ENDS_SENTENCE, bullet, isNumberedHeading, isPlainHeading, isSubItem, paragraphNumber } from './markers.ts';
import type { Block, SourceLine } from './source-lines.ts';

/** How a document marks its conclusions: its own numbers (from `first`), a bullet, or blocks. */
export type Mode = { kind: 'numbered'; first: number } | { kind: 'bulleted'; marker: string } | { kind: 'plain' };

/** A line in reading order, with what surrounds it. */
export interface Cursor extends SourceLine {
	blockStart: boolean;
	previous: string | undefined;
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
	return cursors;
}

/**
 * Where a paragraph number may stand: at a block start, or at a line start after a finished sentence or a comma (a
 * resolution's preambular paragraphs end in commas, and its first operative paragraph, "1. Welcomes…", follows one).
 */
export function numberAt(cursor: Cursor) {
	if (!cursor.blockStart && !afterBreak(cursor.previous) && !/,$/u.test(cursor.previous ?? '')) return undefined;
	const mark = paragraphNumber(cursor.text);
	if (!mark) return undefined;
	// Inside a block, only a number before a capital (a new sentence) is trusted: "5. the" is a wrapped line.
	if (!cursor.blockStart && mark.rest !== '' && !/^[\p{Lu}\p{N}"“‘'([]/u.test(mark.rest)) return undefined;
	return mark;
}

/** Blocks that are text of their own: not a heading, a sub-item or a bullet. */
const isPlainBlock = (c: Cursor) =>
	c.blockStart && !bullet(c.text) && !isSubItem(c.text) && !isPlainHeading(c.text) && !isNumberedHeading(c.text);

/**
 * How the document marks its conclusions: its own numbers when two of them follow each other (the first may be any
 * value: extracts start mid-report) and numbered paragraphs make up most of what follows the first, else bullets
 * when most of what follows the first bullet is bullets, else blocks. A numbered list inside an unnumbered text
 * (an address listing its points) leaves the text unnumbered.
 */
export function detectMode(cursors: readonly Cursor[]): Mode {
	const candidates = cursors.flatMap((c, at) => {
		const mark = numberAt(c);
		return mark ? [{ number: mark.number, at }] : [];
	});
	const start = candidates.find((c, i) => candidates.slice(i + 1).some((d) => d.number === c.number + 1));
	// A one-paragraph extract: a single numbered block, after nothing but a title, a date or a symbol, before nothing.
	const lonely = candidates.length === 1 ? candidates[0] : undefined;
	const lone =
		lonely !== undefined &&
		cursors[lonely.at]?.blockStart === true &&
		cursors.slice(0, lonely.at).every((c) => !c.blockStart || !ENDS_SENTENCE.test(c.text)) &&
		!cursors.slice(lonely.at + 1).some(isPlainBlock);
	const first = start ?? (lone ? candidates[0] : undefined);
	if (first !== undefined) {
		const others = cursors.slice(first.at).filter((c) => isPlainBlock(c) && numberAt(c) === undefined).length;
		if (candidates.length * 2 >= others) return { kind: 'numbered', first: first.number };
	}
	const bullets = cursors.filter((c) => (c.blockStart || afterBreak(c.previous)) && bullet(c.text));
	const marker = bullets[0] ? bullet(bullets[0].text)?.marker : undefined;
	if (marker !== undefined) {
		const firstAt = cursors.indexOf(bullets[0] as Cursor);
		const sameMarker = bullets.filter((c) => bullet(c.text)?.marker === marker).length;
		const otherBlocks = cursors.slice(firstAt).filter(isPlainBlock).length;
		if (sameMarker >= 2 && sameMarker > otherBlocks) return { kind: 'bulleted', marker };
	}
	return { kind: 'plain' };
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
		paragraphNumber(text) !== undefined || bullet(text) !== undefined || isSubItem(text) || isNumberedHeading(text)
	);
}
