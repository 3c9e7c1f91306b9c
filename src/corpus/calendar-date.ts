/** `2024-03-10`: the only form a date takes in document metadata. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Whether a string is a real calendar date written YYYY-MM-DD. The shape alone is not enough: `2024-13-45` or
 * `2023-02-29` pass a pattern, then make every date formatter throw (`RangeError: Invalid time value`) when a
 * citation is rendered. The date must come back unchanged from the calendar.
 */
export function isCalendarDate(text: unknown): text is string {
	if (typeof text !== 'string') return false;
	const match = ISO_DATE.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back, so the round trip is exact.
	date.setUTCFullYear(year);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The months as documents name them, in English, French, Spanish and Portuguese (the languages a chair's
 * conclusions are most often published in besides English: the UN's working languages, and the Community of
 * Portuguese Language Countries' summits), accented or not: `octobre`, `fevrier`, `mayo`, `setiembre`, `março`. A
 * month in these languages but English is in lower case in running text and capitalised at a line's start.
 */
const MONTH_NAMES: readonly (readonly string[])[] = [
	['January', 'janvier', 'enero', 'janeiro'],
	['February', 'février', 'fevrier', 'febrero', 'fevereiro'],
	['March', 'mars', 'marzo', 'março', 'marco'],
	['April', 'avril', 'abril'],
	['May', 'mai', 'mayo', 'maio'],
	['June', 'juin', 'junio', 'junho'],
	['July', 'juillet', 'julio', 'julho'],
	['August', 'août', 'aout', 'agosto'],
	['September', 'septembre', 'septiembre', 'setiembre', 'setembro'],
	['October', 'octobre', 'octubre', 'outubro'],
	['November', 'novembre', 'noviembre', 'novembro'],
	['December', 'décembre', 'decembre', 'diciembre', 'dezembro'],
];

/**
 * Any month's name, as a regular expression's alternatives (no group): English ones capitalised, others either, and
 * every one in capitals, as a masthead or a cover sets its dateline (`4-5 MAY 2024`, `24 OCTOBRE 2025`). The longer
 * names come first, so that `maio` is not read as `mai` followed by a letter.
 */
export const MONTH_NAME = [...new Set(MONTH_NAMES.flat())]
	.sort((a, b) => b.length - a.length)
	.flatMap((name) => [
		/^\p{Lu}/u.test(name) ? name : `[${name[0]?.toUpperCase() ?? ''}${name[0] ?? ''}]${name.slice(1)}`,
		name.toUpperCase(),
	])
	.join('|');

/** The month (1–12) a month's name names, in any of the languages above; 0 when it is none. */
export function monthNumber(name: string): number {
	const folded = name.toLowerCase();
	return MONTH_NAMES.findIndex((names) => names.some((n) => n.toLowerCase() === folded)) + 1;
}

/**
 * What follows a day's number as an ordinal: French `1er`, Spanish `1º`, Portuguese `1.º` (or `1.°`), English `28th`
 * (`28th June 2024`, `June 28th, 2024`), in capitals with a dateline in capitals (`30TH NOVEMBER 2024`).
 */
export const DAY_ORDINAL = String.raw`(?:er|st|nd|rd|th|ST|ND|RD|TH|\.?[º°])?`;

/**
 * A day, its month and its year, each captured, as English (`24 October 2025`), French (`24 octobre 2025`, `1er
 * janvier 2025`, after `le`), Spanish (`12 de mayo de 2025`) and Portuguese (`18 de julho de 2025`, `1.º de março`)
 * write them.
 */
export const DAY_MONTH_YEAR = String.raw`(\d{1,2})${DAY_ORDINAL}\s+(?:de\s+)?(${MONTH_NAME})\s+(?:de(?:l)?\s+)?(\d{4})`;

/**
 * A month, its day and its year, each captured, as American English writes them (`June 28, 2024`, the Organization
 * of American States' English texts); of a range (`June 27-28, 2024`, `June 26 to 28, 2024`) the last day.
 */
export const MONTH_DAY_YEAR = String.raw`(${MONTH_NAME})\s+(?:\d{1,2}${DAY_ORDINAL}\s*(?:-|–|—|to|and)\s*)?(\d{1,2})${DAY_ORDINAL},\s+(\d{4})`;
