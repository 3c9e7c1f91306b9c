import type { Gutter, Span } from '../corpus/gutter.ts';
import { findPdfGutter, type GutterDoubt } from './pdf-gutter.ts';

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
	runs
		.filter((run) => !isBlank(run))
		.map((run) => ({ start: run.x, end: run.x + run.width, text: run.text }))
		.sort((a, b) => a.start - b.start);
const crossesMiddle = (runs: readonly Placed[], gutter: Gutter) =>
	spansOf(runs).some((span) => span.start < gutter.middle && span.end > gutter.middle);
/**
 * Whether a row stands across the gutter rather than in a column: it reaches into the gutter's inner half (a title,
 * a heading over both columns, a footer line wider than a column, a page number centred under the columns).
 */
const isAcross = (row: readonly Placed[], gutter: Gutter) => {
	const inset = (gutter.to - gutter.from) / 4;
	return spansOf(row).some((span) => span.end > gutter.from + inset && span.start < gutter.to - inset);
};

/** A page's runs in rows, top to bottom, each with its baseline (its first run's) and its largest type size. */
function rowsOf<R extends Placed>(runs: readonly R[]): { runs: R[]; y: number; size: number }[] {
	const rows: { runs: R[]; y: number; size: number }[] = [];
	for (const run of [...runs].sort((a, b) => b.y - a.y)) {
		const row = rows.at(-1);
		if (row && Math.abs(row.y - run.y) <= SAME_ROW * Math.max(row.size, run.size)) {
			row.runs.push(run);
			row.size = Math.max(row.size, run.size);
		} else rows.push({ runs: [run], y: run.y, size: run.size });
	}
	return rows;
}

/** A row across the gutter between the columns stands clear of their lines by this share of its type size, at least. */
const CLEAR = 0.75;
/** Runs of one line set further apart than this share of its type size are two lines side by side. */
const APART = 0.5;

const rowText = (row: readonly { text: string }[]) =>
	row
		.map((run) => run.text.trim())
		.filter((text) => text !== '')
		.join(' ');

/** The first words of a row, to name it in a message. */
const quoted = (row: readonly { text: string }[]) => {
	const text = rowText(row);
	return `"${text.length > 50 ? `${text.slice(0, 50).replace(/\s+\S*$/u, '')}…` : text}"`;
};

/**
 * Why a row across the gutter, between the columns' first and last rows, may be a line of one column rather than a
 * break across both (a title, a heading over both columns): a column's line stands less than a line away from it,
 * above or below (a real break has space around it, in both columns), or it starts in one column and stops in the
 * gutter (a heading across the page reaches the other column, or is centred). Undefined when it is a break.
 */
function breakDoubt(
	row: { runs: Placed[]; y: number; size: number },
	columnRows: readonly { y: number }[],
	gutter: Gutter,
	body: number,
) {
	// The row's runs joined where they follow each other (a heading's runs do), apart where they stand apart.
	const parts: Span[][] = [];
	for (const span of spansOf(row.runs)) {
		const part = parts.at(-1);
		const end = part?.at(-1)?.end;
		if (part !== undefined && end !== undefined && span.start - end <= APART * row.size) part.push(span);
		else parts.push([span]);
	}
	const crossing = parts.find(
		(part) => (part[0]?.start ?? 0) < gutter.middle && (part.at(-1)?.end ?? 0) > gutter.middle,
	);
	if (crossing === undefined) return undefined;
	const start = crossing[0]?.start ?? 0;
	const end = crossing.at(-1)?.end ?? 0;
	// A column's line on the same row, or a row less than a line away.
	const near =
		parts.length > 1 || columnRows.some((other) => Math.abs(other.y - row.y) < CLEAR * Math.max(row.size, body));
	const centred = Math.abs((start + end) / 2 - gutter.middle) <= 2 * body;
	const stops = !centred && (end <= gutter.to + body || start >= gutter.from - body);
	if (!near && !stops) return undefined;
	const where = near ? 'beside their lines' : 'and stops in the gap between them';
	return `the line ${quoted(crossing)} crosses between its columns ${where}`;
}

