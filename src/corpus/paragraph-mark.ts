import type { AnnexPlace } from './types.ts';

/**
 * How the document itself numbers a paragraph, for everything a reader sees or copies. The corpus holds an annex
 * whose numbers start again at 1 under the body's next numbers (ids and `/quote 10` use those); shown as "¶10", such
 * a paragraph would be cited by a number the document does not have. These functions are the one place that turns a
 * paragraph into the words readers see: "¶10" for the body, "annex ¶1" (or "annex II ¶1") for an annex, and the
 * document's own mark for a paragraph it numbers within its section or letters ("¶1.1", "¶(a)"), held under its
 * position.
 */

/** What a mark needs of a paragraph: a corpus paragraph and a parsed one both have it. */
export interface Numbered {
	number: number;
	inAnnex?: AnnexPlace | undefined;
	ownMark?: string | undefined;
	/** The part naming an own mark printed again in another section (`Section II` for its `(a)`): see repeated-marks.ts. */
	markPart?: string | undefined;
	/** The heading it stands under: names a mark printed again in each section (`(a)` under `I.` and `II.`). */
	section?: string | null | undefined;
}

/** The marks of a section's headings (`Annex — II. Follow-up` → `II`): how a reader names the section. */
export const sectionMarks = (section: string | null | undefined): string[] =>
	(section ?? '').split(' — ').flatMap((part) => /^([IVXLC]{1,7}|[A-Z])\.\s/u.exec(part)?.[1] ?? []);

/** What the document prints on it: its own mark (`1.1`, `(a)`), its number in its annex, or its number. */
function printed(paragraph: Numbered): string {
	return paragraph.ownMark ?? String(paragraph.inAnnex?.number ?? paragraph.number);
}

/**
 * The annex's line as a citation writes it: its first word in lower case, its designator as printed (`Annex II` →
 * `annex II`, `APPENDIX A` → `appendix A`), as UN documents cite "A/64/359, annex, para. 1". A name of several words
 * reads as a phrase in a sentence: a part's word and a word set in capitals are lower case too (`Annex to the ANNEX`
 * → `annex to the annex`), a designator (`II`, `A`, `2`) and a name as printed (`the Paris Agreement`) are not.
 */
export function annexName(annex: string): string {
	const [word = '', ...rest] = annex.trim().split(/\s+/u);
	return [word.toLowerCase(), ...rest.map((w) => (PART_WORD.test(w) || CAPITALS.test(w) ? w.toLowerCase() : w))].join(
		' ',
	);
}

/** A part's word, in any case (`Annex`, `APPENDIX`, a section's that numbers its own: `Annex, Section II`). */
const PART_WORD = /^(?:annex|appendix|attachment|enclosure|addendum|preamble|section|item)$/iu;
/** A word set in capitals that is no designator (not `II`, `A`). */
const CAPITALS = /^(?![IVXLC]+$)\p{Lu}{2,}$/u;

/**
 * "¶10", "annex ¶1" for a paragraph of an annex that numbers its own, or "section II ¶(a)" for a mark printed again
 * in another section: for labels, titles and lists.
 */
export function paragraphMark(paragraph: Numbered): string {
	const { inAnnex, markPart } = paragraph;
	if (inAnnex) return `${annexName(inAnnex.annex)} ¶${inAnnex.number}`;
	return `${markPart === undefined ? '' : `${annexName(markPart)} `}¶${printed(paragraph)}`;
}

/**
 * The mark after a document's name in a citation: "¶10", or "annex, ¶1" (the comma as UN documents cite annexes),
 * "section II, ¶(a)" for a mark printed again in another section. `sign` is how the style writes "paragraph"
 * (`para. ` for APA).
 */
export function citedMark(paragraph: Numbered, sign = '¶'): string {
	const { inAnnex, markPart } = paragraph;
	if (inAnnex) return `${annexName(inAnnex.annex)}, ${sign}${inAnnex.number}`;
	return `${markPart === undefined ? '' : `${annexName(markPart)}, `}${sign}${printed(paragraph)}`;
}

/** A mark at the start of a title: "¶10", "Annex ¶1". */
export function titleMark(paragraph: Numbered): string {
	const mark = paragraphMark(paragraph);
	return mark.charAt(0).toUpperCase() + mark.slice(1);
}

/**
 * The numbers of a document's paragraphs as ranges, each part named as the document numbers it: `¶1–10`,
 * `¶12–14, 16–18` for an extract with a gap, `¶1–9; annex ¶1–4` for a report with an annex that restarts, and for
 * paragraphs with marks of their own, runs in the order held within one section: `¶1.1–1.2, 2.1–2.2, 3.1`, `¶(a)–(d)`.
 */
export function markRanges(paragraphs: readonly Numbered[]): string {
	type Range = { to: number; own: string | undefined; labels: [string, string] };
	const parts: { annex: string | undefined; ranges: Range[] }[] = [];
	// Where a mark is printed again in another section (`(a)` under `I.` and `II.`), each names its section (`II (a)`).
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const { ownMark } of paragraphs) {
		if (ownMark !== undefined) (seen.has(ownMark) ? repeated : seen).add(ownMark);
	}
	for (const p of paragraphs) {
		const annex = p.inAnnex?.annex;
		const number = p.inAnnex?.number ?? p.number;
		const inSection = p.ownMark !== undefined && repeated.size > 0 ? sectionMarks(p.section).at(-1) : undefined;
		// A run of own marks stays within its section (`1.` of `1.1`, or `II` of `II (a)`): `1.1–2.1` would seem to
		// hold 1.3. Letters after numbers start a run of their own: `¶1–(k)` would seem to hold ¶3.
		const within = p.ownMark?.slice(0, p.ownMark.lastIndexOf('.') + 1);
		const own = `${inSection ?? ''} ${within === undefined ? '' : within || 'own'}`;
		const label = inSection === undefined ? printed(p) : `${inSection} ${printed(p)}`;
		let part = parts.at(-1);
		if (!part || part.annex !== annex) parts.push((part = { annex, ranges: [] }));
		const last = part.ranges.at(-1);
		if (last && number === last.to + 1 && last.own === own) [last.to, last.labels[1]] = [number, printed(p)];
		else part.ranges.push({ to: number, own, labels: [label, label] });
	}
	return parts
		.map(({ annex, ranges }) => {
			const numbers = ranges.map(({ labels: [from, to] }) => (from === to ? from : `${from}–${to}`)).join(', ');
			return `${annex === undefined ? '' : `${annexName(annex)} `}¶${numbers}`;
		})
		.join('; ');
}
