import { normalizeWhitespace } from './text.ts';

/**
 * Running heads and feet in words: a title or a date printed at the top or foot of every page
 * (`Chairman’s Statement of the 48th ASEAN Summit 10 May 2026`), which no list of symbols or job numbers can know.
 * What gives them away is where they stand and how often: the same line, its page number aside, at the top or foot
 * of most pages. A paragraph's line never repeats so, and a heading that opens one page does not open most of them.
 */

/** Lines looked at, at each end of a page: a head may sit above or below a line of its own (a page number, a date). */
const EDGE_LINES = 2;
/** A text of fewer pages says too little to tell a running head from a heading that happens to open two pages. */
const MIN_PAGES = 3;
/** A line made of figures and signs only is a page number: layout-noise.ts knows those. */
const HAS_WORDS = /\p{L}{2}/u;

/** The line as its pages print it: spacing aside, and with its figures as one sign, since the page number changes. */
function keyOf(line: string): string {
	return normalizeWhitespace(line).replace(/\d+/gu, '#');
}

/**
 * The lines (0-based, as `rawLines`) that are a running head or foot: a line with words, standing among the first or
 * last two lines of at least half the pages (and of three or more) of a text whose pages are told apart by form
 * feeds (`pageOf`, as `pdftotext` and the PDF import write them), with the same words on each.
 */
export function runningHeadLines(rawLines: readonly string[], pageOf: readonly number[]): Set<number> {
	const pages = new Map<number, number[]>();
	for (const [i, raw] of rawLines.entries()) {
		if (!raw.trim()) continue;
		const page = pageOf[i] ?? 0;
		pages.set(page, [...(pages.get(page) ?? []), i]);
	}
	const found = new Set<number>();
	if (pages.size < MIN_PAGES) return found;
	const edgesByKey = new Map<string, { pages: Set<number>; lines: number[] }>();
	for (const [page, lines] of pages) {
		const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
		for (const i of edges) {
			const text = rawLines[i] ?? '';
			if (!HAS_WORDS.test(text)) continue;
			const key = keyOf(text);
			const entry = edgesByKey.get(key) ?? { pages: new Set(), lines: [] };
			entry.pages.add(page);
			entry.lines.push(i);
			edgesByKey.set(key, entry);
		}
	}
	const enough = Math.max(MIN_PAGES, Math.ceil(pages.size / 2));
	for (const { pages: on, lines } of edgesByKey.values()) if (on.size >= enough) for (const i of lines) found.add(i);
	return found;
}
