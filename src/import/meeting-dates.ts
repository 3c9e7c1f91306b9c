import { DAY_ORDINAL, MONTH_NAME, isCalendarDate, monthNumber } from '../corpus/calendar-date.ts';

/** A day's number, maybe as an ordinal (`1er`, `1.º`), captured. */
const DAY = String.raw`(\d{1,2})${DAY_ORDINAL}`;
/**
 * What joins a range's first day to its last: a dash, or `to`, `au`, `al`, `a`; or a list's `and`, `et`, `y`, `e`
 * (`LIST`: two days, not the days between them); in capitals too, as a subject line sets it (`12 ET 13 DÉCEMBRE`).
 */
const TO = String.raw`(?:\s*[-–—]\s*|\s+(?:to|au|al|a|and|et|y|e|TO|AU|AL|A|AND|ET|Y|E)\s+)`;
/** The words of `TO` that list two days rather than span a range. */
const LIST = /\s(?:and|et|y|e)\s/iu;
/** A month's name, after Spanish and Portuguese `de`, captured. */
const OF_MONTH = String.raw`\s+(?:de\s+)?(${MONTH_NAME})`;
/** The year closing a date, after Spanish and Portuguese `de`, captured. */
const YEAR = String.raw`\s+(?:de(?:l)?\s+)?(\d{4})\b`;
/**
 * Days of one month: `21–26 October 2024`, `29 and 30 July 2003`, `du 3 au 5 mars 2026`, `del 3 al 5 de marzo de
 * 2026`, `de 3 a 5 de março de 2026`.
 */
const SAME_MONTH = new RegExp(String.raw`(?<!\d)${DAY}${TO}${DAY}${OF_MONTH}${YEAR}`, 'u');
/** Days across two months of a year: `30 June – 2 July 2025`, `du 30 juin au 2 juillet 2025`. */
const TWO_MONTHS = new RegExp(String.raw`(?<!\d)${DAY}${OF_MONTH}${TO}${DAY}${OF_MONTH}${YEAR}`, 'u');
/** No year, nor another figure, after the month. */
const NO_YEAR = String.raw`(?!\s*,?\s*(?:de(?:l)?\s+)?\d)`;
/**
 * The same without the year, as a press release's dateline gives its meeting (`… held at Headquarters on 18 and 19
 * February:`, `held from 29 to 30 July`): its year is the release's (see `meetingDates`). Not a day and month that a
 * year or another figure follows.
 */
const SAME_MONTH_NO_YEAR = new RegExp(String.raw`(?<!\d)${DAY}${TO}${DAY}${OF_MONTH}${NO_YEAR}`, 'u');
const TWO_MONTHS_NO_YEAR = new RegExp(String.raw`(?<!\d)${DAY}${OF_MONTH}${TO}${DAY}${OF_MONTH}${NO_YEAR}`, 'u');
/** The longest meeting a range is read as (a conference's fortnight, with room to spare). */
const MOST_DAYS = 31;

const iso = (year: number, month: number, day: number) =>
	`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Every day from one date to another, both included; none when they are not a short forward range of real days. */
function daysBetween(first: string, last: string): string[] {
	if (!isCalendarDate(first) || !isCalendarDate(last) || first >= last) return [];
	const days: string[] = [];
	for (let day = new Date(`${first}T00:00:00Z`); days.length <= MOST_DAYS; day.setUTCDate(day.getUTCDate() + 1)) {
		const date = day.toISOString().slice(0, 10);
		days.push(date);
		if (date === last) return days;
	}
	return [];
}

/** A range's days, or a list's two (`4 and 8 March`: the 4th and the 8th, not the days between). */
const span = (first: string, last: string, list: boolean) =>
	list ? daysBetween(first, last).filter((day) => day === first || day === last) : daysBetween(first, last);

/**
 * The days of a meeting that a line gives as a range (see `SAME_MONTH`, `TWO_MONTHS`), every day of it in order, or
 * none. A range across the new year (`30 December – 2 January 2026`) starts in the year before.
 */
export function meetingDaysIn(line: string, released?: string): string[] {
	const text = line.replace(/\s+/gu, ' ');
	const two = TWO_MONTHS.exec(text) ?? (released === undefined ? null : TWO_MONTHS_NO_YEAR.exec(text));
	if (two) {
		const [firstMonth, lastMonth] = [monthNumber(two[2] ?? ''), monthNumber(two[4] ?? '')];
		const year = two[5] === undefined ? yearBefore(released ?? '', lastMonth) : Number(two[5]);
		const first = iso(firstMonth > lastMonth ? year - 1 : year, firstMonth, Number(two[1]));
		return span(first, iso(year, lastMonth, Number(two[3])), LIST.test(two[0]));
	}
	const one = SAME_MONTH.exec(text) ?? (released === undefined ? null : SAME_MONTH_NO_YEAR.exec(text));
	if (!one) return [];
	const month = monthNumber(one[3] ?? '');
	const year = one[4] === undefined ? yearBefore(released ?? '', month) : Number(one[4]);
	return span(iso(year, month, Number(one[1])), iso(year, month, Number(one[2])), LIST.test(one[0]));
}

/**
 * The year of a meeting that ended in this month, released on this date (`2004-02-20`): the release's, or the one
 * before when the month comes later in the year (a meeting in December released in January).
 */
function yearBefore(released: string, month: number): number {
	const [year, releaseMonth] = released.split('-').map(Number);
	return (year ?? 0) - (month > (releaseMonth ?? 12) ? 1 : 0);
}

/** A session named, in the languages whose dates are read. */
const SESSION = /(?<!\p{L})(?:session|sesión|sessão|período de sesiones)(?!\p{L})/iu;
/** The most days a summit's or a council's session that is itself the meeting lasts (`15th session`, 4–5 May). */
const LONGEST_MEETING = 7;

/**
 * The days of the meeting a document comes from, when its front matter (its dateline, a subtitle) gives them as a
 * range: the first range of the blocks given (lines of a block joined, as a subtitle may be wrapped). With the
 * release date (`released`), a range without its year counts too (see `SAME_MONTH_NO_YEAR`).
 */
export function meetingDates(blocks: readonly string[], released?: string): string[] | undefined {
	for (const block of blocks) {
		const days = meetingDaysIn(block, released);
		// A session's weeks (`Fifty-sixth session` / `18 June–12 July 2024`, `its twenty-eighth session, held … from
		// 30 November to 13 December 2023`) are not the meeting that adopted the text, which was one of their days.
		if (days.length > LONGEST_MEETING && SESSION.test(block)) continue;
		if (days.length > 0) return days;
	}
	return undefined;
}
