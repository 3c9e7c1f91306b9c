import { numberAt, type Cursor } from './layout-mode.ts';
import { isPlainHeading } from './markers.ts';

/**
 * The name a section that numbers its own paragraphs from 1 is cited by, as an annex is (`section II ¶3`, `item 4.2
 * ¶1`): see `Numbering`. Its headings are the ones read since the paragraph before, outermost first; the innermost
 * that carries a designator names it, as printed where it prints a word (`Item 4.2`, `Agenda item 5`, `Part B`) and
 * as `Section II` where it prints a mark only (`II. Marine pollution`, `B. Fisheries`, `3. Oceans`). Headings without
 * a designator (`Marine pollution`) name it by the first of them, as printed.
 */

/** `Item 4.2`, `AGENDA ITEM 5`, `Part B`, `Chapter IV`, `Section 3`, `Session II`: a heading's word and designator. */
const WORDED =
	/^((?:agenda\s+)?(?:item|part|chapter|section|session|theme|topic|pillar|segment)\s+(?:no\.\s*)?[\dIVXLCA-Z](?:[\d.]*\d|[IVXLC]*)?)(?=$|[\s.:—–-])/iu;
/** `II.`, `B.`, `3.`, `IV)`: a heading's mark alone. */
const MARKED = /^([IVXLC]{1,7}|[A-Z]|\d{1,3})[.)]\s+\S/u;

/** The designator a heading line carries, as a part's name; undefined for one without. */
function designated(line: string): string | undefined {
	const worded = WORDED.exec(line)?.[1];
	if (worded !== undefined) return worded.replace(/\s+/gu, ' ');
	const mark = MARKED.exec(line)?.[1];
	return mark === undefined ? undefined : `Section ${mark}`;
}

/**
 * The part a section numbered from 1 again is: named by its headings (see above). Inside an annex it is the annex's
 * (`Annex II, Section B`).
 */
export function sectionPartName(headings: readonly string[], annex: string | undefined): string {
	const named = headings.map(designated).findLast((name) => name !== undefined);
	// A heading without a designator names the part by what stands before its title (`Appendix to annex I: staffing
	// table` → `Appendix to annex I`), else whole.
	const name = named ?? (headings[0] ?? 'Section').replace(/\s+/gu, ' ').replace(/^([^:]{3,}):\s*\S.*$/u, '$1');
	return annex === undefined || name.toLowerCase().includes(annex.toLowerCase()) ? name : `${annex}, ${name}`;
}

/** A heading that names a part by its word (`Appendix to annex I`, `Annexe`): its own numbering needs no proof. */
export const namesPart = (heading: string) =>
	/^(?:annex|annexe|appendix|attachment|enclosure|addendum)\b/iu.test(heading);

/** The most short lines that stand between an item's title and its decisions (`Decisions`, `The Deputies`). */
const MOST_SPEAKER_LINES = 3;

/**
 * Whether line `i` is one of the short lines over numbered decisions that go on its sentence in lower case: `The
 * Deputies` over `1. took note of …;` (the subject every decision shares), and a label over it (`Decisions`). They
 * are the decisions' lead-in, no paragraph's text and no text lost.
 */
export function namesWhoDecides(cursors: readonly Cursor[], i: number): boolean {
	for (let at = i; at < cursors.length && at <= i + MOST_SPEAKER_LINES; at += 1) {
		const cursor = cursors[at];
		if (cursor === undefined) return false;
		const mark = at > i ? numberAt(cursor) : undefined;
		if (mark !== undefined) return /^\p{Ll}/u.test(mark.rest);
		if (!isPlainHeading(cursor.text)) return false;
	}
	return false;
}
