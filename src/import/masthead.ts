/**
 * The masthead of a UN document and what a line of it gives: its date, its symbol, and the text it could add to a
 * title once the masthead, the symbol, the date and a copied page's navigation are set aside.
 */
import { isDocumentSymbol } from '../corpus/layout-noise.ts';
import { isNavigation, isOrganLine } from './front-matter.ts';
import { isPrintedSymbol, NUMBER_LABEL } from './printed-symbol.ts';
import { AGENDA_ITEM, MEETING_LINES, ORGANS_IN_OTHER_LANGUAGES } from './masthead-lines.ts';
import {
	DAY_MONTH_YEAR,
	DAY_ORDINAL,
	MONTH_DAY_YEAR,
	MONTH_NAME,
	isCalendarDate,
	monthNumber,
} from '../corpus/calendar-date.ts';

export { DAY_MONTH_YEAR };
export const MONTH = MONTH_NAME;
/** A full date, day first or (American English) month first: see `DAY_MONTH_YEAR` and `MONTH_DAY_YEAR`. */
export const FULL_DATE = `(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR})`;
/**
 * `26 July 2005` (or `24 octobre 2025`, `12 de mayo de 2025`, `June 28, 2024`): day, month and year, each captured
 * (groups 1–3 day first, 4–6 month first; see `isoDateOf`).
 */
export const DATE = new RegExp(String.raw`\b${FULL_DATE}\b`, 'u');
/** A masthead column that is only a date (in French maybe after `le`: `le 3 mars 2025`; in Portuguese `a`, `em`). */
export const DATE_ALONE = new RegExp(`^(?:(?:[Ll]e|[Aa]|[Ee]m)\\s+)?${FULL_DATE}$`, 'u');

