/**
 * The words of a text made only of ASCII letters, digits and spaces (most queries), with where each stands, or
 * undefined for any other text: there is then no markup, quote, hyphen, dot or accent to read, and each run of letters
 * and digits is a word, as the full readings (regular expressions with Unicode classes) find. A loop over the
 * characters: right after other work, each of those expressions costs microseconds to bring back into the caches.
 */
export function plainWordSpans(text: string): { start: number; end: number; word: string }[] | undefined {
	const spans: { start: number; end: number; word: string }[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i += 1) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		if (code === 32) {
			if (start >= 0) spans.push({ start, end: i, word: text.slice(start, i) });
			start = -1;
		} else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
			if (start < 0) start = i;
		} else {
			return undefined;
		}
	}
	return spans;
}
