/**
 * English ordinals written as words and as numbers ("fifth" and "5th", "Forty-Seventh" and "47th"): conclusions name
 * their meeting one way ("the Fifth High-Level Meeting", "the 53rd Pacific Islands Forum") and readers type either.
 */

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = [
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
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENTHS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** The most an ordinal word here says: meetings and sessions past the ninety-ninth are written in figures. */
export const LARGEST_ORDINAL_WORD = 99;

/** The ordinal word for 1 to 99, hyphenated past twenty ("forty-seventh"); undefined beyond. */
export function ordinalWord(n: number): string | undefined {
	if (!Number.isInteger(n) || n < 1 || n > LARGEST_ORDINAL_WORD) return undefined;
	if (n < 10) return UNITS[n - 1];
	if (n < 20) return TEENS[n - 10];
	const tens = Math.floor(n / 10) - 2;
	return n % 10 === 0 ? TENTHS[tens] : `${TENS[tens]}-${UNITS[(n % 10) - 1]}`;
}

/** Each ordinal word, without its hyphen ("fortyseventh"), by its number. */
const BY_WORD = new Map(
	Array.from({ length: LARGEST_ORDINAL_WORD }, (_, i) => [(ordinalWord(i + 1) ?? '').replace('-', ''), i + 1] as const),
);

/** The number an ordinal stands for, written as a word ("Fifth", "forty-seventh") or a figure ("5th", "53rd"). */
export function ordinalNumber(word: string): number | undefined {
	const figure = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
	if (figure) return Number(figure[1]);
	return BY_WORD.get(word.toLowerCase().replace(/[-\u2010\u2011\s]/gu, ''));
}

/** An ordinal's figure ("5th", "21st", "53rd"). */
export function ordinalFigure(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}
