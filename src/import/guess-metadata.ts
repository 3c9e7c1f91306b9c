import { isCalendarDate } from '../corpus/calendar-date.ts';
import { PLENARY_MEETING, isDocumentSymbol } from '../corpus/layout-noise.ts';
import { bullet, isNumberedHeading, paragraphNumber } from '../corpus/markers.ts';
import { isNavigation, isOrganLine, mixesScripts } from './front-matter.ts';

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
/** `26 July 2005`, the way UN documents date themselves: day, month and year, each captured. */
const DAY_MONTH_YEAR = String.raw`(\d{1,2})\s+(${MONTH})\s+(\d{4})`;
const DATE = new RegExp(String.raw`\b${DAY_MONTH_YEAR}\b`, 'u');
/** A masthead column that is only a date. */
const DATE_ALONE = new RegExp(`^${DAY_MONTH_YEAR}$`, 'u');
/**
 * A dateline, the place a text was issued at and its day or days: `NEW YORK, 26 July (UN Headquarters) --`,
 * `New York, 26 July 2005`, `Geneva, 10-11 March 2024`, `Vienna, 25 and 26 July`.
 */
const PLACE = new RegExp(
	String.raw`^(\p{Lu}[\p{L} .'-]{0,40}?),\s+\d{1,2}(?:\s*(?:-|–|—|and|to)\s*\d{1,2})?\s+(?:${MONTH})\b`,
	'u',
);
/** The meeting that adopted a resolution and its date, on the lines under its last paragraph. */
const ADOPTED = new RegExp(String.raw`^\s*${PLENARY_MEETING}\s*\n\s*(${DAY_MONTH_YEAR})\s*$`, 'imu');
/** How far into a text its symbol, date, place and title are looked for. */
export const FRONT_LINES = 30;

/**
 * What kind of document it is, where a title would stand: a letter or note "dated…", "Report of the Secretary-General",
 * "Resolution adopted by…". Not any "Report of the…": "Report of the Security Council mission to…" is a title.
 */
const DOCUMENT_KIND =
	/^(?:(?:Identical\s+)?letters?\s+dated|Note(?:\s+verbale)?\s+dated|(?:Report|Note)\s+(?:of|by)\s+the\s+Secretary-General$|Note\s+by\s+the\s+Secretariat$|Resolution\s+adopted\s+by)/iu;
/** A resolution's number before its title (`61/44. Cooperation between…`), and an editorial note in brackets. */
const RESOLUTION_NUMBER = /^\d{1,3}\/\d{1,4}\.\s+/u;
const BRACKETED = /^\[.*\]$/u;
/** The organs that issue UN documents, as their mastheads name them. */
const ORGANS =
	'General Assembly|Security Council|Economic and Social Council|Trusteeship Council|Secretariat|Human Rights Council';
/** An agenda item line of a General Assembly document's masthead, with or without its footnote mark. */
const AGENDA_ITEM = /^(?:(?:Provisional\s+)?agenda\s+items?|Items?)\s+\d+.*$/iu;
/**
 * The masthead of a UN document, around its symbol and date: who issues it, its distribution and language, the
 * session and agenda item, and the agenda's footnote (`* A/60/150.`). Never a title.
 */
const MASTHEAD = [
	/^United Nations$/iu,
	new RegExp(`^(?:(?:${ORGANS})\\s*)+$`, 'iu'),
	/^Distr\.?\s*:?\s*\p{L}+$/iu,
	/^Original\s*:\s*\p{L}+(?:\s*\/\s*\p{L}+)*$/iu,
	/^[\p{L}-]+\s+(?:session|year)$/iu,
	AGENDA_ITEM,
	// The agenda's footnote names its symbol (`* A/60/150.`); an asterisk before words is a bullet, not masthead.
	/^\*+\s*[A-Z]{1,6}\/\S+$/u,
	// A press release's masthead: who issues it (`Department of Public Information • News and Media Division • New
	// York`, `United Nations Information Service`), and lines of names set apart by bullets, which no title has.
	/\b(?:Department of (?:Public Information|Global Communications)|News and Media Division|Information Service)\b/iu,
	/^(?:Press Release|Meetings Coverage and Press Releases)\b/iu,
	// press.un.org's note under the symbol: `For information media. Not an official record.`
	/^For information media\b/iu,
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
	new RegExp(String.raw`\b${DAY_MONTH_YEAR}\b`, 'gu'),
];
/** A masthead line made of several pieces, one of them the distribution or the language, which no title states. */
const isCollapsedMasthead = (cell: string) =>
	/\b(?:Distr|Original)\b/iu.test(cell) &&
	MASTHEAD_PIECES.reduce((rest, piece) => rest.replace(piece, ' '), cell).trim() === '';
