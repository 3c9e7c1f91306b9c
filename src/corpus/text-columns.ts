import { languageOf } from './column-languages.ts';
import { crosses, findGutter, isAcross, type Gutter, type Span } from './gutter.ts';

/** A gutter in `pdftotext -layout` text is at least this many spaces wide at the same place on the page's lines. */
const MIN_GUTTER = 2;

/** The spans of a line: words and the single spaces between them; two spaces or more set spans apart. */
function spansOf(line: string): Span[] {
	return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const leadingSpaces = (line: string) => line.length - line.trimStart().length;

/**
 * One page of `-layout` text read column by column when it is set in two: lines across the gutter (a title, a
 * footer, the page number) stay where they stand; between them, the left column's lines, then the right column's
 * (moved to the left edge). A paragraph that runs on from the foot of the left column to the head of the right one
 * reads on, with no blank line between.
 */
function pageInReadingOrder(
	page: string,
	before: Gutter | undefined,
	leftOnly = false,
): { text: string; gutter?: Gutter; sides?: [string, string] } {
	const lines = page.split('\n');
	// A text in two languages keeps its gutter on a page too short to show one (its last lines, side by side).
	const gutter = findGutter(lines.map(spansOf), 1, MIN_GUTTER, before) ?? (leftOnly ? before : undefined);
	if (gutter === undefined) return { text: page };
	const cut = gutter.middle;
	const out: string[] = [];
	let left: string[] = [];
	let right: string[] = [];
	const sides: [string[], string[]] = [[], []];
	const flush = () => {
		sides[0].push(...left);
		sides[1].push(...right);
		if (leftOnly) right = right.map(() => '');
		// Blank rows above and below both columns stay around them; a shorter column's blank rows go.
		const trailing: string[] = [];
		while (left.length > 0 && left.at(-1) === '' && right.at(-1) === '') {
			left.pop();
			right.pop();
			trailing.push('');
		}
		while (left.length > 0 && left[0] === '' && right[0] === '') {
			left.shift();
			right.shift();
			out.push('');
		}
		while (left.at(-1) === '') left.pop();
		while (right[0] === '') right.shift();
		const indent = Math.min(...right.filter((line) => line !== '').map(leadingSpaces));
		out.push(...left, ...right.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)), ...trailing);
		left = [];
		right = [];
	};
	// Above the first row with both columns on the first such page, a line set at the right alone is the document's
	// head (a symbol set flush right over a text in two languages side by side): read first, as a line across is.
	let head = before === undefined;
	for (const line of lines) {
		const [atLeft, atRight] = [line.slice(0, cut).trimEnd(), line.slice(cut).trimEnd()];
		head &&= atLeft.trim() === '' || atRight.trim() === '';
		// Side by side in two languages, only a line over the gutter's middle is across: the right one's paragraph
		// number may stand in the band its indented lines leave (`8.  Le Comité…` where the rest start further right).
		const spans = spansOf(line);
		const across = leftOnly ? crosses(spans, gutter.middle) : isAcross(spans, gutter);
		if ((line.trim() !== '' && across) || (head && atLeft.trim() === '' && atRight !== '')) {
			flush();
			out.push(line);
			continue;
		}
		left.push(atLeft);
		right.push(atRight);
	}
	flush();
	return { text: out.join('\n'), gutter, sides: [sides[0].join('\n'), sides[1].join('\n')] };
}

/**
 * A text as `pdftotext -layout` gives a document set in two columns, read as its reader reads it: each page that has
 * a gutter (a band of spaces at the same place on most of its lines, with prose on both sides) column by column, left
 * first. Pages are split by form feeds. Any other text (one column, a table's aligned cells) is returned unchanged.
 * `pages` lists the pages (from 1) read in columns.
 */
export function readTextColumns(source: string): {
	text: string;
	pages: number[];
	sideBySide?: [kept: string, leftOut: string];
} {
	if (!/\S {2,}\S/u.test(source)) return { text: source, pages: [] };
	const read = (leftOnly: boolean) => {
		const pages: number[] = [];
		const languages: (string | undefined)[][] = [];
		let before: Gutter | undefined;
		const text = source
			.split('\f')
			.map((page, i) => {
				const inOrder = pageInReadingOrder(page, before, leftOnly);
				if (inOrder.gutter !== undefined) pages.push(i + 1);
				if (inOrder.sides) languages.push(inOrder.sides.map(languageOf));
				before = inOrder.gutter;
				return inOrder.text;
			})
			.join('\f');
		return { text, pages, languages };
	};
	const both = read(false);
	// One text in two languages side by side (English at left, French at right, on every such page): the left one
	// is the text; the other is left out, and said so, not read after it as the same text's next column.
	const [left, right] = both.languages[0] ?? [];
	const bilingual =
		left !== undefined &&
		right !== undefined &&
		left !== right &&
		both.languages.every(([l, r]) => (l === left || l === undefined) && (r === right || r === undefined));
	if (!bilingual) return { text: both.text, pages: both.pages };
	return { text: read(true).text, pages: both.pages, sideBySide: [left, right] };
}