/**
 * Why a row between the columns that reaches into the gutter's inner half without crossing its middle may be a line
 * of one column rather than a title, a heading or a page number centred in the gutter: it stands to one side of the
 * middle, beside the other column's lines, leaving the columns closer than the gutter shows. Undefined when it is
 * centred, or has space around it.
 */
function intrudes(
	row: { runs: Placed[]; y: number; size: number },
	columnRows: readonly { y: number }[],
	gutter: Gutter,
	body: number,
) {
	const spans = spansOf(row.runs);
	const inner = spans.find((span) => span.end > gutter.from && span.start < gutter.to);
	if (inner === undefined || Math.abs((inner.start + inner.end) / 2 - gutter.middle) <= row.size) return undefined;
	// A title or heading has space around it; a column's line has the other column's lines less than a line away.
	const near = columnRows.some((other) => Math.abs(other.y - row.y) < CLEAR * Math.max(row.size, body));
	if (!near && spans.length === 1) return undefined;
	const apart = inner.end < gutter.middle ? gutter.to - inner.end : inner.start - gutter.from;
	return `the line ${quoted(row.runs)} runs into the gap between its columns, leaving them only ${apart.toFixed(1)} pt apart`;
}

/** Why a page that shows two columns was not read in columns, in words for the import's message. */
function inWords(doubt: GutterDoubt, rows: readonly { spans: Span[] }[]): string {
	if ('gaps' in doubt)
		return `it has ${doubt.gaps} gaps between columns of text, and the import reads two columns only`;
	if ('narrow' in doubt)
		return (
			`its two columns stand only ${doubt.narrow.toFixed(1)} pt apart, closer than a letter is wide: too close ` +
			"for the import to be sure where a line of one column ends and the other column's begins"
		);
	const first = rows.find((row) => row.spans.some((span) => span.start < doubt.at && span.end > doubt.at));
	const line = first === undefined ? '' : `, the line ${quoted(first.spans)} first`;
	return `${doubt.crossing} lines cross the gap between them, more than a title, headings and a footer do${line}`;
}

/**
 * A page's runs in the order its reader reads them, as groups each read into lines on its own. A page set in one
 * column is one group. On a page set in two (an empty band between two columns of prose standing side by side; their
 * lines need not be level), rows across the gutter (a title, a heading, the footer, a page number) stay where they
 * stand, and between them the left column's runs come before the right column's. `gutter` is the page's, for the
 * next page (`before`). `doubt` says why a page that looks set in two columns was read as it stands (in one group):
 * the import cannot tell its columns apart, and would mix their lines.
 */
export function inReadingOrder<R extends Placed>(
	runs: readonly R[],
	before?: Gutter,
): { groups: R[][]; gutter?: Gutter; doubt?: string } {
	const rows = rowsOf(runs);
	const sizes = runs.map((run) => run.size).sort((a, b) => a - b);
	const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
	const spanRows = rows.map((row) => ({ spans: spansOf(row.runs), y: row.y })).filter((row) => row.spans.length > 0);
	const found = findPdfGutter(spanRows, STEP, body, before);
	const asItStands = { groups: [[...runs]] };
	if (found.doubt !== undefined) return { ...asItStands, doubt: inWords(found.doubt, spanRows) };
	const gutter = found.gutter;
	if (gutter === undefined) return asItStands;
	const isAcrossRow = (row: { runs: R[] }) => isAcross(row.runs, gutter);
	const columnRows = rows.filter((row) => spansOf(row.runs).length > 0 && !isAcrossRow(row));
	const top = Math.max(...columnRows.map((row) => row.y));
	const bottom = Math.min(...columnRows.map((row) => row.y));
	for (const row of rows) {
		if (row.y >= top || row.y <= bottom || !isAcrossRow(row)) continue;
		const doubt = crossesMiddle(row.runs, gutter)
			? breakDoubt(row, columnRows, gutter, body)
			: intrudes(row, columnRows, gutter, body);
		if (doubt !== undefined) return { ...asItStands, doubt };
	}
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
	for (const { runs: row } of rows) {
		if (isAcross(row, gutter)) {
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
