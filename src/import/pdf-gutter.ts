import {
	crosses,
	FEW_CROSSING,
	FILLED,
	findGutter,
	median,
	MIN_ROWS_UNDER_GUTTER,
	SHARE_CROSSING,
	words,
	WORDS_PER_SIDE,
	type Gutter,
	type Span,
} from '../corpus/gutter.ts';

/**
 * Where a PDF's page is set in two columns: found from where its runs of text start and end, not from lines the two
 * columns share. Real columns seldom sit level (a heading, a paragraph's spacing or another type size moves one
 * column's lines off the other's), so each side of a gutter is counted on its own: the left column's rows, the right
 * column's rows, and the rows that cross between them.
 */

/** A row of the page: its runs as spans, and its baseline. */
export interface Row {
	spans: Span[];
	y: number;
}

/**
 * Why a page that shows two columns of prose side by side is not read in columns: text crosses the gap between them
 * on more rows than a title, headings and a footer would (`at` is the gap's middle), or it has several such gaps.
 */
export type GutterDoubt = { at: number; crossing: number } | { gaps: number } | { narrow: number };

/** One column holds at least this many rows: a masthead's two or three never do... */
const MIN_ROWS_A_SIDE = 8;
/** ... and the other this many (a one-page text that runs a few lines into its right column). */
const MIN_ROWS_SHORT_SIDE = 3;
/**
 * Rows that cross the gutter (a title, a heading across the page, a footer) are at most `SHARE_CROSSING` of the rows,
 * or `FEW_CROSSING` (the text's rules, see gutter.ts)... or they stand in so few blocks, top to bottom, and are fewer than either column's rows: a title and an opening
 * paragraph across the page, a heading across it, its footer. A page in one column breaks its lines that cross at
 * every short line (a paragraph's last), and has next to nothing on the right alone.
 */
const FEW_BLOCKS = 4;
/** The two columns stand side by side: their heights overlap by this share of the shorter's, at least. */
const SIDE_BY_SIDE = 0.5;

/** The rows, top to bottom, as seen from position `at`: crossing it, or with text on its left, its right, or both. */
function sides(rows: readonly Row[], at: number) {
	const crossing: Row[] = [];
	const left: { row: Row; spans: Span[] }[] = [];
	const right: { row: Row; spans: Span[] }[] = [];
	let blocks = 0;
	let inBlock = false;
	for (const row of rows) {
		if (crosses(row.spans, at)) {
			crossing.push(row);
			if (!inBlock) blocks += 1;
			inBlock = true;
			continue;
		}
		inBlock = false;
		const before = row.spans.filter((span) => span.end <= at);
		const after = row.spans.filter((span) => span.start >= at);
		if (before.length > 0) left.push({ row, spans: before });
		if (after.length > 0) right.push({ row, spans: after });
	}
	return { crossing, left, right, blocks };
}

/** Whether the text on one side of `at` is a column of prose: full lines of words filling most of its width. */
function isProse(side: readonly { spans: Span[] }[]): boolean {
	const start = Math.min(...side.map(({ spans }) => spans[0]?.start ?? 0));
	const end = Math.max(...side.map(({ spans }) => spans.at(-1)?.end ?? 0));
	return (
		median(side.map(({ spans }) => words(spans))) >= WORDS_PER_SIDE &&
		median(side.map(({ spans }) => (spans.at(-1)?.end ?? 0) - start)) >= FILLED * (end - start)
	);
}

/** Whether two sides' rows stand beside each other on the page rather than one above the other. */
function sideBySide(left: readonly { row: Row }[], right: readonly { row: Row }[]): boolean {
	const range = (side: readonly { row: Row }[]) => {
		const ys = side.map(({ row }) => row.y);
		return { top: Math.max(...ys), bottom: Math.min(...ys) };
	};
	const [a, b] = [range(left), range(right)];
	const overlap = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
	return overlap >= SIDE_BY_SIDE * Math.min(a.top - a.bottom, b.top - b.bottom);
}

/** What the page shows at one position: two columns apart there, perhaps with too much text crossing between them. */
function columnsAt(
	rows: readonly Row[],
	at: number,
	minSide: number,
	under: boolean,
): { crossing: number; clean: boolean } | undefined {
	const { crossing, left, right, blocks } = sides(rows, at);
	const [fewer, more] = [left.length, right.length].sort((a, b) => a - b) as [number, number];
	if (more < minSide || fewer < Math.min(minSide, MIN_ROWS_SHORT_SIDE)) return undefined;
	const few = crossing.length <= Math.max(SHARE_CROSSING * rows.length, FEW_CROSSING);
	// Under the gutter of the page before, a short page's few rows may be no more than its footer's.
	if (under) return few ? { crossing: crossing.length, clean: true } : undefined;
	if (crossing.length >= Math.min(left.length, right.length)) return undefined;
	return { crossing: crossing.length, clean: few || blocks <= FEW_BLOCKS };
}

/**
 * The rows each side of position `at` that stand beside the other side's: the columns proper, without a title
 * above them, a footer or page number below them, nor the foot of the longer column.
 */