const isMasthead = (cell: string) =>
	MASTHEAD.some((pattern) => pattern.test(cell)) || isCollapsedMasthead(cell) || isNavigation(cell);

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

/** The document symbol a line gives: alone, in a column of the masthead, or after `United Nations` or `Press Release`. */
function symbolIn(line: string): string | undefined {
	for (const cell of cellsOf(line)) {
		const words = cell.replace(/^(?:United Nations|Press Release)\s+/iu, '').split(' ');
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
	/** Why the title read may not be the document's, for the import to say (and to name `--title`). */
	titleDoubt?: string | undefined;
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
 * What a text says about itself in its first lines (a copied page's navigation not counted): its symbol (a line, or
 * a masthead column, that is only a symbol), its date (the first real `26 July 2005`), the place of a dateline, and
 * its title (see `guessTitle`), with a doubt about it to say. Each may be missing; the import asks for what it could
 * not find.
 */
export function guessMetadata(text: string, heading?: string, displayLines: readonly string[] = []): GuessedMetadata {
	// A web page copied with its text starts with its menus: they do not count against the lines looked at.
	const all = text.replace(/\r\n?/g, '\n').split('\n');
	const raw = all.filter((line) => !isNavigation(line)).slice(0, FRONT_LINES);
	// Whether navigation was left out among the lines read: the text is a web page copied with its menus.
	let copiedPage = false;
	for (let i = 0, kept = 0; i < all.length && kept < FRONT_LINES; i += 1) {
		if (isNavigation(all[i] ?? '')) copiedPage = true;
		else kept += 1;
	}
	const lines = raw.map((line) => line.replace(/\s+/gu, ' ').trim());
	const symbol = raw.map(symbolIn).find((found) => found !== undefined);
	const dateOf = (line: string) => {
		const dated = DATE.exec(line);
		const date = dated
			? `${dated[3]}-${String(MONTHS.indexOf((dated[2] ?? '').toLowerCase()) + 1).padStart(2, '0')}-${(dated[1] ?? '').padStart(2, '0')}`
			: undefined;
		// `31 June 2005` is a typo, not a date: better asked for than written.
		return date !== undefined && isCalendarDate(date) ? date : undefined;
	};
	const firstDate = lines.map(dateOf).find((date) => date !== undefined);
	const placeLine = lines.map((line) => PLACE.exec(line)?.[1]).find((place) => place !== undefined);
	// A date alone on its line (in the masthead's column) is the document's own; else a dateline's day; else the first.
	const alone = lines
		.filter((line) => DATE_ALONE.test(line))
		.map(dateOf)
		.find((date) => date !== undefined);
	// A resolution is cited by the day it was adopted, which it gives under its last paragraph ("81st plenary meeting
	// / 4 December 2006"), not by its masthead's day of distribution.
	const adopted = ADOPTED.exec(text.replace(/\r\n?/g, '\n'));
	const released =
		(adopted ? dateOf(adopted[1] ?? '') : undefined) ?? alone ?? datelineDay(lines, firstDate) ?? firstDate;

	// A page's own heading is its title, unless it is the site's (a menu, a site name).
	const given = heading?.replace(/\s+/gu, ' ').trim();
	const guessed =
		given !== undefined && given !== '' && titleTextOf(given) !== ''
			? { title: given, titleDoubt: undefined }
			: guessTitle(raw, lines, displayLines);
	const { title } = guessed;
	// A copied page without a symbol has no masthead to find its title under: its first long line may be a menu's.
	const titleDoubt =
		guessed.titleDoubt ??
		(title !== undefined && title !== given && copiedPage && symbol === undefined
			? 'the text looks like a copied web page, and without a document symbol there is no masthead to find its title under'
			: undefined);
	return {
		symbol,
		title,
		...(titleDoubt === undefined ? {} : { titleDoubt }),
		releaseDate: released,
		place: placeLine === undefined ? undefined : titleCase(placeLine),
	};
}

/** A run of lines that could be the title, the line it starts on, and whether it names the issuing body. */
interface TitleCandidate {
	text: string;
	line: number;
	organ: boolean;
	/** Its lines, as read. */
	parts: readonly string[];
}

/**
 * The part of a run a PDF sets in display type, and how large (0 for its largest): the whole run, or some of its
 * lines (a title set right under the organ's name in smaller type, with no space a text layer would keep).
 */
function displayedPart(candidate: TitleCandidate, display: readonly string[]): TitleCandidate & { rank: number } {
	let best = { ...candidate, rank: Infinity };
	const { parts } = candidate;
	for (let from = 0; from < parts.length; from += 1) {
		for (let to = from + 1; to <= parts.length; to += 1) {
			const text = parts.slice(from, to).join(' ');
			const rank = display.indexOf(text);
			if (rank >= 0 && rank < best.rank && !isOrganLine(text)) {
				best = { text, line: candidate.line + from, organ: false, parts: parts.slice(from, to), rank };
			}
		}
	}
	return best;
}

/**
 * The last line of the block that holds the symbol: its line, then the masthead, dates, navigation and blank lines
 * under it (`Distr.: General`, `15 July 2009`, `For information media…`). -1 when no line gives a symbol.
 */
function symbolBlockEnd(raw: readonly string[], lines: readonly string[]): number {
	let end = raw.findIndex((line) => symbolIn(line) !== undefined);
	if (end < 0) return -1;
	while (end + 1 < raw.length && (lines[end + 1] === '' || titleTextOf(raw[end + 1] ?? '') === '')) end += 1;
	return end;
}

/**
 * The title among a text's first lines: the first run of lines of four words or more after the block that holds
 * its symbol and date, leaving out the masthead, a page's navigation, and the line naming the body that issued it
 * (`Working Group on Children and Armed Conflict`), which UN documents set above their title. A run before that
 * block (a copied page's menus), or the body's name, is taken only when nothing better follows, and said so. A run
 * a PDF sets in display type (`displayLines`, largest first) is the title before any other.
 */
function guessTitle(
	raw: readonly string[],
	lines: readonly string[],
	displayLines: readonly string[],
): { title?: string; titleDoubt?: string } {
	const blockEnd = symbolBlockEnd(raw, lines);
	const candidates: TitleCandidate[] = [];
	const display = displayLines.map((line) => line.replace(/\s+/gu, ' ').trim());
	let chosen: TitleCandidate | undefined;
	let first: TitleCandidate | undefined;
	let run: string[] = [];
	let runStart = 0;
	/** Ends a run; true when it is the title (in display type; else after the symbol's block, not the body's name). */
	const close = (): boolean => {
		if (run.length === 0) return false;
		const text = run.join(' ');
		const candidate = { text, line: runStart, organ: isOrganLine(text), parts: run };
		candidates.push(candidate);
		run = [];
		if (!candidate.organ && candidate.line > blockEnd) first ??= candidate;
		// With display type to go by, the whole front matter is read: the largest is chosen at the end.
		if (display.length === 0) chosen = first;
		return chosen !== undefined;
	};
	// The lines right under an agenda item ("Item 71 (a) of the provisional agenda*") are the item's title: the
	// document's own title when it has none but its kind ("Letter dated… from the Secretary-General", whose block
	// is passed over), else a report's title after them.
	const itemTitle: string[] = [];
	let skipping: 'item' | 'kind' | undefined;
	for (const [i, rawLine] of raw.entries()) {
		const line = lines[i] ?? '';
		if (AGENDA_ITEM.test(line) || DOCUMENT_KIND.test(line)) {
			skipping = AGENDA_ITEM.test(line) ? 'item' : 'kind';
			if (close()) break;
			continue;
		}
		if (skipping !== undefined && line !== '') {
			if (skipping === 'item') itemTitle.push(titleTextOf(rawLine));
			continue;
		}
		skipping = undefined;
		if (BRACKETED.test(line)) continue;
		const titleText = titleTextOf(rawLine).replace(RESOLUTION_NUMBER, '');
		// A dateline alone on its line ("NEW YORK, 5 May 2010 (UN Headquarters) --"), before any title: a page that
		// sets its title after the dateline.
		if (titleText !== '' && isFrontMatterEnd(line)) {
			if (run.length === 0 && / --$/u.test(line)) continue;
			close();
			break;
		}
		if (line === '') {
			// A blank line ends the title, unless the next line goes on with it (double-spaced PDF text).
			const next = lines.slice(i + 1).find((l) => l !== '');
			if (run.length > 0 && !(next !== undefined && /^\p{Ll}/u.test(next)) && close()) break;
			continue;
		}
		// Titles do not end like sentences, and the masthead is not part of them.
		const isTitleLine =
			titleText === line.replace(/\s*\*+$/u, '').replace(RESOLUTION_NUMBER, '') &&
			!DATE.test(line) &&
			!/[.;:]$/u.test(titleText) &&
			titleText.split(' ').length >= (run.length > 0 ? 1 : 4);
		if (isTitleLine) {
			// The body's name on the line above the title, with no space between them: two runs, not one title.
			if (run.length === 1 && isOrganLine(run[0] ?? '') && /^\p{Lu}/u.test(titleText) && close()) break;
			if (run.length === 0) runStart = i;
			run.push(titleText);
		} else if (close()) break;
	}
	close();
	const displayed = candidates
		.map((c) => displayedPart(c, display))
		.reduce<(TitleCandidate & { rank: number }) | undefined>(
			(best, c) => (c.rank < (best?.rank ?? Infinity) ? c : best),
			undefined,
		);
	chosen ??= displayed;
	// The agenda item's title names what the document is about better than the body that issued it.
	const title =
		chosen ?? first ?? candidates.find((c) => !c.organ) ?? (itemTitle.length > 0 ? undefined : candidates[0]);
	if (title === undefined) return itemTitle.length > 0 ? { title: itemTitle.join(' ') } : {};
	// Other lines that could be the title, up to the first one after the symbol's block (where the reading stops
	// without display type); none when the PDF's type says which is the title.
	const readUpTo = first?.line ?? Infinity;
	const passedOver = candidates
		.filter((c) => c !== title && !c.organ && c.line <= readUpTo && title !== displayed)
		.slice(0, 2)
		.map((c) => `"${c.text}"`);
	const doubts = [
		title.organ && 'it reads like the name of the body that issued the document',
		mixesScripts(title.text) && "it mixes scripts, as a page's language menu does",
		passedOver.length > 0 && `${passedOver.join(' and ')} could be the title too`,
	].filter((doubt) => doubt !== false);
	return { title: title.text, ...(doubts.length > 0 ? { titleDoubt: doubts.join('; ') } : {}) };
}

/** A dateline's day and month without a year (`NEW YORK, 31 July (UN Headquarters) --`), the last day of a range. */
const DATELINE_DAY = new RegExp(
	String.raw`^\p{Lu}[\p{L} .'-]{0,40}?,\s+(?:\d{1,2}\s*(?:-|–|—|and|to)\s*)?(\d{1,2})\s+(${MONTH})\b(?!\s+\d{4})`,
	'u',
);

/**
 * The day a press release was issued, when its dateline gives the day and month but not the year: the year of the
 * first full date of the text (the meeting it reports on: "held on 29 and 30 July 2008"), or the next one when the
 * dateline's month comes well before that date's (a release of early January on a meeting of late December). A
 * dateline is the release's own date; a date in its text is often the meeting's, days earlier.
 */
function datelineDay(lines: readonly string[], firstDate: string | undefined): string | undefined {
	const dated = lines.map((line) => DATELINE_DAY.exec(line)).find((found) => found !== null);
	if (!dated || firstDate === undefined) return undefined;
	const month = MONTHS.indexOf((dated[2] ?? '').toLowerCase()) + 1;
	const [year, firstMonth] = firstDate.split('-').map(Number) as [number, number];
	const date = `${month < firstMonth - 6 ? year + 1 : year}-${String(month).padStart(2, '0')}-${(dated[1] ?? '').padStart(2, '0')}`;
	return isCalendarDate(date) ? date : undefined;
}
