import { isOrganLine } from './front-matter.ts';

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
 * full, so at most its last line is short, while a menu sets each item, of a word or three, on a line of its own.
 */
export function isMenuRun(parts: readonly string[]): boolean {
	return parts.length >= 3 && parts.filter((part) => part.trim().split(/\s+/u).length <= 3).length >= 2;
}

export function candidateOf(parts: readonly string[], line: number): TitleCandidate {
	const text = parts.join(' ');
	return { text, line, organ: isOrganLine(text), menu: isMenuRun(parts), parts };
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
	return best;
}