function beside(rows: readonly Row[], at: number) {
	const { left, right } = sides(rows, at);
	const top = Math.min(...[left, right].map((side) => Math.max(...side.map(({ row }) => row.y))));
	const bottom = Math.max(...[left, right].map((side) => Math.min(...side.map(({ row }) => row.y))));
	const within = ({ row }: { row: Row }) => row.y >= bottom && row.y <= top;
	return { left: left.filter(within), right: right.filter(within), all: { left, right } };
}

/** The gutter beside position `at`: from the left column's widest line to the right column's leftmost start. */
function gutterAt(rows: readonly Row[], at: number): Gutter {
	const { left, right } = beside(rows, at);
	const from = Math.max(...left.map(({ spans }) => spans.at(-1)?.end ?? -Infinity));
	const to = Math.min(...right.map(({ spans }) => spans[0]?.start ?? Infinity));
	return { from, to, middle: (from + to) / 2 };
}

/**
 * A page's gutter, from its rows (top to bottom, each with text): the one vertical band, at least `minWidth` wide,
 * that no run crosses on all but a few rows, each side a column of prose standing beside the other. `doubt` says
 * when the page shows two columns that cannot be told apart safely: a band with prose on both sides but more text
 * crossing it than a title, headings and a footer, or two such bands; the page is then read as it stands.
 *
 * @param step - the positions tried, in points
 * @param before - the gutter of the page before, if it had one: a page under it may be short
 */
export function findPdfGutter(
	rows: readonly Row[],
	step: number,
	minWidth: number,
	before?: Gutter,
): { gutter?: Gutter; doubt?: GutterDoubt } {
	const minSide = before === undefined ? MIN_ROWS_A_SIDE : MIN_ROWS_UNDER_GUTTER;
	if (rows.length < minSide) return {};
	const lo = Math.min(...rows.flatMap((row) => row.spans.map((span) => span.start)));
	const hi = Math.max(...rows.flatMap((row) => row.spans.map((span) => span.end)));
	// Runs of positions where two columns stand apart; within each, the positions fewest rows cross, give or take a
	// few (a page number in the gutter, the longest lines of a ragged column), then the gutter its columns leave.
	const found: (Gutter & { crossing: number; clean: boolean })[] = [];
	let run: { at: number; crossing: number }[] = [];
	const close = () => {
		const fewest = Math.min(...run.map((seen) => seen.crossing));
		const core = run.filter((seen) => seen.crossing <= fewest + FEW_CROSSING);
		run = [];
		const [first, last] = [core[0], core.at(-1)];
		if (first === undefined || last === undefined) return;
		// Measured from where fewest rows cross: from the core's middle, a ragged column's longest lines would be left
		// out of their column and the gutter taken for wider than it is.
		// When that leaves less than a letter's width (a line running out of its column into the gap), the gutter is
		// measured from the core's middle, and the line running into it is named (see `inReadingOrder`).
		const clearest = core.filter((seen) => seen.crossing === fewest);
		const middle = ((clearest[0]?.at ?? first.at) + (clearest.at(-1)?.at ?? last.at)) / 2;
		const clear = gutterAt(rows, middle);
		const gutter = clear.to - clear.from >= minWidth ? clear : gutterAt(rows, (first.at + last.at) / 2);
		if (!(gutter.to - gutter.from > 0)) return;
		if (before !== undefined && (gutter.to < before.from || gutter.from > before.to)) return;
		const seen = columnsAt(rows, gutter.middle, minSide, before !== undefined);
		const { left, right, all } = beside(rows, gutter.middle);
		if (seen === undefined || !isProse(left) || !isProse(right) || !sideBySide(all.left, all.right)) return;
		// Two columns of prose closer than a letter's width: too close to be told apart by where lines end alone.
		if (gutter.to - gutter.from >= minWidth) found.push({ ...gutter, ...seen });
		else narrow.push(gutter.to - gutter.from);
	};
	const narrow: number[] = [];
	for (let at = lo + step; at < hi; at += step) {
		const seen = columnsAt(rows, at, minSide, before !== undefined);
		if (seen === undefined) close();
		else run.push({ at, crossing: seen.crossing });
	}
	close();
	const clean = found.filter((band) => band.clean);
	// The gutter is the band fewest rows cross (a hanging indent in a column is crossed by its paragraphs' first lines).
	const fewest = Math.min(...clean.map((band) => band.crossing));
	const best = clean.filter((band) => band.crossing === fewest);
	const [band] = best;
	if (best.length === 1 && band !== undefined) return { gutter: { from: band.from, to: band.to, middle: band.middle } };
	if (best.length > 1) return { doubt: { gaps: best.length } };
	const [crossed] = found;
	if (crossed !== undefined) return { doubt: { at: crossed.middle, crossing: crossed.crossing } };
	// Columns whose lines sit level, however narrow the gap: many rows with text on both sides of the same gap.
	const level = findGutter(
		rows.map((row) => row.spans),
		step,
		minWidth,
		before,
	);
	if (level !== undefined) return { gutter: gutterAt(rows, level.middle) };
	const [width] = narrow;
	return width === undefined ? {} : { doubt: { narrow: width } };
}
