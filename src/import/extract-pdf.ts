import { openPdf } from './open-pdf.ts';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { FOOTNOTE_MARK_ALONE, FOOTNOTE_RULE_LINE, FOOTNOTE_START_IN_WORDS } from '../corpus/footnotes.ts';
import { isLayoutNoise } from '../corpus/layout-noise.ts';
import { inReadingOrder } from './pdf-columns.ts';
import type { Gutter } from '../corpus/gutter.ts';

/** A run of text placed on a page, as pdf.js reports it. */
interface Run {
	text: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

interface Line {
	text: string;
	y: number;
	size: number;
}

/** Runs whose baselines differ by less than this share of the font size are on one line. */
const SAME_LINE = 0.4;
/**
 * Words of one line this many type sizes apart stand in different columns (a masthead's `Council of the` beside
 * `Brussels, 23 June 2025`; a cover note's `From:` and its value): they are set apart by spaces, as `pdftotext
 * -layout` sets its columns, so that a reader of the text does not take them for one phrase. Words, even in a
 * justified line, stand much closer.
 */
const COLUMN_GAP = 3;
/** What sets two columns apart in the text: runs of spaces, which the parser reads as one. */
const COLUMN_SEPARATOR = '    ';
/** A gap between lines this much wider than the usual one is a paragraph break. */
const PARAGRAPH_GAP = 1.4;
/** Type this much smaller than the page's body text is a footnote's, or a footnote mark's beside its line. */
const SMALL = 0.85;
/** A footnote mark raised above its line's baseline by at least this share of the line's font size. */
const RAISED = 0.15;

/**
 * A footnote mark in a line of text: small, raised, only a number or sign. A printed PDF's text layer gives it as
 * plain characters, which would glue it to its word ("Charter1").
 */
function isMark(run: Run, size: number, baseline: number): boolean {
	return run.size < SMALL * size && run.y - baseline > RAISED * size && FOOTNOTE_MARK_ALONE.test(run.text);
}

/** A superscript stands above its line's baseline by less than this share of the line's font size. */
const SUPERSCRIPT_HEIGHT = 0.75;

/**
 * Puts a page's runs into lines, top to bottom, a space where two runs stand apart. Footnote marks are left out of
 * a line's text, except the one that opens a footnote, which is set apart from the footnote's text. A mark set small
 * and raised belongs to the line it stands on, however high it is raised (a footnote's own mark is often raised more
 * than half its small type's height).
 */
function linesOf(runs: readonly Run[]): Line[] {
	const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: { runs: Run[]; y: number; size: number }[] = [];
	const raised: Run[] = [];
	for (const run of sorted) {
		const line = lines.at(-1);
		if (line && Math.abs(line.y - run.y) <= SAME_LINE * Math.max(line.size, run.size)) {
			line.runs.push(run);
			line.size = Math.max(line.size, run.size);
		} else if (FOOTNOTE_MARK_ALONE.test(run.text) || /^\s*$/u.test(run.text)) {
			// A mark, or the space after it, raised above a line: placed once every line is known.
			raised.push(run);
		} else lines.push({ runs: [run], y: run.y, size: run.size });
	}
	for (const mark of raised) {
		const below = lines.find(
			(line) =>
				Math.abs(line.y - mark.y) <= SAME_LINE * Math.max(line.size, mark.size) ||
				(line.y <= mark.y &&
					mark.y - line.y < SUPERSCRIPT_HEIGHT * line.size &&
					mark.size < SMALL * line.size &&
					mark.x + mark.width >= Math.min(...line.runs.map((run) => run.x)) - line.size),
		);
		if (below) below.runs.push(mark);
		// A number with no line under it (a page number, a table's row of figures) makes one, for the next to join.
		else if (!/^\s*$/u.test(mark.text)) lines.push({ runs: [mark], y: mark.y, size: mark.size });
	}
	lines.sort((a, b) => b.y - a.y);
	return lines.map(({ runs: lineRuns, size }) => {
		lineRuns.sort((a, b) => a.x - b.x);
		// The baseline is the line's main type's: a raised mark is sorted first but stands above it.
		const main = lineRuns.reduce((best, run) => (run.text.length > best.text.length ? run : best));
		let text = '';
		let end = -Infinity;
		let afterMark = false;
		let columnGap = false;
		for (const [i, run] of lineRuns.entries()) {
			const mark = isMark(run, size, main.y);
			// Left out where it stands: what follows it touches the word it marks ("displaced¹, and" is "displaced,").
			if (mark && i > 0) {
				end = Math.max(end, run.x + run.width);
				continue;
			}
			const apart = afterMark || run.x - end > 0.15 * run.size;
			// pdf.js fills the gap between two columns with a run of white space as wide as the gap.
			if (/^\s*$/u.test(run.text) && run.width > COLUMN_GAP * run.size) {
				columnGap = text !== '';
				continue;
			}
			// Between words only: a row of figures (`4 5 6`) stays a row, as the parser's tables read it.
			const column =
				!afterMark &&
				(columnGap || run.x - end > COLUMN_GAP * run.size) &&
				/\p{L}/u.test(text) &&
				/\p{L}/u.test(run.text);
			columnGap = false;
			if (text !== '' && column) text = `${text.trimEnd()}${COLUMN_SEPARATOR}`;
			else if (text !== '' && apart && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
			text += mark ? run.text.trim() : run.text;
			afterMark = mark;
			end = run.x + run.width;
		}
		return { text: text.replace(/^\s+|\s+$/gu, ''), y: main.y, size };
	});
}

/** The size of the page's body text: the one most of its characters are set in. */
function bodySize(runs: readonly Run[]): number {
	const chars = new Map<number, number>();
	for (const run of runs) {
		const size = Math.round(run.size * 2) / 2;
		chars.set(size, (chars.get(size) ?? 0) + run.text.length);
	}
	let best = 0;
	for (const [size, count] of chars) if (count > (chars.get(best) ?? 0)) best = size;
	return best;
}

/**
 * Where a page's footnotes start: the first line of smaller type that opens with a footnote's mark, with only
 * smaller type or page furniture after it to the page's end (the footnotes, then the footer). -1 when the page has
 * none.
 */
function footnotesStart(lines: readonly Line[], body: number): number {
	let start = -1;
	for (let i = lines.length - 1; i >= 0; i -= 1) {
		const line = lines[i] as Line;
		// The footer (a job number, its bar code in large type, a page number) stands below the footnotes.
		if (isLayoutNoise(line.text)) continue;
		if (line.size >= SMALL * body) break;
		if (FOOTNOTE_START_IN_WORDS.test(line.text)) start = i;
	}
	return start;
}

/** The usual distance between two lines of a page: the smallest that recurs (paragraph breaks are wider). */
function usualGap(lines: readonly Line[]): number {
	const counts = new Map<number, number>();
	for (let i = 1; i < lines.length; i += 1) {
		const gap = Math.round(((lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0)) * 2) / 2;
		if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
	}
	const gaps = [...counts.keys()].sort((a, b) => a - b);
	return gaps.find((gap) => (counts.get(gap) ?? 0) >= 2) ?? gaps[0] ?? 0;
}

/**
 * The text of a PDF with a text layer, read with Mozilla's pdf.js: one line per printed line, a blank line where
 * the space between lines says a paragraph ends, and a form feed between pages, as `pdftotext` writes it (the parser
 * knows a page's edge by it: a page's footnotes end at its foot, a running head stands after it). Page furniture stays (the parser drops it), so
 * the file keeps what the PDF says; so do a page's footnotes, under the rule the PDF draws (which its text layer
 * lacks), so that the parser leaves them out of the paragraph the page breaks. Footnote marks in the text are left
 * out (the text layer would glue them to their word). A page set in two columns is read column by column, the left
 * one first (see pdf-columns.ts). A scanned PDF without text gives an empty string.
 */
export async function extractPdf(data: Uint8Array): Promise<string> {
	return (await readPdf(data)).text;
}

/** A page that looks set in two columns but was read as it stands: its number (from 1), and why. */
export interface ColumnDoubt {
	page: number;
	why: string;
}

/**
 * The text of a PDF (see `extractPdf`), the pages (from 1) it read in two columns, for the import to say so, and the
 * pages that look set in two columns but whose columns it could not tell apart (read as they stand).
 */
export async function readPdf(
	data: Uint8Array,
): Promise<{ text: string; columnPages: number[]; columnDoubts: ColumnDoubt[] }> {
	const pdf = await openPdf(data);
	const pages: string[] = [];
	const columnPages: number[] = [];
	const columnDoubts: ColumnDoubt[] = [];
	/** The gutter of the page before, when it was set in two columns. */
	let gutter: Gutter | undefined;
	try {
		for (let number = 1; number <= pdf.numPages; number += 1) {
			const page = await pdf.getPage(number);
			const content = await page.getTextContent();
			const runs = content.items
				.filter((item): item is TextItem => 'str' in item && item.str !== '')
				.map((item) => ({
					text: item.str,
					x: item.transform[4] as number,
					y: item.transform[5] as number,
					width: item.width,
					size: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height || 10,
				}));
			// A page set in two columns is read column by column: each part of it is put into lines on its own.
			const read = inReadingOrder(runs, gutter);
			gutter = read.gutter;
			if (gutter !== undefined) columnPages.push(number);
			if (read.doubt !== undefined) columnDoubts.push({ page: number, why: read.doubt });
			const lines = read.groups.flatMap((part) => linesOf(part)).filter((line) => line.text !== '');
			const gap = usualGap(lines);
			const footnotes = footnotesStart(lines, bodySize(runs));
			const text = lines
				.map((line, i) => {
					const previous = lines[i - 1];
					const apart = previous !== undefined && gap > 0 && previous.y - line.y > PARAGRAPH_GAP * gap;
					return `${apart ? '\n' : ''}${i === footnotes ? `${FOOTNOTE_RULE_LINE}\n` : ''}${line.text}`;
				})
				.join('\n');
			pages.push(text);
			page.cleanup();
		}
	} finally {
		await pdf.destroy();
	}
	return { text: `${pages.join('\n\f')}\n`, columnPages, columnDoubts };
}
