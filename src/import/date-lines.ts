import { isFrontMatterEnd } from './front-matter.ts';
import { DATE, DATE_FIRST, DAY_BEFORE_MONTH, MONTH, NAME_SIGNS, PLACE, isoDateOf } from './masthead.ts';
import { isCalendarDate, monthNumber } from '../corpus/calendar-date.ts';

/** How many of a text's last lines a closing dateline is looked for in. */
const LAST_LINES = 6;
/** What a closing dateline may open with: `Done at Astana, 4 July 2024`, `Adopted in Kazan, 23 October 2024`. */
const DONE_AT = /^(?:Done|Adopted|Issued|Signed|Made)\s+(?:at|in)\s+/iu;

/** The small words a place's name holds between its capitalised ones (`Port of Spain`, `Rio de Janeiro`). */
const PLACE_SMALL = /^(?:of|de|da|do|dos|das|du|del|la|le|el|es|al|upon|the|and)$/u;

/**
 * Whether a dateline's place is a place's name, its words capitalised but the small ones between them (`Washington,
 * D.C.`, `Port of Spain`), not the meeting that adopted the text (`Seventh plenary meeting, 1 June 2024`).
 */
export function isPlaceName(place: string): boolean {
	return place
		.split(/[\s,]+/u)
		.filter((word) => word !== '')
		.every((word) => /^\p{Lu}/u.test(word) || PLACE_SMALL.test(word));
}

/**
 * The dateline a declaration closes with, below its last paragraph (`Astana, 4 July 2024`), often beyond the first
 * lines the import reads for a date: its day and place. Undefined when the last lines hold no such dateline.
 */
export function closingDateline(text: string): { date: string; place: string } | undefined {
	const last = text
		.replace(/\r\n?/gu, '\n')
		.split('\n')
		.map((line) => line.replace(/\s+/gu, ' ').trim())
		.filter((line) => line !== '')
		.slice(-LAST_LINES)
		.reverse();
	for (const line of last) {
		const dateline = line.replace(DONE_AT, '');
		const place = PLACE.exec(dateline)?.[1];
		const date = isoDateOf(DATE.exec(dateline));
		// A place's name, not the meeting that adopted the text (`Seventh plenary meeting, 1 June 2024`).
		if (place !== undefined && date !== undefined && isPlaceName(place)) return { date, place };
	}
	return undefined;
}

/** Lines with a date wrapped over two of them (`… in Astana on 4 July` / `2024, state the following.`) joined. */
export function withWrappedDates(lines: readonly string[]): string[] {
	return lines.map((line, i) => {
		const next = lines[i + 1] ?? '';
		if (line === '' || next === '' || DATE.test(line)) return line;
		const joined = `${line} ${next}`;
		const found = DATE.exec(joined);
		// Only a date that begins on this line and ends on the next: the next line's own dates stay its own. Not the
		// number that ends a symbol (`GC(68)/RES/10` over `September 2024` is no 10 September).
		const glued = found !== null && /[/.()-]/u.test(joined.charAt(found.index - 1));
		return found !== null && !glued && found.index < line.length && found.index + found[0].length > line.length + 1
			? joined
			: line;
	});
}

/** English months as sites abbreviate them (`Jul.`, `Sept`), and their numbers. */
const SHORT_MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12,
};
const SHORT = Object.keys(SHORT_MONTHS).join('|');
/**
 * A line that is only a date with its month abbreviated, as a site dates a page: `10 Jul. 2024`, `Jul. 10, 2024`, maybe
 * with the dash or bar a page sets after it (`10 Jul. 2024 -`).
 */
const SHORT_DATE_ALONE = new RegExp(
	String.raw`^(?:(\d{1,2})\s+(${SHORT})\.?\s+(\d{4})|(${SHORT})\.?\s+(\d{1,2}),?\s+(\d{4}))(?:\s+[-–—|])?$`,
	'iu',
);

