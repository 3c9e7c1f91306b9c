import { findGutter, isAcross, type Gutter, type Span } from '../corpus/gutter.ts';

/** A run of text placed on a page: where it starts, how wide it is, its baseline and type size. */
interface Placed {
	text: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one row. */
const SAME_ROW = 0.4;
/** Positions tried for the gutter, in points. */
const STEP = 0.5;

const isBlank = (run: Placed) => /^\s*$/u.test(run.text);
const spansOf = (runs: readonly Placed[]): Span[] =>
	runs.filter((run) => !isBlank(run)).map((run) => ({ start: run.x, end: run.x + run.width, text: run.text }));

/** A page's runs in rows, top to bottom. */
function rowsOf<R extends Placed>(runs: readonly R[]): R[][] {
	const rows: { runs: R[]; y: number; size: number }[] = [];
	for (const run of [...runs].sort((a, b) => b.y - a.y)) {
		const row = rows.at(-1);
		if (row && Math.abs(row.y - run.y) <= SAME_ROW * Math.max(row.size, run.size)) {
			row.runs.push(run);
			row.size = Math.max(row.size, run.size);
		} else rows.push({ runs: [run], y: run.y, size: run.size });
	}
	return rows.map((row) => row.runs);
}

/**
 * A page's runs in the order its reader reads them, as groups each read into lines on its own. A page set in one
 * column is one group. On a page set in two (a gutter no text crosses on most rows, with prose on both sides), rows
 * across the gutter (a title, a heading, the footer, a page number) stay where they stand, and between them the left
 * column's runs come before the right column's. `gutter` is the page's, for the next page (`before`).
 */
export function inReadingOrder<R extends Placed>(
	runs: readonly R[],
	before?: Gutter,
): { groups: R[][]; gutter?: Gutter } {
	const rows = rowsOf(runs);
	const sizes = runs.map((run) => run.size).sort((a, b) => a - b);
	const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
	const gutter = findGutter(rows.map(spansOf), STEP, body, before);
	if (gutter === undefined) return { groups: [[...runs]] };
	const groups: R[][] = [];
	let across: R[] = [];
	let left: R[] = [];
	let right: R[] = [];
	const flush = (next: 'across' | 'columns') => {
		if (next === 'across' && (left.length > 0 || right.length > 0)) {
			groups.push(left, right);
			left = [];
			right = [];
		}
		if (next === 'columns' && across.length > 0) {
			groups.push(across);
			across = [];
		}
	};
	for (const row of rows) {
		if (isAcross(spansOf(row), gutter)) {
			flush('across');
			across.push(...row);
			continue;
		}
		flush('columns');
		for (const run of row) {
			// pdf.js fills the space between the columns with a run of white space: it belongs to neither.
			if (isBlank(run) && run.x < gutter.middle && run.x + run.width > gutter.middle) continue;
			(run.x + run.width / 2 < gutter.middle ? left : right).push(run);
		}
	}
	flush('across');
	flush('columns');
	return { groups: groups.filter((group) => group.length > 0), gutter };
}
