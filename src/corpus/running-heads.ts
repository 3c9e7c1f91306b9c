import { isLayoutNoise } from './layout-noise.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * Running heads and feet in words: a title or a date printed at the top or foot of every page
 * (`Chairman’s Statement of the 48th ASEAN Summit 10 May 2026`), which no list of symbols or job numbers can know.
 * What gives them away is where they stand and how often: the same line, its page number aside, at the top or foot
 * of most pages. A paragraph's line never repeats so, and a heading that opens one page does not open most of them.
 * A text of two pages says too little for that count, except at the foot: a line that ends every page, with only
 * the page's number or job number under it and nowhere else in the text (`Commonwealth Secretariat, Marlborough
 * House, Pall Mall, London SW1Y 5HX`), is the page's footer, since a heading never ends the last page.
 */

/** Lines looked at, at each end of a page: a head may sit above or below a line of its own (a page number, a date). */
const EDGE_LINES = 2;
/** A text of fewer pages says too little to tell a running head from a heading that happens to open two pages. */
const MIN_PAGES = 3;
/** A page's number on a line of its own: `3`, `- 3 -`. */
const PAGE_NUMBER_ALONE = /^\s*[-–—~]?\s*\d{1,4}\s*[-–—~]?\s*$/u;
/** A line made of figures and signs only is a page number: layout-noise.ts knows those. */
const HAS_WORDS = /\p{L}{2}/u;

/** The line as its pages print it: spacing aside, and with its figures as one sign, since the page number changes. */
function keyOf(line: string): string {
	return normalizeWhitespace(line).replace(/\d+/gu, '#');
}

/**
 * The lines that end every page of a text, each the last with words on its page and only furniture (a page number, a
 * job number) under it, when they have the same words and those words stand nowhere else in the text.
 */
function footOfEveryPage(rawLines: readonly string[], pages: ReadonlyMap<number, number[]>): number[] {
	const feet: number[] = [];
	for (const lines of pages.values()) {
		const last = lines.findLast((i) => !isLayoutNoise(rawLines[i] ?? ''));
		if (last === undefined || !HAS_WORDS.test(rawLines[last] ?? '')) return [];
		feet.push(last);
	}
	const keys = new Set(feet.map((i) => keyOf(rawLines[i] ?? '')));
	const [key] = keys;
	if (keys.size !== 1 || key === undefined) return [];
	const everywhere = rawLines.filter((raw) => raw.trim() && keyOf(raw) === key).length;
	return everywhere === feet.length ? feet : [];
}

/**
 * The lines (0-based, as `rawLines`) that are a running head or foot: a line with words, standing among the first or
 * last two lines of at least half the pages (and of three or more) of a text whose pages are told apart by form
 * feeds (`pageOf`, as `pdftotext` and the PDF import write them), with the same words on each; in a text of two
 * pages, the line at the foot of both (see `footOfEveryPage`).
 */
export function runningHeadLines(rawLines: readonly string[], pageOf: readonly number[]): Set<number> {
	const pages = linesByPage(rawLines, pageOf);
	const found = new Set<number>();
	if (pages.size < MIN_PAGES) return new Set(pages.size > 1 ? footOfEveryPage(rawLines, pages) : []);
	const edgesByKey = new Map<string, { pages: Set<number>; lines: number[] }>();
	for (const [page, all] of pages) {
		// A page's number on a line of its own is furniture already: the head or foot is counted from beside it (a foot
		// of two lines, an address and a telephone line, above `3`).
		const lines = all.filter((i) => !PAGE_NUMBER_ALONE.test(rawLines[i] ?? ''));
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

/** The lines with words of each page (0-based, as `rawLines`), pages numbered as `pageOf` tells them apart. */
export function linesByPage(rawLines: readonly string[], pageOf: readonly number[]): Map<number, number[]> {
	const pages = new Map<number, number[]>();
	for (const [i, raw] of rawLines.entries()) {
		if (!raw.trim()) continue;
		const page = pageOf[i] ?? 0;
		pages.set(page, [...(pages.get(page) ?? []), i]);
	}
	return pages;
}
