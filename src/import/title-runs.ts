import { hasShortDate } from './date-lines.ts';
import { namesDocument } from './document-kind.ts';
import { isOrganLine } from './front-matter.ts';
import { DATE, isDateline, nextWords, stackedDateline, titleTextOf } from './masthead.ts';
import { HOST_AND_YEAR } from './masthead-lines.ts';
import { goesOnFromAbove } from './title-candidate.ts';

/**
 * What the title reading asks of a line or a run of them: whether it says where and when, whether a name stands above
 * the title in the same run, whether the text's prose has begun.
 */

/**
 * Whether line `i` says where and when, not what: a date (`10 Jul. 2024` too), a dateline (`Valletta, 12 March
 * 2026`), a place over its date (`BANJUL, …` / `4-5 MAY 2024`), a host and year under the body's name (`Ministerial
 * Council` / `Malta 2024`). Never a title's line.
 */
export function saysWhereOrWhen(raw: readonly string[], lines: readonly string[], i: number): boolean {
	const line = lines[i] ?? '';
	const hosted = HOST_AND_YEAR.test(line) && isOrganLine(titleTextOf(raw[i - 1] ?? ''));
	return (
		DATE.test(line) ||
		isDateline(line) ||
		stackedDateline(line, nextWords(lines, i)) !== undefined ||
		hosted ||
		hasShortDate(line)
	);
}

/**
 * Whether the run read so far is a name set right above the title, with no space between them (two runs, not one
 * title): the body's name (`Working Group on…`), or a name in capitals (`COMMON MARKET FOR EASTERN AND SOUTHERN AFRICA
 * (COMESA)`) over a capitalised line in mixed case that names the document (`Communiqué of the 23rd Summit…`), as a
 * title does not change case mid-way.
 */
export function nameAboveTitle(run: readonly string[], titleText: string): boolean {
	if (!/^\p{Lu}/u.test(titleText)) return false;
	if (run.length === 1 && isOrganLine(run[0] ?? '')) return true;
	const inCapitals = run.length > 0 && run.every((part) => !/\p{Ll}/u.test(part));
	return inCapitals && /\p{Ll}/u.test(titleText) && namesDocument(titleText);
}

/** A line of the text itself: a sentence of some words, ended. */
const PROSE = /^\p{Lu}(?:\S*\s+){5,}.*[.;:]["”’)]?$/u;

/** Whether the text's prose begins between two lines: what follows it is the body's, not the front matter's. */
export const textBetween = (lines: readonly string[], from: number, to: number) =>
	lines.slice(from + 1, to).some((line) => PROSE.test(line));

/** A short line set apart above a title: fewer words than a title's first line is asked to have (see guess-title.ts). */
const FEWEST_TITLE_WORDS = 4;

/**
 * The words of a title set a blank line above the rest of it, in capitals (`COMMUNIQUÉ`, then `OF THE 53RD ORDINARY
 * SESSION OF THE IGAD COUNCIL OF MINISTERS`): too short to be read as a title's first line, they were left out, and
 * the title began with "OF THE". Only a line in capitals that the title's first line goes on from (`goesOnFromAbove`:
 * it opens with "of", "on", "for"…), neither a date nor a sentence's end. None otherwise.
 */
export function wordsSetApartAbove(
	raw: readonly string[],
	lines: readonly string[],
	i: number,
	title: string,
): string[] {
	let above = i - 1;
	while (above >= 0 && lines[above] === '') above -= 1;
	const line = lines[above] ?? '';
	const apart = above >= 0 && above < i - 1 && titleTextOf(raw[above] ?? '') === line;
	const short = line.split(' ').length < FEWEST_TITLE_WORDS && !/\p{Ll}/u.test(line) && !/[.;:,]$/u.test(line);
	return apart && short && goesOnFromAbove(line, title) && !saysWhereOrWhen(raw, lines, above) ? [line] : [];
}
