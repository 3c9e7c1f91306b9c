import { numberAt, type Cursor } from './layout-mode.ts';
import { isPlainHeading } from './markers.ts';

/**
 * The name a section that numbers its own paragraphs from 1 is cited by, as an annex is (`section II ¶3`, `item 4.2
 * ¶1`): see `Numbering`. It is read from the section as the parser names it, its headings from the outermost
 * (`I. Oceans — A. Fisheries`): a heading that prints a word and a designator names it so (`Item 4.2`, `Part B`,
 * `Session 2`); headings that print a mark only (`II. Marine pollution`, `B. Fisheries`) name it `Section II`, or
 * `Section I.A` for a lettered one under a roman one, so that `A.` under `I.` and under `II.` stay apart. A section
 * without a designator is named by its innermost heading, as printed, up to its title's colon (`Appendix to annex I:
 * staffing table` → `Appendix to annex I`).
 */

/** `Item 4.2`, `AGENDA ITEM 5`, `Part B`, `Chapter IV`, `Section 3`, `Session 2:`: a heading's word, then its designator. */
const WORDED =
	/^((?:agenda\s+)?(?:item|part|chapter|section|session|theme|topic|pillar|segment))\s+(?:no\.\s*)?(\S+?)[.:]?(?=$|\s)/iu;
/** A designator as printed: `4.2`, `12`, `IV`, `B` (in capitals: `Part of …` has none). */
const DESIGNATOR = /^(?:\d{1,3}(?:\.\d{1,3}){0,2}|[IVXLC]{1,7}|[A-Z])$/u;
/** `II.`, `B.`, `3.`, `IV)`: a heading's mark alone. */
const MARKED = /^([IVXLC]{1,7}|[A-Z]|\d{1,3})[.)]\s+\S/u;

/** What one heading's designator names: a word and its designator, or a mark alone; undefined for neither. */
function designated(heading: string): { worded: string } | { mark: string } | undefined {
	const [, word, designator] = WORDED.exec(heading) ?? [];
	if (word !== undefined && designator !== undefined && DESIGNATOR.test(designator))
		return { worded: `${word.replace(/\s+/gu, ' ')} ${designator}` };
	const mark = MARKED.exec(heading)?.[1];
	return mark === undefined ? undefined : { mark };
}

/**
 * The part a section numbered from 1 again is, from its section's name (see above). Inside an annex it is the
 * annex's (`Annex II, Section B`), unless it names the annex itself.
 */
export function sectionPartName(section: string, annex: string | undefined): string {
	const headings = section.split(' — ').filter((h, i) => i > 0 || annex === undefined || h !== annex);
	const designators = headings.map(designated);
	const worded = designators.findLast((d) => d !== undefined && 'worded' in d);
	const marks = designators.flatMap((d) => (d !== undefined && 'mark' in d ? [d.mark] : []));
	const innermost = (headings.at(-1) ?? 'Section').replace(/\s+/gu, ' ');
	const name =
		worded !== undefined && 'worded' in worded
			? worded.worded
			: marks.length > 0
				? `Section ${marks.join('.')}`
				: innermost.replace(/^([^:]{3,}):\s*\S.*$/u, '$1');
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
