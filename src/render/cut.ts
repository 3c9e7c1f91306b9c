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

/** `cutAtWord` with the ellipsis appended: for plain text that is not highlighted afterwards. */
export function shorten(text: string, max: number): string {
	const { text: kept, cut } = cutAtWord(text, max);
	return cut ? `${kept}${ELLIPSIS}` : kept;
}

export { ELLIPSIS };
