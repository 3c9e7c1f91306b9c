import { afterBreak, type Cursor } from './layout-mode.ts';
import { bullet } from './markers.ts';

/**
 * A list of who took part, set after a meeting's conclusions ("List of participants", then "Angola", "Fiji", …):
 * names, not conclusions. The parser keeps it as context, out of the paragraphs, when a heading names such a list
 * and short lines of names follow it; anywhere else a one-line block stays the conclusion it may be.
 */

/**
 * A heading that names a list of who took part: `List of participants`, `Participants`, `Annex: List of
 * participants`, `Annex II — List of participating organizations`, `Attendance`.
 */
const PARTICIPANTS_HEADING = new RegExp(
	String.raw`^(?:(?:Annex|Appendix|Enclosure)(?:\s+(?:[IVXLC]+|\d+|[A-Z]))?\s*[.:—–-]?\s*)?` +
		String.raw`(?:(?:Final\s+|Provisional\s+)?List\s+of\s+(?:participants|attendees|delegations|speakers|participating\s+\p{L}+)` +
		String.raw`|Participants|Attendance|Attendees|Delegations|Participating\s+(?:States|countries|delegations|organizations|entities))` +
		String.raw`(?:\s*\*)?:?$`,
	'iu',
);

/** Small words a name may have in lower case: `Ministry of Foreign Affairs`, `Banco de la Nación`. */
const LOWER_CASE_IN_NAMES = new Set(['and', 'for', 'from', 'the', 'with', 'des', 'del', 'della', 'von', 'van']);
/** A name, even with its title and office, is short. */
const MAX_NAME_WORDS = 16;

export function isParticipantsHeading(text: string): boolean {
	return PARTICIPANTS_HEADING.test(text.trim());
}

/**
 * Whether a line (a bullet's text, or a line of its own) is only a name or names, as a list of participants sets
 * them: `Angola`, `International Maritime Organization`, `Mr. Ali Khan, Minister for the Environment (Fiji)`,
 * `Angola, Fiji, Norway and Portugal.` Short, its words mostly capitalised, and not a sentence: a full stop ends it
 * only after a list of several names or an abbreviation (`Ltd.`).
 */
export function isNameLine(line: string): boolean {
	const text = (bullet(line)?.rest ?? line).trim();
	if (!/^[\p{Lu}\p{N}(“"]/u.test(text) || /[!?:]$/u.test(text)) return false;
	const names = text.replace(/[.;,]$/u, '').split(/[,;]\s+|\s+(?:and|or)\s+/u);
	if (names.some((name) => name.split(/\s+/u).length > MAX_NAME_WORDS)) return false;
	const lastWord = text.split(/\s+/u).at(-1) ?? '';
	const abbreviation = /^(?:\p{Lu}\p{Ll}{0,2}|(?:\p{L}\.)+\p{L})\.$/u.test(lastWord);
	if (text.endsWith('.') && names.length < 2 && !abbreviation) return false;
	// Words of four letters or more are names, mostly: "Participants agreed on trade" is a sentence.
	const long = text.split(/[\s,;()]+/u).filter((word) => word.replace(/\P{L}/gu, '').length >= 4);
	const lower = long.filter((word) => /^\p{Ll}/u.test(word) && !LOWER_CASE_IN_NAMES.has(word));
	// A list of names closed by a full stop has no word of a sentence ("Angola and Fiji agreed to cooperate.").
	if (text.endsWith('.') && !abbreviation) return lower.length === 0;
	return lower.length * 2 < long.length || long.length === 0;
}

/** The lines of one list of participants: its heading and the names under it. */
function listAt(cursors: readonly Cursor[], i: number): number {
	const heading = cursors[i];
	if (heading === undefined || !isParticipantsHeading(heading.text)) return 0;
	if (!heading.blockStart && !afterBreak(heading.previous)) return 0;
	// The names are all bullets of one kind, or all lines without one spaced alike (one block, or a block each): a
	// heading after them, in a block of its own, is no name.
	const first = cursors[i + 1];
	const marker = bullet(first?.text ?? '')?.marker;
	const sameKind = (next: Cursor) =>
		bullet(next.text)?.marker === marker && (marker !== undefined || next.blockStart === first?.blockStart);
	let end = i + 1;
	for (let next = cursors[end]; next && isNameLine(next.text) && sameKind(next); next = cursors[end]) end += 1;
	return end - i > 1 ? end - i : 0;
}

/**
 * The text's lines without its lists of participants, and those lists (heading and names, one per line) as context.
 * The line after a list opens a block of its own, whatever the spacing: it does not go on with the names.
 */
export function setAsideParticipantsLists(cursors: readonly Cursor[]): { cursors: Cursor[]; lists: string[] } {
	const kept: Cursor[] = [];
	const lists: string[] = [];
	let afterList = false;
	for (let i = 0; i < cursors.length; i += 1) {
		const length = listAt(cursors, i);
		if (length > 0) {
			lists.push(
				cursors
					.slice(i, i + length)
					.map((c) => c.text)
					.join('\n'),
			);
			i += length - 1;
			afterList = true;
			continue;
		}
		const cursor = cursors[i] as Cursor;
		kept.push(afterList ? { ...cursor, blockStart: true, previous: kept.at(-1)?.text } : cursor);
		afterList = false;
	}
	return { cursors: kept, lists };
}
