import { isCalendarDate } from '../corpus/calendar-date.ts';
import { isDocumentSymbol } from '../corpus/layout-noise.ts';
import { bullet, isNumberedHeading, paragraphNumber } from '../corpus/markers.ts';

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** `26 July 2005`, the way UN documents date themselves. */
const DATE = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})\s+(\d{4})\b`, 'u');
/** A masthead column that is only a date. */
const DATE_ALONE = new RegExp(String.raw`^\d{1,2}\s+(?:${MONTH})\s+\d{4}$`, 'u');
/**
 * A dateline, the place a text was issued at and its day or days: `NEW YORK, 26 July (UN Headquarters) --`,
 * `New York, 26 July 2005`, `Geneva, 10-11 March 2024`, `Vienna, 25 and 26 July`.
 */
const PLACE = new RegExp(
	String.raw`^(\p{Lu}[\p{L} .'-]{0,40}?),\s+\d{1,2}(?:\s*(?:-|–|—|and|to)\s*\d{1,2})?\s+(?:${MONTH})\b`,
	'u',
);
/** How far into a text its symbol, date, place and title are looked for. */
export const FRONT_LINES = 30;

/**
 * The masthead of a UN document, around its symbol and date: who issues it, its distribution and language, the
 * session and agenda item, and the agenda's footnote (`* A/60/150.`). Never a title.
 */
const MASTHEAD = [
	/^United Nations$/iu,
	/^(?:(?:General Assembly|Security Council|Economic and Social Council|Trusteeship Council|Secretariat|Human Rights Council)\s*)+$/iu,
	/^Distr\.?\s*:?\s*\p{L}+$/iu,
	/^Original\s*:\s*\p{L}+(?:\s*\/\s*\p{L}+)*$/iu,
	/^[\p{L}-]+\s+(?:session|year)$/iu,
	/^(?:(?:Provisional\s+)?agenda\s+items?|Items?)\s+\d+.*$/iu,
	// The agenda's footnote names its symbol (`* A/60/150.`); an asterisk before words is a bullet, not masthead.
	/^\*+\s*[A-Z]{1,6}\/\S+$/u,
];
const isMasthead = (cell: string) => MASTHEAD.some((pattern) => pattern.test(cell));

/**
 * A line's cells: published layouts set the masthead in columns (`United Nations      A/60/341`), so two or more
 * spaces (or a tab) part things that are not one phrase. Each cell has its spaces normalised.
 */
const cellsOf = (line: string) =>
	line
		.trim()
		.split(/\s{2,}|\t/u)
		.map((cell) => cell.replace(/\s+/gu, ' '))
		.filter((cell) => cell !== '');

/** The document symbol a line gives: alone, in a column of the masthead, or after `United Nations`. */
function symbolIn(line: string): string | undefined {
	for (const cell of cellsOf(line)) {
		const words = cell.replace(/^United Nations\s+/iu, '').split(' ');
		// A joint document has two symbols (`A/60/341 S/2005/567`): the first is its own.
		if (words.every((word) => isDocumentSymbol(word))) return words[0];
	}
	return undefined;
}

/** What a line could add to a title: its cells that are not masthead, symbol or date, without footnote marks. */
function titleTextOf(line: string): string {
	return cellsOf(line)
		.filter((cell) => !isMasthead(cell) && symbolIn(cell) === undefined && !DATE_ALONE.test(cell))
		.join(' ')
		.replace(/\s*\*+$/u, '');
}

export interface GuessedMetadata {
	symbol?: string | undefined;
	title?: string | undefined;
	releaseDate?: string | undefined;
	place?: string | undefined;
}

/** `NEW YORK` → `New York`. */
const titleCase = (text: string) =>
	text
		.toLowerCase()
		.replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

function isFrontMatterEnd(line: string): boolean {
	return (
		paragraphNumber(line) !== undefined || bullet(line) !== undefined || isNumberedHeading(line) || / --/u.test(line)
	);
}

/**
 * What a text says about itself in its first lines: its symbol (a line, or a masthead column, that is only a
 * symbol), its date (the first real `26 July 2005`), the place of a dateline, and its title (the first run of lines
 * of four words or more before the text begins, the masthead left out). Each may be missing; the import asks for
 * what it could not find.
 */
export function guessMetadata(text: string, heading?: string): GuessedMetadata {
	const raw = text.replace(/\r\n?/g, '\n').split('\n').slice(0, FRONT_LINES);
	const lines = raw.map((line) => line.replace(/\s+/gu, ' ').trim());
	const symbol = raw.map(symbolIn).find((found) => found !== undefined);
	const releaseDate = lines
		.map((line) => DATE.exec(line))
		.map((dated) =>
			dated
				? `${dated[3]}-${String(MONTHS.indexOf((dated[2] ?? '').toLowerCase()) + 1).padStart(2, '0')}-${(dated[1] ?? '').padStart(2, '0')}`
				: undefined,
		)
		// `31 June 2005` is a typo, not a date: better asked for than written.
		.find((date) => date !== undefined && isCalendarDate(date));
	const placeLine = lines.map((line) => PLACE.exec(line)?.[1]).find((place) => place !== undefined);

	let title = heading?.replace(/\s+/gu, ' ').trim();
	if (title === undefined) {
		const run: string[] = [];
		for (const [i, rawLine] of raw.entries()) {
			const line = lines[i] ?? '';
			const titleText = titleTextOf(rawLine);
			if (titleText !== '' && isFrontMatterEnd(line)) break;
			if (line === '') {
				// A blank line ends the title, unless the next line goes on with it (double-spaced PDF text).
				const next = lines.slice(i + 1).find((l) => l !== '');
				if (run.length > 0 && !(next !== undefined && /^\p{Ll}/u.test(next))) break;
				continue;
			}
			// Titles do not end like sentences, and the masthead is not part of them.
			const isTitleLine =
				titleText === line.replace(/\s*\*+$/u, '') &&
				!DATE.test(line) &&
				!/[.;:]$/u.test(titleText) &&
				titleText.split(' ').length >= (run.length > 0 ? 1 : 4);
			if (isTitleLine) run.push(titleText);
			else if (run.length > 0) break;
		}
		title = run.length > 0 ? run.join(' ') : undefined;
	}
	return { symbol, title, releaseDate, place: placeLine === undefined ? undefined : titleCase(placeLine) };
}
