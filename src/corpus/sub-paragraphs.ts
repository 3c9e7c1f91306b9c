import { afterBreak, type Cursor } from './layout-mode.ts';
import { decimalNumber, paragraphNumber, type DecimalMark } from './markers.ts';
import type { HeldDraft as Draft } from './quoted-resolution.ts';

/**
 * Paragraphs a numbered text numbers under one of its own: a Universal Periodic Review report's ¶4 ("The following
 * recommendations will be examined by …:"), then its recommendations `4.1`, `4.2` … `4.200`, then ¶5. Each is quoted
 * and cited as printed (`¶4.1`), never as words of ¶4 or of the one before it; the paragraph after them (`5.`) is
 * its own again. The corpus holds them after the text's own numbers (so that ids stay unique and `/quote 5` stays
 * ¶5), in document order, as it holds a preamble.
 */

/** The printed mark of a draft: `4` for ¶4, `4.2` for a sub-paragraph. */
const printedOf = (draft: Draft) => draft.ownMark ?? String(draft.inAnnex?.number ?? draft.number);

/**
 * The sub-paragraph line `cursor` opens, under the paragraph `current` still open: `N.1` under ¶N, or the next
 * `N.M` after `N.(M-1)`, at a block start or after a finished sentence. Otherwise undefined (`4.3` under ¶7 is text).
 */
export function subParagraphAt(
	cursor: Cursor,
	current: Draft | undefined,
): (DecimalMark & { missing?: string }) | undefined {
	if (current === undefined || !(cursor.blockStart || afterBreak(cursor.previous))) return undefined;
	const mark = decimalNumber(cursor.text);
	// Its words begin as a paragraph's do: `4.1 million people …` after ¶4's last sentence is a figure.
	if (mark === undefined || !/^[\p{Lu}"“‘(]/u.test(mark.rest)) return undefined;
	const [main = '', item] = printedOf(current).split('.');
	if (main !== String(mark.section)) return undefined;
	if (item === undefined) return mark.item === 1 ? mark : undefined;
	// After the first, a number further on (an extract, a recommendation left out) is one too, and said.
	const next = Number(item) + 1;
	if (mark.item === next) return mark;
	if (mark.item < next || mark.item > next + MAX_GAP) return undefined;
	const last = mark.item - 1;
	return { ...mark, missing: last === next ? `${main}.${next}` : `${main}.${next}–${main}.${last}` };
}

/** A jump in sub-paragraph numbers larger than this is not read as missing ones but as text. */
const MAX_GAP = 50;

/**
 * Holds the sub-paragraphs (numbered 0 while read) under the numbers after the text's own, in document order; the
 * largest number held, after which a preamble is held.
 */
export function holdSubParagraphs(paragraphs: Draft[]): number {
	let next = Math.max(0, ...paragraphs.map((p) => p.number));
	for (const p of paragraphs) if (p.ownMark !== undefined && p.number === 0) p.number = ++next;
	return next;
}

/**
 * Whether the decimal marks of a text number paragraphs under numbered paragraphs that say something, not the
 * paragraphs of numbered sections: the first `N.1` follows a finished sentence (`4. The following recommendations
 * …:`), not a section's heading (`1. Monitoring at sea`), and the nearest number above it is that `N.`.
 */
export function underNumberedParagraph(cursors: readonly Cursor[], firstAt: number, mark: DecimalMark): boolean {
	if (mark.item !== 1 || !/[.:;]$/u.test(cursors[firstAt - 1]?.text ?? '')) return false;
	for (let i = firstAt - 1; i >= 0; i -= 1) {
		const cursor = cursors[i] as Cursor;
		const own = cursor.blockStart || afterBreak(cursor.previous) ? paragraphNumber(cursor.text) : undefined;
		if (own !== undefined) return own.number === mark.section && own.rest !== '';
	}
	return false;
}
