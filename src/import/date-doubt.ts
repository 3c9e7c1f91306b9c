import { DAY_MONTH_YEAR, FULL_DATE, MONTH, NAME_SIGNS, isDateline } from './masthead.ts';

/** A dateline's one full day closing its line, right after a comma (`…, 23 October 2024`, `…, le 3 mars 2025`). */
const ONE_DAY_CLOSING = new RegExp(String.raw`,\s+(?:(?:le|a|em)\s+)?(${FULL_DATE})$`, 'u');

/**
 * The day of a dateline that gives one full day and nothing after it (`Kazan, Russian Federation, 23 October 2024`,
 * `Bridgetown, Barbados, 5 July 2024`): the document's own date, whatever other dates its text gives (the meeting's
 * days in its first paragraph). A range (`18-19 November 2024`) is not one day: its last day is only likely.
 */
export function datelineFullDay(lines: readonly string[]): string | undefined {
	return lines
		.map((line) => (isDateline(line) ? ONE_DAY_CLOSING.exec(line)?.[1] : undefined) ?? PRESS_DATELINE.exec(line)?.[1])
		.find((date) => date !== undefined);
}

/**
 * A press release's dateline opening its first paragraph: its place (in capitals as press releases print it), one
 * full day and a dash (`NIAMEY, 18 June 2025 – Ministers of the Sahel Water Council today adopted…`, `GENEVA, 3 May
 * 2025 -- …`): the day it was issued, not the day a site posted it (`Posted on 19 June 2025 by Communications
 * Unit`), which stood first.
 */
const PRESS_DATELINE = new RegExp(
	String.raw`^\p{Lu}[\p{Lu}${NAME_SIGNS} .-]{1,40}?(?:,\s+\p{Lu}[\p{Lu} .-]{1,40})?,\s+(${FULL_DATE})\s*(?:--|–|—|-)\s+\S`,
	'u',
);

/**
 * The day a report says its body adopted what it carries, in its text: `At its 2nd meeting, on 15 February 2025,
 * the Commission adopted the agreed conclusions…`, `at its 5th plenary meeting, held on 3 May 2023, the Conference
 * adopted…`. Conclusions are cited by that day, not by the first date of the report's cover (a session that began
 * the year before: `(15 February 2024 and 14 and 15 February 2025)`).
 */
const ADOPTED_IN_TEXT = new RegExp(
	String.raw`\bat\s+its\s+\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting,?\s+(?:held\s+)?on\s+(${DAY_MONTH_YEAR}),?\s+the\s+[\p{L} ’'-]{2,80}?\s+adopted\b`,
	'giu',
);

/** The dates of the adoption sentences of a text (see `ADOPTED_IN_TEXT`), as printed, in order. */
export function adoptionSentenceDates(text: string): string[] {
	return [...text.replace(/\s+/gu, ' ').matchAll(ADOPTED_IN_TEXT)].map((match) => match[1] ?? '');
}

/**
 * Why a date read from the text may not be the document's, or undefined when nothing speaks against it: the first
 * date of the text, or an adoption sentence's, when the first lines give other dates too (a session, a meeting, a
 * letter's) or the text's adoption sentences give other days.
 *
 * @param date - the date chosen (YYYY-MM-DD)
 * @param how - how it was read: `first date` or `adoption`
 * @param front - the full dates of the text's first lines, in order
 * @param adoptions - the dates of its adoption sentences
 */
export function dateDoubt(
	date: string,
	how: 'first date' | 'adoption',
	front: readonly string[],
	adoptions: readonly string[],
): string | undefined {
	const others = [...new Set([...front, ...(how === 'adoption' ? adoptions : [])])].filter((d) => d !== date);
	if (others.length === 0 || (how === 'adoption' && front.includes(date) && new Set(adoptions).size <= 1)) {
		return undefined;
	}
	const read =
		how === 'first date'
			? 'it is the first date in the text, which may be a meeting’s or a session’s rather than the document’s'
			: 'it is the day an adoption sentence in the text gives ("At its … meeting, on …, the … adopted")';
	return `${read}; the text also gives ${others.slice(0, 3).join(', ')}`;
}

