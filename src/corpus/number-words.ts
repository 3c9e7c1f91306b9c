/**
 * English numbers written as words and as figures: ordinals ("fifth" and "5th", "Forty-Seventh" and "47th") and
 * cardinals ("ten" and "10"). Conclusions write a number one way ("the Fifth High-Level Meeting", "the 53rd Pacific
 * Islands Forum", "a ten-year programme") and readers type either.
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const FIRST_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENTHS = [
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
];
const TENTHS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The largest number written here as words: meetings, sessions and years past ninety-nine are written in figures. */
export const LARGEST_NUMBER_WORD = 99;

/** A number from 1 to 99 in words, from these tables of units, teens and tens, hyphenated past twenty. */
function inWords(n: number, units: string[], teens: string[], tens: string[]): string | undefined {
	if (!Number.isInteger(n) || n < 1 || n > LARGEST_NUMBER_WORD) return undefined;
	if (n < 10) return units[n - 1];
	if (n < 20) return teens[n - 10];
	const ten = Math.floor(n / 10) - 2;
	return n % 10 === 0 ? tens[ten] : `${TENS[ten]}-${units[(n % 10) - 1]}`;
}

/** The ordinal word for 1 to 99 ("fifth", "forty-seventh"); undefined beyond. */
export const ordinalWord = (n: number): string | undefined => inWords(n, FIRST_UNITS, TEENTHS, TENTHS);

/** The cardinal word for 1 to 99 ("ten", "twenty-one"); undefined beyond. */
export const cardinalWord = (n: number): string | undefined => inWords(n, UNITS, TEENS, TENS);

/** Each word of one kind, without its hyphen ("fortyseventh"), by its number. */
const byWord = (word: (n: number) => string | undefined) =>
	new Map(
		Array.from({ length: LARGEST_NUMBER_WORD }, (_, i) => [(word(i + 1) ?? '').replace('-', ''), i + 1] as const),
	);
const ORDINALS = byWord(ordinalWord);
const CARDINALS = byWord(cardinalWord);

/** A word without case, hyphens or spaces: how the tables above key it. */
const keyOf = (word: string): string => word.toLowerCase().replace(/[-\u2010\u2011\s]/gu, '');

/** The number an ordinal stands for, written as a word ("Fifth", "forty-seventh") or a figure ("5th", "53rd"). */
export function ordinalNumber(word: string): number | undefined {
	const figure = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
	if (figure) return Number(figure[1]);
	return ORDINALS.get(keyOf(word));
}

/** The number a cardinal stands for, written as a word ("ten", "Twenty-One") or figures ("10"). */
export function cardinalNumber(word: string): number | undefined {
	if (/^\d{1,3}$/.test(word)) return Number(word);
	return CARDINALS.get(keyOf(word));
}

/** An ordinal's figure ("5th", "21st", "53rd"). */
export function ordinalFigure(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** The largest ordinal that is a day of the month, which dates write as a plain number ("29 and 30 July"). */
const LAST_DAY = 31;

/**
 * A number written the other ways: "5th" → fifth, "fifth" → 5th, "10" → ten, "ten" → 10; an ordinal that may be a
 * day also as the plain number dates write ("30th July" → 30). None for a word that is no number. One is left out as
 * a cardinal: "one" is as often a pronoun ("one of the challenges") as a number.
 */
export function numberOtherWays(word: string): string[] {
	const other = numberOtherWay(word);
	if (other === undefined) return [];
	const day = ordinalNumber(word);
	return day !== undefined && day <= LAST_DAY ? [other, String(day)] : [other];
}

/** A number written the other way (see `numberOtherWays`), or undefined for a word that is none. */
export function numberOtherWay(word: string): string | undefined {
	const ordinal = ordinalNumber(word);
	if (ordinal !== undefined) return /\d/.test(word) ? ordinalWord(ordinal) : ordinalFigure(ordinal);
	const cardinal = cardinalNumber(word);
	if (cardinal === undefined || cardinal < 2) return undefined;
	return /\d/.test(word) ? cardinalWord(cardinal) : String(cardinal);
}
