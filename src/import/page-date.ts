import { isCalendarDate } from '../corpus/calendar-date.ts';
import type { GuessedMetadata } from './guess-metadata.ts';

/**
 * The date read from a text, weighed against the day the page's own metadata gives (a Markdown page's front matter,
 * `date: 2024-11-18`), which dates the page rather than print a date in the text:
 * - the text gives no date: the page's day is the date;
 * - the text's date is the last day of the meeting's range (`Rio de Janeiro, Brazil, 18-19 November 2024`), which is
 *   when conclusions are usually adopted, and the page's day is one of the range's: the page's day, the day the
 *   publisher says the document is of (a declaration released on the summit's first day);
 * - the page's day is the text's: the text's date, now sure;
 * - else the text's own date stays (a dateline's day is the document's; a page may be posted days later), and the
 *   import says it is unsure, naming the page's day, so that the user can choose it with `--date`.
 */
export function withPageDate(guessed: GuessedMetadata, pageDate: string | undefined): GuessedMetadata {
	if (pageDate === undefined || !isCalendarDate(pageDate)) return guessed;
	const { releaseDate, meetingDates } = guessed;
	if (releaseDate === undefined || releaseDate === pageDate || (meetingDates ?? []).includes(pageDate)) {
		return { ...guessed, releaseDate: pageDate, dateDoubt: undefined };
	}
	const pageDoubt = `the page's front matter dates it ${pageDate}, the text ${releaseDate}`;
	return { ...guessed, dateDoubt: guessed.dateDoubt === undefined ? pageDoubt : `${guessed.dateDoubt}; ${pageDoubt}` };
}
