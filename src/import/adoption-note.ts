import { PLENARY_MEETING } from '../corpus/layout-noise.ts';
import { DAY_MONTH_YEAR } from './masthead.ts';

/**
 * The note under a document's kind or title that says who adopted it, at which meeting and when: `Adopted by the
 * Security Council at its 10123rd meeting, on 12 March 2026`, or wrapped over lines as an African Union Peace and
 * Security Council communiqué sets it under `COMMUNIQUÉ` (`Adopted by the Peace and Security Council (PSC) of the
 * African Union (AU) at its` / `1200th meeting held on 15 March 2024, on the situation in the Sahel region,`).
 * Never the title by itself, nor any of its lines.
 */
const OPENS_NOTE = /^\(?Adopted\s+by\s+the\s/iu;
/** The meeting a note names: `at its 1200th meeting`, `at its 52nd plenary meeting`. */
const AT_MEETING = /\bat\s+its\s+\d{1,5}(?:st|nd|rd|th)\b/iu;
/** How many lines a note may be wrapped over. */
const MOST_LINES = 4;

/** A line that ends a phrase: the next capitalised line is not the note's. */
const ENDS_PHRASE = /[,.;:)]$/u;

/**
 * The adoption note that opens at `lines[at]` (see `OPENS_NOTE`): its text, its lines joined, and the index of its
 * last line. It goes on over lines that do not end a phrase, or that the next goes on from in lower case or figures
 * (`1200th meeting…`), and ends at a blank line.
 */
export function adoptionNoteAt(lines: readonly string[], at: number): { text: string; end: number } | undefined {
	const said = SAID_AS_SENTENCE.test(lines[at] ?? '');
	if (!OPENS_NOTE.test(lines[at] ?? '') && !said) return undefined;
	let end = at;
	while (end + 1 < lines.length && end - at + 1 < MOST_LINES) {
		const next = lines[end + 1] ?? '';
		if (next === '' || (ENDS_PHRASE.test(lines[end] ?? '') && !/^[\p{Ll}\d]/u.test(next))) break;
		end += 1;
	}
	const text = lines.slice(at, end + 1).join(' ');
	if (!said) return AT_MEETING.test(text) ? { text, end } : undefined;
	const sentence = AS_SENTENCE.exec(text);
	return sentence ? { text: `Adopted by the ${sentence[1]} ${sentence[2]}, ${sentence[3]}`, end } : undefined;
}

/**
 * The note as a communiqué's first sentence says it, under `COMMUNIQUÉ`: `The Peace and Security Council of the
 * African Union (AU), at its 1000th meeting held on 14 June 2021, adopted the following decision on the situation in
 * the Sahel…:`, read as `Adopted by the Peace and Security Council of the African Union (AU) at its 1000th meeting
 * held on 14 June 2021, on the situation in the Sahel…`.
 */
const SAID_AS_SENTENCE = /^The\s+\p{Lu}/u;
const AS_SENTENCE =
	/^The\s+(.+?),?\s+(at\s+its\s+\d{1,5}(?:st|nd|rd|th)\b.*?),?\s+adopted\s+the\s+following\s+(?:decision|communiqu[ée]|press\s+statement|statement)\s+(on\s+.+?)\s*:?$/iu;

/** A line that names only a document's kind, as a communiqué's first page sets it over its adoption note. */
const BARE_KIND =
	/^(?:final\s+|joint\s+)?(?:communiqu[ée]|press\s+statement|statement|decision|declaration|d[ée]claration|resolution)$/iu;

/**
 * The title a document gives by its kind over its adoption note (`COMMUNIQUÉ` / `Adopted by the Peace and Security
 * Council … at its 1200th meeting held on 15 March 2024, on the situation in the Sahel region,`): the kind, then the
 * note, in the document's words (`Communiqué adopted by the Peace and Security Council … on the situation in the Sahel
 * region`); the kind in capitals is written as a word, the note's closing comma dropped. Undefined when `kind` names
 * more than a kind: a title of its own, which the note does not add to.
 */
export function kindWithNote(kind: string, note: string): string | undefined {
	if (!BARE_KIND.test(kind)) return undefined;
	const word = /\p{Ll}/u.test(kind) ? kind : kind.charAt(0) + kind.slice(1).toLowerCase();
	const said = note.replace(/^\(|[,;)]$/gu, '').trim();
	return `${word} ${said.charAt(0).toLowerCase()}${said.slice(1)}`;
}

/**
 * The meeting that adopted a resolution and its date, on the lines under its last paragraph: the General Assembly's
 * `81st plenary meeting` / `4 December 2006`, the Human Rights Council's and the Security Council's `52nd meeting` /
 * `3 April 2025`.
 */
const ADOPTED = new RegExp(
	String.raw`^\s*(?:${PLENARY_MEETING}|\d{1,5}(?:st|nd|rd|th)\s+meeting)\s*\n\s*(${DAY_MONTH_YEAR})\s*$`,
	'imu',
);
/**
 * The line under a Security Council resolution's title that says when it was adopted, maybe wrapped before its
 * date: `Adopted by the Security Council at its 10123rd meeting, on 12 March 2026`; an AU communiqué's, with acronyms
 * and the meeting "held on" its day (`… Council (PSC) of the African Union (AU) at its 1245th meeting held on …`).
 */
const ADOPTED_AT = new RegExp(
	String.raw`^\s*Adopted\s+by\s+the\s+[\p{L} ()]{3,80}?\s+at\s+its\s+\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting,?\s+(?:held\s+)?on\s+(${DAY_MONTH_YEAR})`,
	'imu',
);
/** The day a resolution's adoption lines give (see `ADOPTED`, `ADOPTED_AT`), as written; undefined when none does. */
export function adoptionDay(text: string): string | undefined {
	return (ADOPTED.exec(text) ?? ADOPTED_AT.exec(text))?.[1];
}
