/** The quotation marks the query syntax reads as a phrase's (straight, curly, low, guillemets). */
const OPENING = '"“„«';
const CLOSING = '"”“»';
const ANY_QUOTE = /["“”„«»]/u;

/**
 * What someone typed, in quotation marks, as a reply repeats it: `terrorism` → “terrorism”. A query that is already
 * one quoted phrase (`"use of force"`) keeps the marks it was typed with and gets no second pair, which would read
 * `“"use of force"”`. `cut` shortens and escapes the words inside, so a long phrase keeps its closing mark.
 */
export function inQuotes(
	typed: string,
	cut: (text: string) => string = (text) => text,
	[left, right]: readonly [string, string] = ['“', '”'],
): string {
	const text = typed.trim();
	const open = text.at(0) ?? '';
	const close = text.at(-1) ?? '';
	const inner = text.slice(1, -1);
	const onePhrase =
		text.length >= 3 &&
		OPENING.includes(open) &&
		CLOSING.includes(close) &&
		!ANY_QUOTE.test(inner) &&
		inner.trim() !== '';
	return onePhrase ? `${open}${cut(inner)}${close}` : `${left}${cut(text)}${right}`;
}
