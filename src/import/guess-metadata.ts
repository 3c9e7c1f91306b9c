import { withoutSoftHyphens } from '../corpus/text.ts';
import { isFrontMatterEnd, isNavigation } from './front-matter.ts';
import {
	adoptionSentenceDates,
	dateDoubt,
	dateLinesConsidered,
	datelineFullDay,
	datelineLikeIn,
} from './date-doubt.ts';
import { meetingDates } from './meeting-dates.ts';
import { adoptionDay } from './adoption-note.ts';
import { pagedRunningHeads } from './paged-heads.ts';
import { symbolLikeIn } from './symbol-like.ts';
import {
	closingDateline,
	dateAfterTextDoubt,
	datelineDay,
	placeOfDatelines,
	shortDateAlone,
	withWrappedDates,
} from './date-lines.ts';
import { placeInPhrasing } from './place-phrase.ts';
import { guessTitle } from './guess-title.ts';
import { onlyDecisionListed, withoutCatalogueTail, withoutOwnNumber } from './decision-title.ts';
import { withKindHeading } from './title-doubts.ts';
import { namesKindOnly } from './document-kind.ts';
import {
	DATE,
	DATE_ALONE,
	FULL_DATE,
	cellsOf,
	dateOverPlace,
	isDateline,
	isoDateOf,
	nextWords,
	stackedDateline,
	symbolIn,
	titleTextOf,
} from './masthead.ts';
import { coverNoteSubject } from './cover-note.ts';
import { asName, isOrganisationName } from './organisation-names.ts';
import { isPrintedSymbol, underCouncilMasthead } from './printed-symbol.ts';

/** Every full date of a line. */
const DATES = new RegExp(FULL_DATE, 'gu');
/** How far into a text its symbol, date, place and title are looked for. */
export const FRONT_LINES = 30;

export interface GuessedMetadata {
	symbol?: string | undefined;
	title?: string | undefined;
	releaseDate?: string | undefined;
	place?: string | undefined;
	/** The days of the meeting, when the front matter gives them as a range (`21–26 October 2024`). */
	meetingDates?: string[] | undefined;
	/** Without a date: a line that looks like a dateline in a language whose dates are not read, for the import to name. */
	datelineLike?: string | undefined;
	/** Without a date: the first lines that hold a year or a month's name, for the import to name (none: none did). */
	dateLines?: string[] | undefined;
	/** Without a symbol: a line that looks like one but could not be read as one, for the import to name. */
	symbolLike?: string | undefined;
	/** The number of that line in the text (from 1). */
	symbolLikeLine?: number | undefined;
	/** The organisation a masthead line names above the title (`INDIAN OCEAN RIM ASSOCIATION`), written as a name. */
	publisher?: string | undefined;
	/** Why the title read may not be the document's, for the import to say (and to name `--title`). */
	titleDoubt?: string | undefined;
	/** Why the date read may not be the document's, for the import to say (and to name `--date`). */
	dateDoubt?: string | undefined;
}

