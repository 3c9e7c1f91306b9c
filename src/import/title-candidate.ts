import { isOrganLine } from './front-matter.ts';
import { isKindAndNumber, namesDocument } from './document-kind.ts';
import { hyphenCluesOf, joinWrapped } from '../corpus/unwrap.ts';

/** A run of lines that could be the title, the line it starts on, and whether it names the issuing body. */
export interface TitleCandidate {
	text: string;
	line: number;
	organ: boolean;
	/** Whether its lines are a site's menu, one item a line (see `isMenuRun`). */
	menu: boolean;
	/** Its lines, as read. */
	parts: readonly string[];
}

/**
 * Whether lines read one after another are a web page's menu copied with its text (`Peace and Security Council`,
 * `About the PSC`, `Structure`, `Documents`…), not a title wrapped over lines: a title wraps where its lines are
 * full, so at most its last line is short, while a menu sets each item, of a word or three, on a line of its own
 * (capitalised, and ending as a name does, naming no document).
 */
export function isMenuRun(parts: readonly string[]): boolean {
	// A wrapped title's lines may go on in lower case, or end on a word that needs the next line; a menu's items do not.
	// Nor do they go on from the line above, as a title in capitals does (`DECISION No. 3/24` / `ON STRENGTHENING…`).
	const itemLike = parts.every(
		(part, i) =>
			!/^\p{Ll}/u.test(part.trim()) &&
			!ENDS_ON_SMALL_WORD.test(part.trim()) &&
			(i === 0 || !goesOnFromAbove(parts[i - 1] ?? '', part.trim())),
	);
	// A title's short last line under a full one is where it wraps (`Strengthening Multilateralism for Just Global` /
	// `Development and Security`), and a line naming a document (`Kazan Declaration`) is a title's: neither is an item.
	const items = parts.filter(
		(part, i) =>
			isMenuItem(part) && !namesDocument(part) && !(i === parts.length - 1 && i > 0 && !isMenuItem(parts[i - 1] ?? '')),
	);
	return parts.length >= 3 && itemLike && items.length >= 2;
}

/** A line that ends on a word needing more after it (`…the United Nations and`) goes on in the next. */
const ENDS_ON_SMALL_WORD = /\b(?:a|an|the|of|on|in|at|to|for|by|with|and|or|from|between|among)$/iu;

/** A menu's item: a word or three. */
const isMenuItem = (part: string) => part.trim().split(/\s+/u).length <= 3;

/**
 * A run read as one, split where a page's title follows its menu with no blank line between (`Home`, `Meetings`,
 * `Documents`, then `Chair's Summary of the Ministerial Round Table…`): the menu, and the lines after its last item.
 */
export function candidatesOf(parts: readonly string[], line: number): TitleCandidate[] {
	if (!isMenuRun(parts)) return [candidateOf(parts, line)];
	// A breadcrumb's last item is the page's own heading, which the page sets again right under it (`Official texts`,
	// `Washington Summit Declaration`, `Washington Summit Declaration`): the heading is the title, however short.
	const twice = parts.findIndex((part, i) => i > 0 && part === parts[i - 1] && part.trim().split(/\s+/u).length > 1);
	if (twice > 0) return [candidateOf(parts.slice(0, twice), line), candidateOf(parts.slice(twice), line + twice)];
	const after = parts.findLastIndex(isMenuItem) + 1;
	if (after === parts.length) return [candidateOf(parts, line)];
	return [candidateOf(parts.slice(0, after), line), candidateOf(parts.slice(after), line + after)];
}

export function candidateOf(parts: readonly string[], line: number): TitleCandidate {
	const text = titleLinesJoined(parts);
	return { text, line, organ: isOrganLine(text), menu: isMenuRun(parts), parts };
}

/**
 * A title's lines joined with one space, but a word a PDF broke at a line's end (`manage-` / `ment`), which is one
 * word again, as in the text (see `joinWrapped`).
 */
export function titleLinesJoined(parts: readonly string[]): string {
	if (!parts.some((part) => part.endsWith('-'))) return parts.join(' ');
	const clues = hyphenCluesOf(parts.join('\n'));
	return parts.reduce((joined, part) => joinWrapped(joined, part, clues), '');
}

/**
 * The part of a run a PDF sets in display type, and how large (0 for its largest): the whole run, or some of its
 * lines (a title set right under the organ's name in smaller type, with no space a text layer would keep).
 */
export function displayedPart(
	candidate: TitleCandidate,
	display: readonly string[],
): TitleCandidate & { rank: number } {
	let best = { ...candidate, rank: Infinity };
	const { parts } = candidate;
	for (let from = 0; from < parts.length; from += 1) {
		for (let to = from + 1; to <= parts.length; to += 1) {
			const text = parts.slice(from, to).join(' ');
			const rank = display.indexOf(text);
			if (rank >= 0 && rank < best.rank && !isOrganLine(text)) {
				best = { text, line: candidate.line + from, organ: false, menu: false, parts: parts.slice(from, to), rank };
			}
		}
	}
	// A kind and number in display type (`DECISION No. 3/24`) heads the title: the subject lines under it in the same
	// run (`STRENGTHENING CO-OPERATION…`, in whatever type) are the rest of it.
	const to = best.line - candidate.line + best.parts.length;
	if (best.rank < Infinity && isKindAndNumber(best.text) && to < parts.length) {
		const whole = parts.slice(best.line - candidate.line);
		best = { ...best, text: whole.join(' '), parts: whole };
	}
	return best;
}

/** The candidate, or the part of one, a PDF sets in its largest display type (see `displayedPart`); none without. */
export function mostDisplayed(
	candidates: readonly TitleCandidate[],
	display: readonly string[],
): (TitleCandidate & { rank: number }) | undefined {
	return candidates
		.map((c) => displayedPart(c, display))
		.reduce<(TitleCandidate & { rank: number }) | undefined>(
			(best, c) => (c.rank < (best?.rank ?? Infinity) ? c : best),
			undefined,
		);
}

/**
 * A line that goes on with the one above it: it opens with a word that joins it to what comes before, in lower case
 * (`of the Ministerial Round Table`), or in capitals under a line in capitals (`OF THE 48TH ASEAN SUMMIT` under
 * `CHAIRMAN’S STATEMENT`, a title broken over lines). The line above is then a title's first line, however short; a
 * capitalised `In …` under a line in mixed case opens a sentence instead.
 */
const JOINING_WORD = String.raw`^(?:of|on|for|by|at|to|in|and|from|with|between|among|concerning|regarding)\s+\S`;
const GOES_ON = new RegExp(JOINING_WORD, 'u');
const GOES_ON_IN_CAPITALS = new RegExp(JOINING_WORD, 'iu');
/** A line with letters, none of them lower case. */
const IN_CAPITALS = /^(?=.*\p{Lu})[^\p{Ll}]*$/u;

/** Whether `line` goes on with the line above it, `above`, as a title does (see `GOES_ON`). */
export function goesOnFromAbove(above: string, line: string | undefined): boolean {
	if (line === undefined) return false;
	return GOES_ON.test(line) || (IN_CAPITALS.test(above) && IN_CAPITALS.test(line) && GOES_ON_IN_CAPITALS.test(line));
}
