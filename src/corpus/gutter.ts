/**
 * Where a page is set in two columns of text: the vertical gutter between them. Shared by the reading of a PDF's
 * text layer (positions in points) and of `pdftotext -layout` text (positions in characters).
 */

/** A piece of text on a row of the page, from `start` to `end` (exclusive): a word, or words set close together. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

/** The gutter: no text of the columns stands between `from` and `to`; `middle` is where rows are cut. */
export interface Gutter {
	from: number;
	to: number;
	middle: number;
}

/** At least this many rows must have text on both sides of the gutter: a masthead's two or three never do. */
const MIN_ROWS_BOTH_SIDES = 8;
/** ... and at least this share of the page's rows (a footer, a table beside a paragraph are fewer). */
const SHARE_BOTH_SIDES = 1 / 3;
/** Under a page in two columns, a page with its gutter at the same place needs only this many (a short last page). */
export const MIN_ROWS_UNDER_GUTTER = 2;
/**
 * Rows that cross the gutter (a title, a heading, a footer across the page) are at most this share of the rows, or
 * this many (a short page's footer line, page number and running head). The PDF's reading of columns holds its pages
 * to the same rules (see `src/import/pdf-gutter.ts`).
 */
export const SHARE_CROSSING = 0.2;
export const FEW_CROSSING = 3;
/** A column of text has full lines of prose: a row's half on each side holds this many words, on the median row. */
export const WORDS_PER_SIDE = 4;
/** ... and fills this share of its column's width (a table's cells are short and ragged). */
export const FILLED = 0.6;

/** The middle value (the upper one of an even count). */
export const median = (values: readonly number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** How many words with a letter the spans hold. */
export const words = (spans: readonly Span[]): number =>
	spans.reduce((count, span) => count + span.text.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length, 0);

/** A row crosses position `at` when one of its spans stands over it. */
export const crosses = (row: readonly Span[], at: number): boolean =>
	row.some((span) => span.start < at && span.end > at);

/**
 * Whether a row stands across the gutter rather than in a column: it crosses the gutter's middle (a title, a footer
 * line), or has text inside the gutter (a page number centred under the columns).
 */
export const isAcross = (row: readonly Span[], gutter: Gutter): boolean =>
	crosses(row, gutter.middle) || row.some((span) => span.start >= gutter.from && span.end <= gutter.to + 1);

/**
 * The gutter of a page given as rows of spans (top to bottom; blank rows empty): a band of positions no span
 * crosses on most rows, with text on both sides of it on many rows, each side full lines of prose. One band only:
 * a page with no such band, or with several (three columns, a table), is read as it stands.
 *
 * @param step - the positions tried: every character, or every half point
 * @param minWidth - the narrowest gutter (two characters; about a letter's width in points)
 * @param before - the gutter of the page before, if it had one: a page under it may be short
 */
export function findGutter(
	rows: readonly (readonly Span[])[],
	step: number,
	minWidth: number,
	before?: Gutter,
): Gutter | undefined {
	const filled = rows.filter((row) => row.length > 0);
	// Under the gutter of the page before, a short page (a communiqué's last) needs fewer rows in its columns.
	const minBoth = before === undefined ? MIN_ROWS_BOTH_SIDES : MIN_ROWS_UNDER_GUTTER;
	const shareBoth = before === undefined ? SHARE_BOTH_SIDES : 0;
	if (filled.length < minBoth) return undefined;
	const lo = Math.min(...filled.flatMap((row) => row.map((span) => span.start)));
	const hi = Math.max(...filled.flatMap((row) => row.map((span) => span.end)));
	const free = (at: number): boolean => {
		let crossing = 0;
		let both = 0;
		for (const row of filled) {
			if (crosses(row, at)) crossing += 1;
			else if (row.some((span) => span.end <= at) && row.some((span) => span.start >= at)) both += 1;
		}
		return (
			crossing <= Math.max(SHARE_CROSSING * filled.length, FEW_CROSSING) &&
			both >= minBoth &&
			both >= shareBoth * filled.length
		);
	};
	const bands: { from: number; to: number }[] = [];
	for (let at = lo + step; at < hi; at += step) {
		if (!free(at)) continue;
		const last = bands.at(-1);
		if (last && Math.abs(last.to - (at - step)) < step / 2) last.to = at;
		else bands.push({ from: at, to: at });
	}
	// A band's width counts the positions it holds: two free characters are a gutter of two.
	const wide = bands.filter(
		(band) =>
			band.to - band.from + step >= minWidth &&
			// Where the page before had its gutter, give or take the gutter's width.
			(before === undefined ||
				(band.from <= before.to + (before.to - before.from) && band.to >= before.from - (before.to - before.from))),
	);
	if (wide.length !== 1) return undefined;
	const band = wide[0] as { from: number; to: number };
	const middle = band.from + Math.floor((band.to - band.from) / (2 * step)) * step;
	return isProse(filled, middle) ? { ...band, middle } : undefined;
}

/** Whether the rows with text on both sides of `at` hold two columns of prose, not a table's cells. */
function isProse(rows: readonly (readonly Span[])[], at: number): boolean {
	const both = rows
		.filter((row) => !crosses(row, at))
		.map((row) => ({ left: row.filter((s) => s.end <= at), right: row.filter((s) => s.start >= at) }))
		.filter(({ left, right }) => left.length > 0 && right.length > 0);
	const leftStart = Math.min(...both.map(({ left }) => left[0]?.start ?? at));
	const rightEnd = Math.max(...both.map(({ right }) => right.at(-1)?.end ?? at));
	const rightStart = Math.min(...both.map(({ right }) => right[0]?.start ?? at));
	const leftEnd = Math.max(...both.map(({ left }) => left.at(-1)?.end ?? at));
	return (
		median(both.map(({ left }) => words(left))) >= WORDS_PER_SIDE &&
		median(both.map(({ right }) => words(right))) >= WORDS_PER_SIDE &&
		median(both.map(({ left }) => (left.at(-1)?.end ?? 0) - leftStart)) >= FILLED * (leftEnd - leftStart) &&
		median(both.map(({ right }) => (right.at(-1)?.end ?? 0) - rightStart)) >= FILLED * (rightEnd - rightStart)
	);
}