/** The date (YYYY-MM-DD) a match of `DATE` or `DATE_ALONE` gives; undefined when it is no calendar day (`31 June`). */
export function isoDateOf(match: RegExpExecArray | null): string | undefined {
	if (match === null) return undefined;
	const [day, month, year] = match[1] !== undefined ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
	const date = `${year ?? ''}-${String(monthNumber(month ?? '')).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
	return isCalendarDate(date) ? date : undefined;
}
/**
 * Between a dateline's place and its day, and between the day and its month, in French, Spanish and Portuguese
 * (`le 3`, `a 18 de`, `em 18 de`, `du 3 au 5`, `del 3 al 5 de`, `de 3 a 5 de`): the last day of a range is captured.
 */
export const DAY_BEFORE_MONTH = String.raw`(?:(?:[Ll]e|[Dd]u|[Dd]el?|a|em)\s+)?(?:\d{1,2}${DAY_ORDINAL}\s*(?:-|–|—|and|to|au|et|al|a|e|y)\s*)?(\d{1,2})${DAY_ORDINAL}\s+(?:de\s+)?`;
/**
 * The signs a place's name is written with besides its letters: accents typed as combining marks (`Hagåtña` as some
 * keyboards give it), apostrophes, and the ʻokina as Pacific names are written, also typed as `‘` or `` ` ``
 * (`Nuku‘alofa`, `Nukuʻalofa`, `Hawaiʻi`). For a character class: `[${NAME_SIGNS}]`.
 */
export const NAME_SIGNS = String.raw`\p{L}\p{M}'’‘ʻʼ\u0060`;
/** The abbreviated state or district a city's name carries: `D.C.` in `Washington, D.C.`. */
export const STATE_ABBREVIATION = String.raw`\p{Lu}\.(?:\s?\p{Lu}\.)+`;

/** A page's label over a date field: `Date`, `Published`. */
const DATE_LABEL = /^(?:Date|Dated|Issued|Published|Adopted|Updated|Posted(?: on)?)$/iu;
/** A day of the week, as a page's date field opens (`Saturday, 17 August 2024`): never a dateline's place. */
export const WEEKDAY = [
	...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
	...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
	...['lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo'],
	...['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira'],
]
	.flatMap((day) => [`[${day.charAt(0).toUpperCase()}${day.charAt(0)}]${day.slice(1)}`, day.toUpperCase()])
	.join('|');

/**
 * A dateline, the place a text was issued at and its day or days: `NEW YORK, 26 July (UN Headquarters) --`,
 * `New York, 26 July 2005`, `Geneva, 10-11 March 2024`, `Vienna, 25 and 26 July`, and a conference's city with its
 * country (`Nice, France, 9–13 June 2025`; `Manila, the Philippines, 10 May 2026`), of which the city is the place,
 * as other datelines give it; in French, Spanish and Portuguese too (`Paris, le 24 octobre 2025`, `Madrid, 12 de
 * mayo de 2025`, `São Tomé, 18 de julho de 2025`, `Lisboa, a 1.º de março de 2026`). A city written with its
 * abbreviated state keeps it (`Washington, D.C., 10 July 2024`): that is how the city is named.
 */
export const PLACE = new RegExp(
	String.raw`^(?!(?:${WEEKDAY})(?!\p{L}))(\p{Lu}[${NAME_SIGNS} .-]{0,40}?(?:,\s+${STATE_ABBREVIATION})?)(?<!(?:^|\s)(?:${WEEKDAY}))(?:,\s+(?:the\s+)?\p{Lu}[${NAME_SIGNS} .-]{0,40}?)?(?:,\s+|(?<=\.)\s+)(?:${DAY_BEFORE_MONTH}(?:${MONTH})\b|(?:${MONTH})\s+\d{1,2}\b)`,
	'u',
);

/**
 * A dateline with its date first, maybe after the day of the week, then its place (`Thursday, 15 March 2041 -
 * Strasbourg`, `3-5 July 2041, Basseterre, Saint Kitts and Nevis`): the city, group 1.
 */
export const DATE_FIRST = new RegExp(
	String.raw`^(?:(?:${WEEKDAY}),?\s+)?(?:\d{1,2}${DAY_ORDINAL}\s*[-–—]\s*)?${FULL_DATE}\s*(?:,|\s[-–—])\s*(\p{Lu}[${NAME_SIGNS} .-]{0,40}?)(?:,\s+(?:the\s+)?\p{Lu}[${NAME_SIGNS} .-]{0,40})?$`,
	'u',
);

/** A line that is only a date or a range's days: `4-5 MAY 2024`, `27–28 June 2024`, `June 27-28, 2024`. */
const DATES_ALONE = new RegExp(
	String.raw`^(?:(?:[Ll]e|[Dd]u|[Dd]el?)\s+)?(?:\d{1,2}${DAY_ORDINAL}\s*(?:-|–|—|to|and|au|al|a|et|y)\s*)?${FULL_DATE}$`,
	'u',
);

/** The first line after `lines[at]` that is not blank. */
export const nextWords = (lines: readonly string[], at: number) =>
	lines.slice(at + 1).find((line) => line.trim() !== '');

/**
 * A dateline set on two lines, the place over its date (`BANJUL, REPUBLIC OF THE GAMBIA` / `4-5 MAY 2024`, as a
 * summit's cover sets it), read as one; undefined when `line` is not such a place or `next` not such a date.
 */
export function stackedDateline(line: string, next: string | undefined): string | undefined {
	const place = line.replace(/\s+/gu, ' ').trim();
	const date = (next ?? '').replace(/\s+/gu, ' ').trim();
	// The place: a city and its country (`BANJUL, REPUBLIC OF THE GAMBIA`), or a name of a word or two (`GENEVA`),
	// neither a masthead's line nor a title's, nor a page's label over its date field (`Date` / `February 16, 2025`).
	const named =
		place.includes(',') ||
		new RegExp(String.raw`^\p{Lu}[${NAME_SIGNS}.-]*(?:\s+\p{Lu}[${NAME_SIGNS}.-]*)?$`, 'u').test(place);
	if (!DATES_ALONE.test(date) || /[,.;:]$/u.test(place) || !named || DATE_LABEL.test(place)) return undefined;
	if (titleTextOf(place) !== place) return undefined;
	const joined = `${place}, ${date}`;
	return PLACE.test(joined) ? joined : undefined;
}

/**
 * A dateline set the other way up, the date over its place, a city and its country (`18 January 2024` / `Kampala,
 * Republic of Uganda`, as a communiqué's head sets it), read as one; undefined when the lines are not such.
 */
export function dateOverPlace(line: string, next: string | undefined): string | undefined {
	const date = line.replace(/\s+/gu, ' ').trim();
	if (!DATES_ALONE.test(date) || next === undefined || !next.includes(',')) return undefined;
	return stackedDateline(next, date);
}

/** Whether a line is a dateline (`Paris, le 24 octobre`, `New York, 26 July 2005`): where and when, never a title. */
export function isDateline(line: string): boolean {
	return PLACE.test(line.trim());
}

/** The organs that issue UN documents, as their mastheads name them. */
const ORGANS = `General Assembly|Security Council|Economic and Social Council|Trusteeship Council|Secretariat|Human Rights Council|${ORGANS_IN_OTHER_LANGUAGES}`;
export { AGENDA_ITEM };
/**
 * The masthead of a UN document, around its symbol and date: who issues it, its distribution and language, the
 * session and agenda item, and the agenda's footnote (`* A/60/150.`). Never a title.
 */
const MASTHEAD = [
	/^(?:United Nations|Nations Unies|Naciones Unidas)$/iu,
	new RegExp(`^(?:(?:${ORGANS})\\s*)+$`, 'iu'),
	/^Distr\.?\s*:?\s*\p{L}+$/iu,
	/^Original\s*:\s*\p{L}+(?:\s*\/\s*\p{L}+)*$/iu,
	...MEETING_LINES,
	AGENDA_ITEM,
	// The agenda's footnote names its symbol (`* A/60/150.`); an asterisk before words is a bullet, not masthead.
	/^\*+\s*[A-Z]{1,6}\/\S+$/u,
	// A press release's masthead: who issues it (`Department of Public Information • News and Media Division • New
	// York`, `United Nations Information Service`), and lines of names set apart by bullets, which no title has.
	/\b(?:Department of (?:Public Information|Global Communications)|News and Media Division|Information Service)\b/iu,
	/^(?:Press Release|Meetings Coverage and Press Releases)\b/iu,
	// press.un.org's lines under a release's title: the meeting it covers and the site's section, never the title.
	/^(?:[\p{L}-]+(?:\s+[\p{L}-]+)?\s+session,?\s+)?\d{1,5}(?:st|nd|rd|th)(?:\s*(?:&|and|,)\s*\d{1,5}(?:st|nd|rd|th))*\s+(?:plenary\s+)?meetings?(?:\s*\([^)]*\))?$/iu,
	/^(?:Meetings Coverage|Press Briefings?|Statements and Messages|Readouts?)$/iu,
	// press.un.org's note under the symbol: `For information media. Not an official record.`
	/^For information media\b/iu,
	// The Council of the European Union's masthead: its name beside its logo, the language of the original
	// (`(OR. en)`), the distribution, the kind of note, and the working parties' codes (`COHOM 112`, `CFSP/PESC 1001`).
	/^(?:Council of the(?: European Union)?|European Union)$/iu,
	/^\(OR\.\s*[a-z]{2}(?:\s*,\s*[a-z]{2})*\)$/iu,
	// A letterhead's address and contacts (`P. O. Box 3243`, `Telephone: +251 11 551 7700`, `website: www.peaceau.org`).
	/^(?:P\.\s?O\.\s?Box|B\.\s?P\.|Tel(?:ephone|\.)?\s*:|Fax\s*:|E-?mail\s*:|Website\s*:|www\.)/iu,
	/^(?:LIMITE|OUTCOME OF PROCEEDINGS|(?:COVER |I\/A ITEM |INFORMATION )?NOTE)$/u,
	/^[A-Z]{2,8}(?:\/[A-Z]{2,8})?\s+\d{1,4}(?:\s+[A-Z]{2,8}(?:\/[A-Z]{2,8})?\s+\d{1,4})*$/u,
	/\s[•·|]\s.*\s[•·|]\s/u,
];
/**
 * Pieces of the masthead that a copy with its columns collapsed to single spaces puts on one line: `General Assembly
 * Distr.: General 10 August 2007` is no more a title than its columns are.
 */
