import type { Cursor } from './layout-mode.ts';

/**
 * The number a numbered text starts at: the first of two in sequence (the first may be any value: extracts start
 * mid-report), or a number a little before it that also opens a block (`1.` before `3.`, `4.`), else an extract's
 * first (below).
 */
export function numberedStart<T extends { number: number; at: number }>(
	candidates: readonly T[],
	cursors: readonly Cursor[],
): T | undefined {
	const at = candidates.findIndex((c, i) => candidates.slice(i + 1).some((d) => d.number === c.number + 1));
	if (at < 0) return extractStart(candidates, cursors);
	// The first number opens the first paragraph even when the next printed one skips a few ("1.", then "3.", "4."):
	// a paragraph the document leaves out, said as missing, not a first paragraph left out of the quotes.
	let first = at;
	while (first > 0 && precedes(candidates[first - 1], candidates[first], cursors)) first -= 1;
	return candidates[first];
}

/** How many numbers a document may skip between two paragraphs that each open a block, and still be read as one. */
const MAX_SKIPPED = 2;

/** Whether `before` is the paragraph before `next`, with at most `MAX_SKIPPED` numbers left out between them. */
function precedes(
	before: { number: number; at: number } | undefined,
	next: { number: number; at: number } | undefined,
	cursors: readonly Cursor[],
): boolean {
	if (!before || !next || cursors[before.at]?.blockStart !== true || cursors[next.at]?.blockStart !== true)
		return false;
	return before.number < next.number && next.number - before.number <= MAX_SKIPPED + 1;
}

/**
 * Where an extract that prints only some of a document's paragraphs (`4.`, `9.`, `12.`, `15.`) starts: it may have
 * no two numbers in sequence, which is how a numbered text is told otherwise (see `detectMode`). Numbers that each
 * open a block, three or more, and only go up are its own too, from the first; undefined when they are not so.
 */
function extractStart<T extends { number: number; at: number }>(
	candidates: readonly T[],
	cursors: readonly Cursor[],
): T | undefined {
	if (candidates.length < 3) return undefined;
	const rising = candidates.every(
		(c, i) => cursors[c.at]?.blockStart === true && (i === 0 || c.number > (candidates[i - 1]?.number ?? 0)),
	);
	return rising ? candidates[0] : undefined;
}
