import { isLayoutNoise, isRunningSymbol } from './layout-noise.ts';
import { ENDS_SENTENCE } from './markers.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * A running head that sets the document's own symbol beside its short title, in columns, as recent General Assembly
 * resolutions print it: `A/RES/97/58      Strengthening cooperation for the protection of human rights defenders`
 * at the top of an even page, the title first and the symbol right on an odd one. The repeat rule of
 * running-heads.ts cannot know it in a text of two pages (it stands once), but the symbol is the masthead's: a
 * document's text never cites itself in a column of its own at a page's edge, so one such line is enough.
 */

/** What sets a line's columns apart: `pdftotext -layout` pads them with spaces, the PDF import with four. */
const COLUMN_GAP = /\s{3,}/u;
/** The masthead, where the document's own symbol stands, is read in this many first lines with words. */
const MASTHEAD_LINES = 8;
/** Lines looked at, at each end of a page (as running-heads.ts). */
const EDGE_LINES = 2;
const HAS_WORDS = /\p{L}{2}/u;

const cellsOf = (raw: string): string[] => raw.trim().split(COLUMN_GAP).map(normalizeWhitespace);

/** The symbols the masthead prints in a cell or a line of their own (`United Nations      A/RES/97/58`), and where. */
function mastheadSymbols(rawLines: readonly string[]): { symbols: Set<string>; lines: Set<number> } {
	const found = { symbols: new Set<string>(), lines: new Set<number>() };
	let read = 0;
	for (const [i, raw] of rawLines.entries()) {
		if (read >= MASTHEAD_LINES) break;
		if (!HAS_WORDS.test(raw) && !/\//u.test(raw)) continue;
		read += 1;
		for (const cell of cellsOf(raw)) {
			if (!isRunningSymbol(cell)) continue;
			found.symbols.add(cell);
			found.lines.add(i);
		}
	}
	return found;
}

/** A head's short title set before or after the symbol with one space, on a line of its own: a few words. */
const MAX_TITLE_WORDS_BESIDE = 3;

/**
 * A cell that opens or ends with the document's symbol after one space, as an OCR'd press release sets its head
 * (`- 2 -      Press Release SG/1912`): the title and the symbol, as if in columns. In a line of one cell, only a
 * few words beside the symbol: a paragraph's line may end with a symbol it cites.
 */
function symbolApart(cell: string, symbols: ReadonlySet<string>, inColumns: boolean): string[] {
	const words = cell.split(' ');
	// A title opens with a capital: `see also SG/1912` at a page's top goes on with a sentence.
	if (words.length < 2 || (!inColumns && words.length - 1 > MAX_TITLE_WORDS_BESIDE) || !/^\p{Lu}/u.test(cell))
		return [cell];
	if (symbols.has(words.at(-1) ?? '')) return [words.slice(0, -1).join(' '), words.at(-1) ?? ''];
	if (symbols.has(words[0] ?? '')) return [words[0] ?? '', words.slice(1).join(' ')];
	return [cell];
}

/**
 * Whether a line is the document's symbol (one of `symbols`) and its short title in columns, a page number maybe
 * beside them: every other cell has words and ends no sentence, as a title does not.
 */
function isSymbolHead(raw: string, symbols: ReadonlySet<string>): boolean {
	const columns = cellsOf(raw);
	const cells = columns.flatMap((cell) => symbolApart(cell, symbols, columns.length > 1));
	if (cells.length < 2 || !cells.some((cell) => symbols.has(cell))) return false;
	// Every other cell may be furniture of its own (`- 2 -`, `Press Release`): the line is then all furniture.
	const words = cells.filter((cell) => !symbols.has(cell) && !isLayoutNoise(cell));
	return words.every((cell) => HAS_WORDS.test(cell) && !ENDS_SENTENCE.test(cell));
}

/**
 * The lines (0-based, as `rawLines`) that are such a head: among the first or last two lines of a page told apart by
 * form feeds (`pageOf`), the masthead aside; in a text without form feeds, a line that blank lines set apart. With
 * form feeds, also a title on a line of its own beside the symbol (see `titlesUnderSymbol`).
 */
export function symbolHeadLines(rawLines: readonly string[], pageOf: readonly number[]): Set<number> {
	const found = new Set<number>();
	const { symbols, lines: masthead } = mastheadSymbols(rawLines);
	if (symbols.size === 0) return found;
	const pages = new Map<number, number[]>();
	for (const [i, raw] of rawLines.entries()) {
		if (!raw.trim()) continue;
		const page = pageOf[i] ?? 0;
		pages.set(page, [...(pages.get(page) ?? []), i]);
	}
	const blank = (i: number) => !rawLines[i]?.trim();
	const candidates =
		pages.size > 1
			? [...pages.values()].flatMap((lines) => [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)])
			: rawLines.map((_, i) => i).filter((i) => blank(i - 1) && blank(i + 1));
	for (const i of candidates) {
		if (!masthead.has(i) && isSymbolHead(rawLines[i] ?? '', symbols)) found.add(i);
	}
	for (const i of titlesUnderSymbol(rawLines, pages, symbols, found)) found.add(i);
	return found;
}

/** A short title has at least this many words: fewer (`Annex`, a name) could stand anywhere in a text. */
const MIN_TITLE_WORDS = 4;

/**
 * The head as `pdftotext` without `-layout` gives it, on two lines: the symbol alone (layout-noise.ts knows it), and
 * right above or below it the short title, which would be pasted into the paragraph the page breaks. The title line
 * is known by standing at the page's top or foot beside the document's own symbol and by being printed on the first
 * page word for word (the title under the masthead, maybe wrapped there): a paragraph's line at a page's edge is
 * not a copy of the first page's. Beside a head of the symbol (`heads`) or the symbol alone, a line that is one of
 * the masthead's own, word for word, is the head's too, however short: an OCR'd press release repeats its date
 * (`14 May 1993`) under `- 2 -   Press Release SG/1912`.
 */
function titlesUnderSymbol(
	rawLines: readonly string[],
	pages: ReadonlyMap<number, number[]>,
	symbols: ReadonlySet<string>,
	heads: ReadonlySet<number>,
): number[] {
	const firstPage = normalizeWhitespace((pages.get(0) ?? []).map((i) => rawLines[i] ?? '').join(' '));
	const masthead = new Set(
		(pages.get(0) ?? []).slice(0, MASTHEAD_LINES).map((i) => normalizeWhitespace(rawLines[i] ?? '')),
	);
	const found: number[] = [];
	for (const [page, lines] of pages) {
		if (page === 0) continue;
		for (const edge of [lines.slice(0, EDGE_LINES), lines.slice(-EDGE_LINES)]) {
			const head = edge.find((i) => heads.has(i) || symbols.has(normalizeWhitespace(rawLines[i] ?? '')));
			if (head === undefined) continue;
			for (const i of edge) {
				const text = normalizeWhitespace(rawLines[i] ?? '');
				if (i === head || ENDS_SENTENCE.test(text)) continue;
				const title = text.split(' ').length >= MIN_TITLE_WORDS && firstPage.includes(text);
				if (title || masthead.has(text)) found.push(i);
			}
		}
	}
	return found;
}
