import type { Cursor } from './layout-mode.ts';

/**
 * The number a numbered text starts at: the first of two in sequence (the first may be any value: extracts start
 * mid-report), else an extract's first (below).
 */
export function numberedStart<T extends { number: number; at: number }>(
	candidates: readonly T[],
	cursors: readonly Cursor[],
): T | undefined {
	const paired = candidates.find((c, i) => candidates.slice(i + 1).some((d) => d.number === c.number + 1));
	return paired ?? extractStart(candidates, cursors);
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
