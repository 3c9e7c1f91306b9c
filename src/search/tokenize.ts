import { foldCase } from '../corpus/text.ts';

/**
 * Word characters are everything but separators and punctuation, as in MiniSearch's default tokenizer; the same
 * rule cuts the text for the index, the query and the highlighter, so what is bolded is exactly what matched.
 */
const WORD = /[^\n\r\p{Z}\p{P}\s]+/gu;

/** Words too common to help a search: dropped at index and query time alike. */
const STOP_WORDS = new Set(
	'a an and are as at be by for from has had have in is it its of on or that the their there these they this to was were which while with'.split(
		' ',
	),
);

/** The words of a text with their positions, for highlighting. */
export function wordSpans(text: string): { start: number; end: number; word: string }[] {
	return Array.from(text.matchAll(WORD), (m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
}

export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

/** One word as the index stores it: case and accents folded, stop words dropped (`null`). */
export function processTerm(word: string): string | null {
	const term = foldCase(word);
	return term.length === 0 || STOP_WORDS.has(term) ? null : term;
}
