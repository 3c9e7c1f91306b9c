const ELLIPSIS = '…';

/** Closing punctuation that reads badly right before an ellipsis. */
const TRAILING = /[\s,;:–—-]+$/u;

export interface Cut {
	text: string;
	/** The text was shortened; the caller shows an ellipsis (kept out of `text` so it is never highlighted). */
	cut: boolean;
}

/**
 * Shortens a text to at most `max` characters including the ellipsis, at a word boundary, never inside a word or a
 * surrogate pair. Only a single word longer than the whole budget is cut inside itself: there is no boundary.
 */
export function cutAtWord(text: string, max: number): Cut {
	if (text.length <= max) return { text, cut: false };
	const room = Math.max(0, max - ELLIPSIS.length);
	let end = text.lastIndexOf(' ', room);
	if (end <= 0) {
		end = room;
		// Never leave half of a surrogate pair behind.
		if (end > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(end))) end -= 1;
	}
	return { text: text.slice(0, end).replace(TRAILING, ''), cut: true };
}

/** The end of a sentence, with its closing quotation marks and brackets: `.`, `?”`, `…)`. */
const SENTENCE_END = /[.!?…][”"’»)\]]*$/u;

/**
 * What marks a cut after `kept`: an ellipsis, set apart by a space after the end of a sentence, so that a cut there
 * shows one ellipsis ("meeting. …"), not a period run into it ("meeting.…", read as two).
 */
export function ellipsisAfter(kept: string): string {
	return SENTENCE_END.test(kept) ? ` ${ELLIPSIS}` : ELLIPSIS;
}

/** `cutAtWord` with the ellipsis appended: for plain text that is not highlighted afterwards. */
export function shorten(text: string, max: number): string {
	const { text: kept, cut } = cutAtWord(text, max);
	if (!cut) return kept;
	const mark = ellipsisAfter(kept);
	return kept.length + mark.length <= max ? `${kept}${mark}` : `${kept}${ELLIPSIS}`;
}

export { ELLIPSIS };

/**
 * As many whole items as fit in `max` characters, joined by `separator`, then `more(count)` for the ones left out
 * (inside the budget too): a list is cut between items, never inside one, and says how much it left out.
 */
export function joinWithin(
	items: readonly string[],
	separator: string,
	max: number,
	more: (count: number) => string,
): string {
	// When not even the first item fits: a lone item cut at a word, or the count of them all.
	let best =
		items.length === 1 ? shorten(items[0] ?? '', max) : items.length === 0 ? '' : shorten(more(items.length), max);
	let kept = '';
	for (const [i, item] of items.entries()) {
		kept = i === 0 ? item : `${kept}${separator}${item}`;
		const left = items.length - i - 1;
		const candidate = left > 0 ? `${kept}${separator}${more(left)}` : kept;
		if (candidate.length > max) break;
		best = candidate;
	}
	return best;
}
