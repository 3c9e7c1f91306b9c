import { isLayoutNoise } from './layout-noise.ts';
import { ENDS_SENTENCE, paragraphNumber } from './markers.ts';
import { linesByPage } from './running-heads.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * Running heads that copy the first page's masthead: a volume's name after its own label
 * (`39 C/Resolutions – Records of the General Conference` over a UNESCO resolution's second page, whose first page
 * opens with `Records of the General Conference`), or the document's symbol alone as the masthead prints it
 * (`WT/MIN(24)/DEC`, which no list of UN symbols knows). The repeat rule of running-heads.ts needs three pages; this
 * one needs only the masthead: a paragraph's line at a page's edge is no copy of the first page's head, and it ends
 * a sentence or goes on with one, where a head does not.
 */

/** The masthead is read in this many first lines of the first page. */
const MASTHEAD_LINES = 8;
/** Lines looked at, at each end of a later page (as running-heads.ts). */
const EDGE_LINES = 2;
/** A masthead line a head copies in words is a name of this many words at least: fewer could head a section. */
const MIN_NAME_WORDS = 4;
/** Beside that name, the head's own label (`39 C/Resolutions –`) is a few words at most. */
const MAX_LABEL_WORDS = 3;
/** A symbol as a masthead prints it, however coded: a slash, figures, no space (`WT/MIN(24)/DEC`, `GC(68)/RES/3`). */
const CODED = /^(?=[^\s]*\/)(?=[^\s]*\d)[^\s]+$/u;
/** What joins a head's label to the name it copies: a dash, a bar, a colon. */
const JOINER = /^[\s–—\-|:·•,]+|[\s–—\-|:·•,]+$/gu;
const COLUMN_GAP = /\s{3,}/u;

/** The masthead's lines and cells (a `-layout` masthead sets the organ and the symbol in columns), as printed. */
function mastheadOf(rawLines: readonly string[], firstPage: readonly number[]): string[] {
	return firstPage
		.slice(0, MASTHEAD_LINES)
		.flatMap((i) => [rawLines[i] ?? '', ...(rawLines[i] ?? '').trim().split(COLUMN_GAP)])
		.map(normalizeWhitespace)
		.filter((text) => text !== '' && !ENDS_SENTENCE.test(text) && paragraphNumber(text) === undefined);
}

/** Whether a line copies the masthead (see the module's comment), a page number in columns beside it aside. */
function copiesMasthead(raw: string, masthead: readonly string[], firstPage: string): boolean {
	const text = normalizeWhitespace(
		raw
			.trim()
			.split(COLUMN_GAP)
			.filter((cell) => !isLayoutNoise(cell))
			.join(' '),
	);
	if (text === '' || ENDS_SENTENCE.test(text) || paragraphNumber(text) !== undefined) return false;
	return masthead.some((name) => {
		if (text === name) return CODED.test(name) || name.split(' ').length >= MIN_NAME_WORDS;
		if (name.split(' ').length < MIN_NAME_WORDS) return false;
		const label = text.startsWith(`${name} `)
			? text.slice(name.length)
			: text.endsWith(` ${name}`)
				? text.slice(0, -name.length)
				: undefined;
		if (label === undefined) return false;
		// A head's label is its own (`39 C/Resolutions`): words the first page prints are the title it wraps, and a
		// word in small letters (`and to report`) goes on with a sentence.
		const own = label.replace(JOINER, '');
		return (
			own.split(' ').length <= MAX_LABEL_WORDS &&
			!/(?:^|\s)\p{Ll}{2}/u.test(own) &&
			!ENDS_SENTENCE.test(own) &&
			!firstPage.includes(own)
		);
	});
}

/**
 * The lines (0-based, as `rawLines`) that copy the masthead at a later page's top or foot, in a text whose pages form
 * feeds tell apart (`pageOf`).
 */
export function mastheadHeadLines(rawLines: readonly string[], pageOf: readonly number[]): Set<number> {
	const pages = linesByPage(rawLines, pageOf);
	const found = new Set<number>();
	const masthead = mastheadOf(rawLines, pages.get(0) ?? []);
	const firstPage = normalizeWhitespace((pages.get(0) ?? []).map((i) => rawLines[i] ?? '').join(' '));
	for (const [page, lines] of pages) {
		if (page === 0) continue;
		for (const i of new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)])) {
			if (copiesMasthead(rawLines[i] ?? '', masthead, firstPage)) found.add(i);
		}
	}
	return found;
}
