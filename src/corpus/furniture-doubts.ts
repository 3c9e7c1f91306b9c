import { FOOTNOTE_RULE } from './footnotes.ts';
import { isLayoutNoise, isRunningSymbol } from './layout-noise.ts';
import { ENDS_SENTENCE, paragraphNumber } from './markers.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * Lines the parser keeps although they stand where page furniture or a footnote stands, in a text whose pages form
 * feeds tell apart: a line opening with a footnote's mark at a page's foot whose mark the page's text does not bear
 * (`1 See also resolution 72/247…`), or a symbol beside words in columns at a page's top or foot that is not the
 * document's own (a running head whose masthead was not read). Kept, since the parser cannot be sure, but never
 * silently: a paragraph that takes one in is named in a warning (see parse-source.ts).
 */

/** A footnote's first line: a small number or sign, then words opening with a capital or a quote (`1 See…`). */
const FOOTNOTE_LIKE = /^(?:\d{1,3}|\*{1,3}|[†‡§])\s+[“"‘(]?\p{Lu}/u;
/** A date opening a line (`4 December 2006`) is the text's. */
const DATE_AT_START =
	/^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** A footnote's text wraps onto at most this many more lines before the page's foot. */
const MAX_MORE_LINES = 3;
/** Lines looked at, at each end of a page, for a head (as running-heads.ts). */
const EDGE_LINES = 2;
const COLUMN_GAP = /\s{3,}/u;

/** What a kept line looks like, said in a warning: `stands at its page's foot as a footnote does`. */
export type Doubts = Map<number, string>;

/** Whether line i opens like a footnote, set apart above, with at most a few lines of text under it on its page. */
function footnoteLike(rawLines: readonly string[], pageOf: readonly number[], i: number): boolean {
	const line = rawLines[i]?.trim() ?? '';
	if (!FOOTNOTE_LIKE.test(line) || DATE_AT_START.test(line) || paragraphNumber(line) !== undefined) return false;
	const above = rawLines[i - 1]?.trim();
	if (pageOf[i - 1] === pageOf[i] && above && !FOOTNOTE_RULE.test(above)) return false;
	let more = 0;
	for (let j = i + 1; j < rawLines.length && pageOf[j] === pageOf[i]; j += 1) {
		const below = rawLines[j]?.trim() ?? '';
		if (below === '' || isLayoutNoise(below)) continue;
		more += 1;
		if (more > MAX_MORE_LINES || paragraphNumber(below) !== undefined) return false;
	}
	// A page follows: the paragraph the page broke goes on there, and may take the line in.
	return rawLines.some((raw, j) => j > i && pageOf[j] !== pageOf[i] && raw.trim() !== '');
}

/**
 * Whether a page's first line (`top`) stands where a running head in words does, though no rule knew it (a text of
 * two pages, a head that copies nothing of the first page): the sentence the page breaks is unfinished above it
 * (`last`, the page before's last line) and goes on in small letters under it (`next`), after a blank line that sets
 * the line apart; the line itself opens with a capital or a figure and ends no sentence.
 */
function headInsideSentence(
	rawLines: readonly string[],
	last: number | undefined,
	top: number,
	next: number | undefined,
): boolean {
	const at = (i: number | undefined) => (i === undefined ? '' : (rawLines[i]?.trim() ?? ''));
	const [text, above, below] = [at(top), at(last), at(next)];
	return (
		above !== '' &&
		!ENDS_SENTENCE.test(above) &&
		/^[\p{Lu}\p{N}]/u.test(text) &&
		/\p{L}{2}/u.test(text) &&
		!ENDS_SENTENCE.test(text) &&
		at(top + 1) === '' &&
		/^\p{Ll}/u.test(below)
	);
}

/** Whether a line sets a symbol beside words in columns (`A/RES/97/58      Strengthening cooperation…`). */
function symbolBesideWords(raw: string): boolean {
	const cells = raw.trim().split(COLUMN_GAP).map(normalizeWhitespace);
	return (
		cells.length >= 2 &&
		cells.some(isRunningSymbol) &&
		cells.some((cell) => /\p{L}{2}/u.test(cell) && !isRunningSymbol(cell))
	);
}

/** The doubtful lines of a text (0-based, as `rawLines`), each with what it looks like. */
export function furnitureDoubts(rawLines: readonly string[], pageOf: readonly number[]): Doubts {
	const doubts: Doubts = new Map();
	if (!pageOf.some((page) => page > 0)) return doubts;
	const pages = new Map<number, number[]>();
	for (const [i, raw] of rawLines.entries()) {
		if (raw.trim()) pages.set(pageOf[i] ?? 0, [...(pages.get(pageOf[i] ?? 0) ?? []), i]);
	}
	for (const [page, lines] of pages) {
		const edges = [...(page > 0 ? lines.slice(0, EDGE_LINES) : []), ...lines.slice(-EDGE_LINES)];
		for (const i of edges) {
			if (symbolBesideWords(rawLines[i] ?? '')) doubts.set(i, "stands at its page's edge as a running head does");
		}
		const top = lines[0];
		if (page > 0 && top !== undefined && headInsideSentence(rawLines, pages.get(page - 1)?.at(-1), top, lines[1])) {
			doubts.set(top, "stands alone at its page's top, inside a sentence the page breaks, as a running head does");
		}
		for (const i of lines) {
			if (footnoteLike(rawLines, pageOf, i)) {
				doubts.set(
					i,
					"stands at its page's foot and opens with a mark as a footnote does, but no mark on its page was read as its own",
				);
			}
		}
	}
	return doubts;
}

/** How much of a doubtful line a warning quotes. */
const QUOTED = 60;

/**
 * The warning for a doubtful line a paragraph took in (`paragraph`: `¶3`, or `the preambular paragraph`): which
 * paragraph, which line, why it is suspect, and what to do.
 */
export function doubtWarning(line: { text: string; line: number; doubt: string }, paragraph: string) {
	const quoted = line.text.length > QUOTED ? `${line.text.slice(0, QUOTED)}…` : line.text;
	return {
		line: line.line,
		message: `${paragraph} takes in "${quoted}", which ${line.doubt}: if it is no part of the paragraph, take it out of the text`,
	};
}
