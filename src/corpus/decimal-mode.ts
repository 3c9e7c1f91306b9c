import { atLineStart, isPlainBlock, isSectionHeading, numberAt, type Cursor } from './layout-mode.ts';
import { decimalNumber, isAnnexHeading } from './markers.ts';
import { underNumberedParagraph } from './sub-paragraphs.ts';

/** How a text numbered within numbered sections (`1.1`, `1.2`, `2.1`) is told: the layout `decimal` (see `detectMode`). */

/** Whether an annex's heading stands before line `at`, with two paragraph numbers in sequence before it. */
function numberedBodyBeforeAnnex(cursors: readonly Cursor[], at: number): boolean {
	const annex = cursors.slice(0, at).findLastIndex((c) => c.blockStart !== false && isAnnexHeading(c.text));
	if (annex < 0) return false;
	const numbers = cursors.slice(0, annex).flatMap((c) => numberAt(c)?.number ?? []);
	return numbers.some((n, i) => numbers[i + 1] === n + 1);
}

/**
 * Paragraphs numbered within numbered sections (`1.1`, `1.2`, `2.1`): two such numbers in sequence, and numbered
 * paragraphs make up most of what follows the first (the sections' own headings aside).
 */
export function isDecimal(cursors: readonly Cursor[]): boolean {
	const marks = cursors.flatMap((c, at) => {
		const mark = atLineStart(c) ? decimalNumber(c.text) : undefined;
		return mark ? [{ ...mark, at }] : [];
	});
	const inSequence = marks.some((m, i) => {
		const next = marks[i + 1];
		return (
			next !== undefined &&
			((next.section === m.section && next.item === m.item + 1) || (next.section === m.section + 1 && next.item === 1))
		);
	});
	if (!inSequence || marks[0] === undefined || underNumberedParagraph(cursors, marks[0].at, marks[0])) return false;
	// Numbered in its annex only (an IMO resolution's guidelines, `1.1`, `1.2`), after a body numbered `1`, `2`: the
	// body's numbers number the text, and the annex's are read under them.
	if (numberedBodyBeforeAnnex(cursors, marks[0].at)) return false;
	const others = cursors
		.slice(marks[0].at)
		.filter((c) => isPlainBlock(c) && !decimalNumber(c.text) && !isSectionHeading(c.text)).length;
	return marks.length >= others;
}