/**
 * A line shaped like a dateline in a language whose months the import does not read: a capitalised place, a comma,
 * a day, a word for the month and a year (`Roma, 18 luglio 2025`, `Berlin, 18. Juli 2025`), or a day written in
 * figures (`Roma, 18.07.2025`). Named to the user when no date was read, so that `--date` is asked for with a reason.
 */
const DATELINE_LIKE = new RegExp(
	String.raw`^\p{Lu}[${NAME_SIGNS} .-]{0,40}?,\s+(?:\p{L}{1,3}\s+)?\d{1,2}(?:\.?\s*(?:\p{L}{1,4}\s+)?\p{L}{3,}\.?\s+(?:\p{L}{1,4}\s+)?|[./-]\d{1,2}[./-])(?:19|20)\d{2}\b(?:\s*\p{L}{1,3}\.?)?\s*(?:$|[-–—(])`,
	'u',
);

/** The first of some lines that looks like a dateline (see `DATELINE_LIKE`), its spaces normalised. */
export function datelineLikeIn(lines: readonly string[]): string | undefined {
	return lines.map((line) => line.replace(/\s+/gu, ' ').trim()).find((line) => DATELINE_LIKE.test(line));
}

/** A year, or a month's name in a language whose dates are read: what a line that gives a date holds. */
const DATE_HINT = new RegExp(String.raw`\b(?:19|20)\d{2}\b|(?<!\p{L})(?:${MONTH})(?!\p{L})`, 'u');
/** How many such lines a refusal names. */
const MOST_NAMED = 3;

/**
 * The first lines that hold a year or a month's name (see `DATE_HINT`), spaces normalised: what the import looked at
 * for a date it could not read, named in its refusal so that the user sees why (`June 28th, 2024`, `2024-06-28`).
 */
export function dateLinesConsidered(lines: readonly string[]): string[] {
	return lines
		.map((line) => line.replace(/\s+/gu, ' ').trim())
		.filter((line) => DATE_HINT.test(line))
		.slice(0, MOST_NAMED);
}

/**
 * What a refusal says of a date it could not read: the dateline in a language it does not read, or the lines it
 * looked at (see `dateLinesConsidered`) and the forms it reads, or that no line held a year.
 */
export function missingDateAdvice(datelineLike: string | undefined, dateLines: readonly string[] = []): string {
	if (datelineLike !== undefined) {
		return (
			`"${datelineLike}" looks like a dateline, but its date is in a language the import does not read ` +
			'(it reads English, French, Spanish and Portuguese dates): pass the date it gives as --date YYYY-MM-DD'
		);
	}
	if (dateLines.length === 0) {
		return 'no line among them holds a year: pass the date the document was issued or adopted as --date YYYY-MM-DD';
	}
	const named = dateLines.map((l) =>
		DAY_AND_MONTH.test(l) ? `"${l}" (a day and month without their year)` : `"${l}"`,
	);
	return (
		`no date could be read from the lines that hold a year or a month: ${named.join(', ')}. The import reads a ` +
		'day, its month and its year written together (28 June 2024, June 28, 2024, 27–28 June 2024, le 28 juin ' +
		'2024, 28 de junio de 2024), not a month or a year alone nor a date in figures; pass the date the document ' +
		'gives as --date YYYY-MM-DD'
	);
}

/** A day and its month with no year after them (`… in Astana on 4 July`, `June 28`): a date the text gives in part. */
const DAY_AND_MONTH = new RegExp(
	String.raw`(?:\b\d{1,2}\s+(?:de\s+)?(?:${MONTH})|(?<!\p{L})(?:${MONTH})\s+\d{1,2}\b)(?!\s*,?\s*(?:de\s+)?\d{4})`,
	'u',
);