const MASTHEAD_PIECES = [
	new RegExp(`\\b(?:United Nations|${ORGANS})\\b`, 'giu'),
	/\bDistr\.?\s*:?\s*(?:General|Limited|Restricted)\b/giu,
	/\bOriginal\s*:\s*(?:Arabic|Chinese|English|French|Russian|Spanish)(?:\s*\/\s*\p{L}+)*/giu,
	new RegExp(String.raw`\b${FULL_DATE}\b`, 'gu'),
];
/** What a symbol's cell may hold besides: the masthead's pieces, and a label before it (`No. PR/2025/014`). */
const SYMBOL_PIECES = [...MASTHEAD_PIECES, NUMBER_LABEL];
/** A masthead line made of several pieces, one of them the distribution or the language, which no title states. */
const isCollapsedMasthead = (cell: string) =>
	/\b(?:Distr|Original)\b/iu.test(cell) &&
	MASTHEAD_PIECES.reduce((rest, piece) => rest.replace(piece, ' '), cell).trim() === '';
const isMasthead = (cell: string) =>
	MASTHEAD.some((pattern) => pattern.test(cell)) || isCollapsedMasthead(cell) || isNavigation(cell);

/**
 * A line's cells, their spaces normalised: a masthead's columns (`United Nations      A/60/341`) part at two spaces or a
 * tab, a line of details at a separator set apart by spaces (`Press release CSMF/MIN/3/2025 · Mombasa, 9 October 2025`).
 */
