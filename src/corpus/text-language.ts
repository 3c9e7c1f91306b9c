/**
 * Whether a text is written in English, told by its commonest small words: the English dictionary that judges a
 * line-end hyphen (see `unwrap.ts`) knows nothing of a French or Spanish text's words.
 */

/** Words each language uses in every sentence and the others do not (`en`, `que`, `a` are shared: left out). */
const SMALL_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
	english: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'on', 'its', 'by', 'which']),
	french: new Set(['le', 'la', 'les', 'des', 'et', 'du', 'une', 'est', 'pour', 'dans', 'sur', 'aux', 'qui']),
	spanish: new Set(['el', 'los', 'las', 'del', 'y', 'una', 'para', 'por', 'con', 'sobre', 'al', 'su', 'sus']),
	portuguese: new Set([
		'o',
		'os',
		'as',
		'do',
		'da',
		'dos',
		'das',
		'e',
		'um',
		'uma',
		'para',
		'com',
		'sobre',
		'no',
		'na',
	]),
};

/**
 * The language whose small words a text uses most (`english`, `french`, `spanish`, `portuguese`), or undefined when
 * it uses none of them: two texts of one symbol in two languages are two language versions of one document.
 */
export function languageOf(text: string): string | undefined {
	const counts = smallWordCounts(text);
	let best: [string, number] | undefined;
	for (const [language, count] of counts) if (best === undefined || count > best[1]) best = [language, count];
	return best?.[0];
}

/** How many small words of each language a text uses. */
function smallWordCounts(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
		for (const [language, words] of Object.entries(SMALL_WORDS)) {
			if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
		}
	}
	return counts;
}

/** Whether English small words are at least as frequent in `text` as any other language's. */
export function isEnglishText(text: string): boolean {
	const counts = smallWordCounts(text);
	const english = counts.get('english') ?? 0;
	return [...counts.values()].every((count) => count <= english);
}

/** Whether a word (lower case) is one of the small words of English, French, Spanish or Portuguese (see above). */
export function isSmallWord(word: string): boolean {
	return Object.values(SMALL_WORDS).some((words) => words.has(word));
}
