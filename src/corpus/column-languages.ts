/**
 * The language of a column of text, told by its commonest small words: enough to see that a page sets one text in
 * two languages side by side (English at left, French at right), which is not two columns of one text.
 */
const SMALL_WORDS: Record<string, readonly string[]> = {
	English: ['the', 'of', 'and', 'to', 'that', 'is', 'for', 'with', 'on', 'by'],
	French: ['le', 'les', 'des', 'et', 'du', 'à', 'pour', 'une', 'dans', 'sur', 'aux', 'est'],
	Spanish: ['el', 'los', 'las', 'del', 'y', 'para', 'una', 'por', 'con', 'es'],
	Portuguese: ['os', 'as', 'do', 'da', 'dos', 'das', 'e', 'uma', 'com', 'em', 'é'],
	German: ['der', 'die', 'das', 'und', 'zu', 'den', 'mit', 'für', 'von', 'ist'],
};
/** At least this many of a language's small words, and this many times the next language's, to tell it. */
const MIN_WORDS = 8;
const MARGIN = 2;

/** The language a text's small words say it is in, or undefined when they are too few or say two. */
export function languageOf(text: string): string | undefined {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const counts = Object.entries(SMALL_WORDS)
		.map(([language, small]) => ({ language, count: words.filter((word) => small.includes(word)).length }))
		.sort((a, b) => b.count - a.count);
	const [best, next] = counts;
	if (best === undefined || best.count < MIN_WORDS || best.count < (next?.count ?? 0) * MARGIN) return undefined;
	return best.language;
}
