/**
 * What kind of answer a question asks for, when its words alone cannot tell a paragraph that answers it from one that
 * only talks about the same things: "how many troops did the African Union deploy in Darfur?" shares every word with
 * the paragraphs on the Darfur mission, and none of them gives a number. Conclusions state few facts of that kind, so
 * a reader is better served by "no paragraph says" and the closest paragraphs than by a match that does not answer.
 */

/** Words that make "how much" a question about money (elsewhere it asks how far: "how much priority"). */
const MONEY =
	/\b(?:money|cost|costs|costed|budget|budgets|fund|funds|funding|spend|spent|pay|paid|price|dollars?|euros?)\b/i;

/** What a question for a quantity asks: a count of something ("how many troops"), or an amount of money. */
export type QuantityAsked = { counted: string } | { amount: true };

/** "How many troops …" asks for a count of troops, "how much" with a word of money for an amount; else undefined. */
export function quantityAsked(query: string): QuantityAsked | undefined {
	const count = /\bhow\s+many\s+([\p{L}\p{N}-]+)/iu.exec(query);
	if (count?.[1]) return { counted: count[1] };
	return /\bhow\s+much\b/i.test(query) && MONEY.test(query) ? { amount: true } : undefined;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * Numbers that do not count anything: dates ("29 and 30 July 2003", "June 2006"), years, the numbers of resolutions,
 * paragraphs and articles, and document symbols (A/60/341).
 */
const NOT_QUANTITIES = new RegExp(
	[
		`\\b\\d{1,2}(?:\\s*(?:and|to|-|–)\\s*\\d{1,2})?\\s+${MONTH}\\b`,
		`\\b${MONTH}\\s+\\d{1,4}\\b`,
		'\\b(?:1[5-9]|20)\\d{2}\\b',
		'\\b(?:resolutions?|paragraphs?|articles?|chapters?|rules?|annex|no\\.?)\\s+\\d+(?:\\s*\\(\\d{4}\\))?(?:\\s*(?:and|,)\\s*\\d+(?:\\s*\\(\\d{4}\\))?)*',
		'\\b[A-Z]+(?:/[\\w.-]+)+',
	].join('|'),
	'gi',
);
/** Number words, and the signs of amounts and shares. */
const QUANTITY_WORDS =
	/\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|per\s*cent|percent)\b|[%$€£]/i;

/** A number, or a word of one. */
const NUMBER =
	/^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/i;
/** How many words may stand between a number and what it counts ("7,000 African Union troops"). */
const COUNT_REACH = 3;

/**
 * Whether a paragraph states the quantity asked: for a count, a number just before a word for what is counted
 * (`isCounted`: "7,000 troops", "a ten-year programme" for years); for an amount, any number that is not a date or
 * an identifier, or a word of amount.
 */
export function statesQuantity(text: string, asked: QuantityAsked, isCounted: (word: string) => boolean): boolean {
	const rest = text.replace(NOT_QUANTITIES, ' · ');
	if ('amount' in asked) return /\d/.test(rest) || QUANTITY_WORDS.test(rest);
	const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N},.]*|·/gu) ?? [];
	return words.some(
		(word, i) => isCounted(word) && words.slice(Math.max(0, i - COUNT_REACH), i).some((w) => NUMBER.test(w)),
	);
}

const ORDINAL =
	/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/i;

/**
 * A word that names one thing among its kind: a number ("resolution 1624") or an ordinal ("the fourth meeting"). When
 * the text lacks it, paragraphs with the rest of the question are about another resolution or meeting.
 */
export const isIdentifier = (word: string): boolean => /^\p{N}+$/u.test(word) || ORDINAL.test(word);