/** `NEW YORK` → `New York`, `WASHINGTON, D.C.` → `Washington, D.C.`; a name written in both cases is kept as written. */
const titleCase = (text: string) =>
	/\p{Ll}/u.test(text)
		? text
		: text
				.toLowerCase()
				.replace(/(^|[\s'.-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** A block's end that closes a sentence: a stop, or a lead-in's colon, maybe inside quotation marks or brackets. */
const SENTENCE_END = /[.;:!?…]["”’)\]]*$/u;

/**
 * The front matter's blocks (its runs of lines without a blank one, each joined): the lines before the text begins
 * (see `isFrontMatterEnd`), where a subtitle or a dateline says where and when; a paragraph of the body never does.
 */
function frontBlocks(lines: readonly string[]): string[] {
	const found = lines.findIndex(isFrontMatterEnd);
	// A press release's dateline, where the text begins, says when too (`… held at Headquarters on 18 and 19 February:`).
	const end = found >= 0 && isDateline(lines[found] ?? '') ? found + 1 : found;
	const blocks: string[] = [];
	let block: string[] = [];
	for (const line of end < 0 ? lines : lines.slice(0, end)) {
		if (line !== '') block.push(line);
		else if (block.length > 0) {
			blocks.push(block.join(' '));
			block = [];
		}
	}
	if (block.length > 0) blocks.push(block.join(' '));
	// A text without numbered paragraphs begins without a mark: a block that ends a sentence is its body's, unless it
	// is the dateline that opens it (`GENEVA, 2 March — The envoys met on 1 and 2 March 2031 and agreed:`).
	return blocks.filter((text) => !SENTENCE_END.test(text) || isDateline(text));
}

/**
 * The organisation a masthead names on a line of its own above the title (as other bodies than the UN head their
 * documents), written as a name; none when the title comes first or no line above it is an organisation's name.
 */
function publisherAbove(lines: readonly string[], title: string): string | undefined {
	const titleAt = lines.findIndex((line) => line !== '' && title.startsWith(line));
	const line = lines.slice(0, Math.max(titleAt, 0)).find((l) => l !== '' && isOrganisationName(l));
	return line === undefined ? undefined : asName(line);
}

/**
 * What a text says about itself in its first lines (a copied page's navigation not counted): its symbol (a line, or
 * a masthead column, that is only a symbol), its date (the first real `26 July 2005`), the place of a dateline, and
 * its title (see `guessTitle`), with a doubt about it to say. Each may be missing; the import asks for what it could
 * not find.
 */
export function guessMetadata(text: string, heading?: string, displayLines: readonly string[] = []): GuessedMetadata {
	// A copied web page starts with its menus, which do not count against the lines looked at. Its soft hyphens are
	// invisible: a title read with one would carry it into every citation.
	const all = withoutSoftHyphens(text).replace(/\r\n?/g, '\n').split('\n');
	// Nor does a running head that counts the pages (see `pagedRunningHeads`): the title is the page's own line.
	const heads = pagedRunningHeads(all);
	const raw = all.filter((line) => !isNavigation(line) && !heads.has(line)).slice(0, FRONT_LINES);
	// Whether navigation was left out among the lines read: the text is a web page copied with its menus.
	let copiedPage = false;
	for (let i = 0, kept = 0; i < all.length && kept < FRONT_LINES; i += 1) {
		if (isNavigation(all[i] ?? '')) copiedPage = true;
		else kept += 1;
	}
	const lines = raw.map((line) => line.replace(/\s+/gu, ' ').trim());
	// The symbol a line gives (see `symbolIn`); else, under the Council of the European Union's masthead, its
	// document number in a column (`10234/25`), never a field's value (`No. prev. doc.:  9876/25`).
	const councilMasthead = underCouncilMasthead(raw.flatMap(cellsOf));
	const symbol =
		raw.map(symbolIn).find((found) => found !== undefined) ??
		raw
			.filter((line) => !/:\s/u.test(line))
			.flatMap(cellsOf)
			.find((cell) => isPrintedSymbol(cell, councilMasthead));
	// Without a symbol, a line that looks like one is named to the user, who can pass it if it is the document's.
	const likeAt = symbol === undefined ? raw.findIndex((line) => symbolLikeIn(line) !== undefined) : -1;
	const symbolLike = likeAt < 0 ? undefined : symbolLikeIn(raw[likeAt] ?? '');
	// Its line in the text, navigation counted: the number the user finds it at.
	const symbolLikeLine = likeAt < 0 ? undefined : all.indexOf(raw[likeAt] ?? '') + 1;
	// `31 June 2005` is a typo, not a date: better asked for than written.
	const dateOf = (line: string) => isoDateOf(DATE.exec(line));
	// A date wrapped over two lines (`… in Astana on 4 July` / `2024, state the following.`) is read as one.
	const wrapped = withWrappedDates(lines);
	const firstDate = wrapped.map(dateOf).find((date) => date !== undefined);
	// Read in the masthead's columns: `Council of the      Brussels, 23 June 2025` sets a logo's words beside it.
	// Or set over its date on the line below (`BANJUL, REPUBLIC OF THE GAMBIA` / `4-5 MAY 2024`).
	// Or under it (`18 January 2024` / `Kampala, Republic of Uganda`).
	const stacked = lines
		.map((line, i) => stackedDateline(line, nextWords(lines, i)) ?? dateOverPlace(line, nextWords(lines, i)) ?? [])
		.flat();
	const placeLine = placeOfDatelines([...raw.flatMap(cellsOf), ...stacked]);
	// A date alone on its line (in the masthead's column) is the document's own; else a dateline's day (without its year,
	// or one full day closing the line); else the first.
	// A site's `10 Jul. 2024` too.
	const alone = lines
		.map((line) => (DATE_ALONE.test(line) ? dateOf(line) : shortDateAlone(line)))
		.find((date) => date !== undefined);
	// A resolution is cited by the day it was adopted, which it gives under its last paragraph ("81st plenary meeting
	// / 4 December 2006"), not by its masthead's day of distribution.
	const unix = text.replace(/\r\n?/g, '\n');
	const adopted = adoptionDay(unix);
	const datelined = datelineFullDay(lines);
	const known =
		(adopted ? dateOf(adopted) : undefined) ??
		alone ??
		datelineDay(lines, firstDate) ??
		(datelined === undefined ? undefined : dateOf(datelined));
	// Else the day an adoption sentence gives (a report's "At its 2nd meeting, on …, the Commission adopted…"), else
	// the first date; either is said to be unsure when the text gives other dates.
	const adoptions = adoptionSentenceDates(unix)
		.map(dateOf)
		.filter((date) => date !== undefined);
	// Else a closing dateline's, under the last paragraph (`Astana, 4 July 2024`).
	const closing = closingDateline(unix);
	const released = known ?? adoptions[0] ?? firstDate ?? closing?.date;
	const frontDates = wrapped.flatMap((line) => [...line.matchAll(DATES)].map((m) => dateOf(m[0]) ?? []).flat());
	const doubtOfDate =
		known !== undefined || released === undefined
			? undefined
			: (dateDoubt(released, adoptions[0] !== undefined ? 'adoption' : 'first date', frontDates, adoptions) ??
				(adoptions[0] === undefined ? dateAfterTextDoubt(wrapped, released, dateOf) : undefined));

	// A page's own heading is its title, unless it is the site's (a menu, a site name).
	const given = heading === undefined ? undefined : withoutSoftHyphens(heading).replace(/\s+/gu, ' ').trim();
	// A cover note's subject is what the document is (its sender and addressees are not).
	const subject = coverNoteSubject(raw);
	// A heading that only says what kind of document it is (`Chair's Summary`, Word's `<title>`) is no title: the text's
	// own title line is looked for, and the heading taken, said unsure, only when there is none.
	const kindOnly = given !== undefined && namesKindOnly(given);
	// A report's addendum that sets out one decision, pages on, is cited by the decision's subject.
	const listed = onlyDecisionListed(lines);
	const onlyDecision = listed === undefined ? undefined : { title: listed, titleDoubt: undefined };
	const guessed =
		given !== undefined && given !== '' && titleTextOf(given) !== '' && !kindOnly
			? { title: given, titleDoubt: undefined }
			: subject !== undefined
				? { title: subject, titleDoubt: undefined }
				: (onlyDecision ?? withKindHeading(guessTitle(raw, lines, displayLines), kindOnly ? given : undefined));
	const title = withoutOwnNumber(withoutCatalogueTail(guessed.title), symbol);
	// A copied page without a symbol has no masthead to find its title under: its first long line may be a menu's.
	const titleDoubt =
		guessed.titleDoubt ??
		(title !== undefined && title !== given && copiedPage && symbol === undefined
			? 'the text looks like a copied web page, and without a document symbol there is no masthead to find its title under'
			: undefined);
	// Where a dateline does not say, the front matter's phrasing may (`… Council in The Hague on 25 June 2025`).
	const blocks = frontBlocks(lines);
	const place = (
		placeLine === undefined ? (placeInPhrasing(blocks) ?? closing?.place) : titleCase(placeLine)
	)?.normalize('NFC');
	const days = meetingDates(blocks, released);
	const publisher = guessed.title === undefined ? undefined : publisherAbove(lines, guessed.title);
	const datelineLike = released === undefined ? datelineLikeIn(lines) : undefined;
	const dateLines = released === undefined ? dateLinesConsidered(wrapped) : undefined;
	return {
		symbol,
		...(symbolLike === undefined ? {} : { symbolLike, symbolLikeLine }),
		title,
		...(publisher === undefined ? {} : { publisher }),
		...(titleDoubt === undefined ? {} : { titleDoubt }),
		releaseDate: released,
		...(doubtOfDate === undefined ? {} : { dateDoubt: doubtOfDate }),
		place,
		...(days === undefined ? {} : { meetingDates: days }),
		...(datelineLike === undefined ? {} : { datelineLike }),
		...(dateLines === undefined ? {} : { dateLines }),
	};
}
