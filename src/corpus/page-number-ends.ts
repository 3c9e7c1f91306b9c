import { paragraphNumber } from './markers.ts';

/**
 * A page's number left on the last line of its page's text: a word processor's footer (`Page 3`, or a bare `3`)
 * that a text layer read on the line of the page's last words (`…report on it. 3`). Alone on its line a page number
 * is furniture (layout-noise.ts); on the line it would end a paragraph's quote. What gives it away is the sequence:
 * the pages' numbers go up with the pages, each the page's position plus one same offset (a cover page unnumbered,
 * an extract that starts at page 13).
 */

/**
 * A number after the last words of a line, with a footer's word and total if it has them: `… it. 3`, `… it. Page 3`,
 * `… it. Page 3 of 12`, `… it. Página 3 de 12`, `… it. 3/12`.
 */
const NUMBER_AT_END =
	/^(.*?\S)\s+(Page\s+|Página\s+|Pág\.\s*|Seite\s+)?(\d{1,4})(?:\s*(?:\/|\s(?:of|sur|de|von))\s*\d{1,4})?$/u;
/** A sentence's end before it: a number after one is no word of the sentence. */
const AFTER_SENTENCE = /[.!?;:…]["'”’»)]*$/u;
/** An abbreviation that a number follows (`Protocol No. 3`, `vol. 2`, `p. 14`): the number is the text's. */
const BEFORE_NUMBER = /(?:^|[\s(])(?:No|Nos|no|nos|Vol|vol|p|pp|para|paras|art|Art|ch|Ch|fig|Fig|Rev|Add|Corr)\.$/u;
/** A page number alone on its line, which tells the offset between the pages' numbers and their positions. */
const NUMBER_ALONE =
	/^\s*(?:(?:Page|Página|Pág\.|Seite)\s+)?-?\s*(\d{1,4})\s*-?(?:\s*(?:\/|\s(?:of|sur|de|von))\s*\d{1,4})?\s*$/u;
/** Between two pages' numbers found at the ends of paragraphs, without form feeds: pages the paragraphs ran over. */
const MAX_PAGE_STEP = 3;

interface Candidate {
	at: number;
	kept: string;
	number: number;
	/** Said to be a page's (`Page 3`), not a bare number. */
	worded: boolean;
	afterSentence: boolean;
}

/** A line's number at its end, when it has one and no abbreviation stands before it. */
function candidateAt(raw: string, at: number): Candidate | undefined {
	const match = NUMBER_AT_END.exec(raw.trimEnd());
	if (!match?.[1] || !match[3] || BEFORE_NUMBER.test(match[1])) return undefined;
	const kept = match[1];
	return {
		at,
		kept,
		number: Number(match[3]),
		worded: match[2] !== undefined,
		afterSentence: AFTER_SENTENCE.test(kept),
	};
}

/**
 * The lines (by index) that end their page with its number, each with the text it holds without it. Where the text
 * has form feeds (a page's last line is known), a number that fits the pages' sequence: the offset between a page's
 * number and its position that the other pages' numbers show (on such lines or alone on theirs), or, for a number
 * after a finished sentence, the page's own position (or the one before it, under an unnumbered cover). Without form
 * feeds, at a paragraph's end after a finished sentence: `Page 3`, or bare numbers going up from one such end to the
 * next (two at least).
 */
export function pageNumbersOnLastLines(rawLines: readonly string[], pageOf: readonly number[]): Map<number, string> {
	const paged = rawLines.some((_, i) => (pageOf[i] ?? 0) > 0);
	const offsets = new Map<number, number>();
	const count = (offset: number) => offsets.set(offset, (offsets.get(offset) ?? 0) + 1);
	const candidates: Candidate[] = [];
	// The next line with words after each line (-1 for none), read from the end once.
	const nextFilled = new Array<number>(rawLines.length).fill(-1);
	for (let i = rawLines.length - 2; i >= 0; i -= 1) {
		nextFilled[i] = (rawLines[i + 1] ?? '').trim() !== '' ? i + 1 : (nextFilled[i + 1] ?? -1);
	}
	for (const [i, raw] of rawLines.entries()) {
		const page = pageOf[i] ?? 0;
		const alone = NUMBER_ALONE.exec(raw)?.[1];
		if (alone !== undefined) {
			count(Number(alone) - page);
			continue;
		}
		const next = nextFilled[i] ?? -1;
		// Without form feeds, a paragraph's end: a blank line, or the next paragraph's number, under it.
		const atEnd = paged
			? next === -1 || pageOf[next] !== page
			: next === -1 || next > i + 1 || paragraphNumber((rawLines[next] ?? '').trim()) !== undefined;
		const candidate = atEnd ? candidateAt(raw, i) : undefined;
		if (candidate === undefined || (!paged && !candidate.afterSentence)) continue;
		candidates.push(candidate);
		count(candidate.number - page);
	}
	const found = new Map<number, string>();
	// Without form feeds, the numbers at paragraphs' ends go up as the pages do (a step of more where paragraphs ran
	// over pages), a worded one among them.
	const goingUp =
		candidates.length >= 2 &&
		candidates.every((c, k) => {
			const step = c.number - (candidates[k - 1]?.number ?? c.number - 1);
			return step >= 1 && step <= MAX_PAGE_STEP;
		});
	for (const c of candidates) {
		const offset = c.number - (pageOf[c.at] ?? 0);
		const fits = paged
			? (offsets.get(offset) ?? 0) >= 2 || (c.afterSentence && (offset === 1 || offset === 0))
			: c.worded || goingUp;
		if (fits) found.set(c.at, c.kept);
	}
	return found;
}
