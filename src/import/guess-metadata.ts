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
/** `26 July 2005`, the way UN documents date themselves. */
const DATE =
	/\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/u;
/** `NEW YORK, 26 July (UN Headquarters) --` or `New York, 26 July 2005`: the place a text was issued at. */
const PLACE = /^(\p{Lu}[\p{L} .'-]*?),\s+\d{1,2}\s+\p{Lu}\p{Ll}+/u;
/** How far into a text its symbol, date, place and title are looked for. */
const FRONT_LINES = 30;

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
 * What a text says about itself in its first lines: its symbol (a line that is only a symbol), its date (the first
 * `26 July 2005`), the place of a dateline, and its title (the first run of lines of four words or more before the
 * text begins). Each may be missing; the import asks for what it could not find.
 */
export function guessMetadata(text: string, heading?: string): GuessedMetadata {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.replace(/^\s+|\s+$/gu, ''))
		.slice(0, FRONT_LINES);
	const symbol = lines.find((line) => isDocumentSymbol(line));
	const dated = lines.map((line) => DATE.exec(line)).find((match) => match !== null);
	const releaseDate = dated
		? `${dated[3]}-${String(MONTHS.indexOf((dated[2] ?? '').toLowerCase()) + 1).padStart(2, '0')}-${(dated[1] ?? '').padStart(2, '0')}`
		: undefined;
	const placeLine = lines.map((line) => PLACE.exec(line)?.[1]).find((place) => place !== undefined);

	let title = heading;
	if (title === undefined) {
		const run: string[] = [];
		for (const [i, line] of lines.entries()) {
			if (isFrontMatterEnd(line)) break;
			if (line === '') {
				// A blank line ends the title, unless the next line goes on with it (double-spaced PDF text).
				const next = lines.slice(i + 1).find((l) => l !== '');
				if (run.length > 0 && !(next !== undefined && /^\p{Ll}/u.test(next))) break;
				continue;
			}
			// Titles do not end like sentences.
			const isTitleLine =
				!isDocumentSymbol(line) &&
				!DATE.test(line) &&
				!/[.;:]$/u.test(line) &&
				line.split(/\s+/u).length >= (run.length > 0 ? 1 : 4);
			if (isTitleLine) run.push(line);
			else if (run.length > 0) break;
		}
		title = run.length > 0 ? run.join(' ') : undefined;
	}
	return { symbol, title, releaseDate, place: placeLine === undefined ? undefined : titleCase(placeLine) };
}