export const cellsOf = (line: string) =>
	line
		.trim()
		.split(/\s{2,}|\t|\s[·•|]\s/u)
		.map((cell) => cell.replace(/\s+/gu, ' '))
		.filter((cell) => cell !== '');

/** The year a Security Council resolution's symbol carries after its number (`S/RES/2811 (2026)`): part of it. */
const SYMBOL_YEAR = /^(\S+?)\s*(\(\d{4}\))$/u;

/**
 * A symbol whose series is dotted, as the OSCE writes its documents' (`CIO.GAL/112/25`, `PC.DEC/1234`,
 * `MC.DOC/1/24`, `SEC.GAL/45/25/Rev.1`): the issuing body and the kind of document, then the number and year.
 */
const DOTTED_SERIES_SYMBOL = /^[A-Z]{2,6}(?:\.[A-Z]{2,6})+\/\d{1,5}(?:\/\d{2,4})?(?:\/(?:Rev|Corr|Add)\.\d{1,2})*$/u;

const isSymbol = (word: string) => isDocumentSymbol(word) || DOTTED_SERIES_SYMBOL.test(word);

/** The document symbol a line gives: alone, in a column of the masthead, or after `United Nations` or `Press Release`. */
export function symbolIn(line: string): string | undefined {
	// A symbol's asterisk marks a footnote (`E/CN.6/2026/L.3*`: "Reissued for technical reasons"), not the symbol.
	for (const cell of cellsOf(line).map((cell) => cell.replace(/(?<=\S)\*{1,3}$/u, ''))) {
		// What a first line may print before the symbol: the organisation, the kind (`RESOLUTION MSC.474(102)`); not
		// a symbol's own words (NATO's `Press Release (2025) 095`).
		if (isPrintedSymbol(cell, false)) return cell;
		const words = cell.replace(/^(?:United Nations|Press Release|Resolution)\s+/iu, '').split(' ');
		// A resolution of the Security Council: its number and year (`S/RES/2811 (2026)`), one symbol, written with
		// the space the Council prints.
		const withYear = SYMBOL_YEAR.exec(words.join(' '));
		if (withYear && isDocumentSymbol(withYear[1] ?? '')) return `${withYear[1]} ${withYear[2]}`;
		// A joint document has two symbols (`A/60/341 S/2005/567`): the first is its own.
		if (words.every(isSymbol)) return words[0];
		// Another organisation's symbol, printed as the UN prints its own (`OIC/CFM-50/2024/FC`, `AG/DEC. 110 (LIV-O/24)`).
		if (isPrintedSymbol(words.join(' '), false)) return words.join(' ');
		// The masthead's columns run together (`MC.DEC/3/24 6 December 2024`, `No. PR/2025/014`): the symbol alone.
		const rest = SYMBOL_PIECES.reduce((left, piece) => left.replace(piece, ' '), cell)
			.replace(/\s+/gu, ' ')
			.trim();
		if (rest !== cell && rest !== '' && (isSymbol(rest) || isPrintedSymbol(rest, false))) return rest;
	}
	return undefined;
}

/**
 * What a line could add to a title: its cells that are not masthead, symbol or date, without footnote marks (`*`, the
 * OAS's `1/`); nothing from a letterhead's line of the organisation's name in its languages, one a column (`AFRICAN
 * UNION      UNION AFRICAINE`).
 */
export function titleTextOf(line: string): string {
	const cells = cellsOf(line);
	if (cells.length > 1 && cells.every(isOrganLine)) return '';
	return cells
		.filter((cell) => !isMasthead(cell) && symbolIn(cell) === undefined && !DATE_ALONE.test(cell))
		.join(' ')
		.replace(TITLE_MARK, '');
}

/**
 * Footnote marks at a title's end: `*`, the OAS's `1/` (`…A MULTIDIMENSIONAL APPROACH1/`, `…RIGHTS 1/ 2/`), or a mark
 * in superscript figures (`…ON OCEAN HEALTH¹`).
 */
const TITLE_MARK = /\s*\*+$|(?<=[\p{L})\]])(?:\s*\d{1,3}\/)+$|(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}$/u;

/** A title's line without the footnote's mark at its end (see `TITLE_MARK`). */
export const withoutTitleMark = (line: string) => line.replace(TITLE_MARK, '');