/** The day (YYYY-MM-DD) a line gives when it is only a date with its month abbreviated (see `SHORT_DATE_ALONE`). */
export function shortDateAlone(line: string): string | undefined {
	const found = SHORT_DATE_ALONE.exec(line.trim());
	if (found === null) return undefined;
	const [day, short, year] = found[1] !== undefined ? [found[1], found[2], found[3]] : [found[5], found[4], found[6]];
	const month = SHORT_MONTHS[(short ?? '').toLowerCase()] ?? 0;
	const date = `${year ?? ''}-${String(month).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
	return isCalendarDate(date) ? date : undefined;
}

/**
 * Why the first date of a text is not surely the document's when the line that gives it comes after the text began
 * (a paragraph's meeting, a copied page's footer: `Summit meeting…, Washington D.C., 9-11 July 2024`); undefined
 * when it is in the front matter.
 */
export function dateAfterTextDoubt(
	lines: readonly string[],
	date: string,
	dateOf: (line: string) => string | undefined,
) {
	const begins = lines.findIndex(isFrontMatterEnd);
	const at = lines.findIndex((line) => dateOf(line) === date);
	if (begins < 0 || at <= begins) return undefined;
	return `no line above the text dates it: ${date} is from a line under its first paragraph ("${lines[at] ?? ''}"), which may be a meeting's or a page footer's date`;
}

/** A date with its month abbreviated anywhere in a line (`Issued on 10 Jul. 2024`, `Last updated: 10 Jul. 2024 14:32`). */
const SHORT_DATE = new RegExp(
	String.raw`\b(?:\d{1,2}\s+(?:${SHORT})\.?\s+\d{4}|(?:${SHORT})\.?\s+\d{1,2},?\s+\d{4})\b`,
	'iu',
);

/** Whether a line gives a date with its month abbreviated (see `SHORT_DATE`): it says when, never what. */
export const hasShortDate = (line: string) => SHORT_DATE.test(line);

/**
 * A dateline's day and month without a year (`NEW YORK, 31 July (UN Headquarters) --`), the last day of a range. Not
 * the first day of a range over two months (`Ouagadougou, 30 septembre – 1er octobre 2025`): its last day has the
 * year, and is the dateline's.
 */
const DATELINE_DAY = new RegExp(
	String.raw`^\p{Lu}[${NAME_SIGNS} .-]{0,40}?,\s+${DAY_BEFORE_MONTH}(${MONTH})\b(?!\s+(?:de\s+)?\d{4})(?!\s*(?:-|–|—|to|au|al|a)\s*\d)`,
	'u',
);

/**
 * The day a press release was issued, when its dateline gives the day and month but not the year: the year of the
 * first full date of the text (the meeting it reports on: "held on 29 and 30 July 2008"), or the next one when the
 * dateline's month comes well before that date's (a release of early January on a meeting of late December). A
 * dateline is the release's own date; a date in its text is often the meeting's, days earlier.
 */
export function datelineDay(lines: readonly string[], firstDate: string | undefined): string | undefined {
	const dated = lines.map((line) => DATELINE_DAY.exec(line)).find((found) => found !== null);
	if (!dated || firstDate === undefined) return undefined;
	const month = monthNumber(dated[2] ?? '');
	const [year, firstMonth] = firstDate.split('-').map(Number) as [number, number];
	const date = `${month < firstMonth - 6 ? year + 1 : year}-${String(month).padStart(2, '0')}-${(dated[1] ?? '').padStart(2, '0')}`;
	return isCalendarDate(date) ? date : undefined;
}

/**
 * The place of the first dateline among a text's first cells: its place first (`Geneva, 10 March 2041`), else its
 * date first (`Thursday, 15 March 2041 - Strasbourg`).
 */
export function placeOfDatelines(cells: readonly string[]): string | undefined {
	return [...cells.map((cell) => PLACE.exec(cell)?.[1]), ...cells.map((cell) => DATE_FIRST.exec(cell)?.at(-1))].find(
		(place) => place !== undefined && isPlaceName(place),
	);
}
