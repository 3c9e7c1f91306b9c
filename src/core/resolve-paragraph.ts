import { findDocument, paragraphNumbers } from '../corpus/lookup.ts';
import { paragraphMark, sectionMarks } from '../corpus/paragraph-mark.ts';
import { TEXT_KINDS } from '../corpus/numbering.ts';
import { isPreamblePart } from '../corpus/section-preambles.ts';
import { halfWidth } from '../corpus/text.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../corpus/types.ts';
import { markPartReference, numberInSection } from './mark-part-reference.ts';
import { partReference } from './part-reference.ts';
import { bracketedLetter, placeReference } from './place-reference.ts';
import { typedMarks } from './typed-marks.ts';

/**
 * What a reference asked for beyond the one paragraph quoted, to be said beside the quote: a part named whole
 * (`attachment 2`: its first paragraph, and how to ask for the rest), or an item inside the paragraph (`4 (b)`).
 */
export type LookupNote = { kind: 'part'; others: string; next: string } | { kind: 'item'; item: string };

export type ParagraphLookup =
	| { ok: true; paragraph: Paragraph; note?: LookupNote }
	| { ok: false; reason: 'empty' | 'out-of-range' | 'needs-document' | 'not-found'; typed: string }
	/** An item typed after a mark several sections print, and found in more than one (`(a)(i)`): the forms that work. */
	| { ok: false; reason: 'which-section'; typed: string; forms: string[] };

/** "SG/2084 ¶1–10, A/61/256 ¶12–14, 16–18": the paragraphs there are, for a reply to a number out of range. */
export function paragraphRanges(documents: readonly CorpusDocument[]): string {
	return documents.map((d) => `${d.symbol} ${paragraphNumbers(d)}`).join(', ');
}

/**
 * Reads a paragraph reference as people and Discord clients submit it: an id (`sg2084-3`, an autocomplete value),
 * a number (`3`, `¶3`: the number the corpus holds it under), a paragraph of a part of the document by the part's
 * printed name and its own number (`annex 1`, `annex II ¶1`, `annex, ¶1`, `attachment 2 1`, `annex to the annex
 * para 2`, `preamble 3`, `resolution 1`), an item inside a paragraph (`4 (b)`), or a choice's name (`SG/2084 ¶3 ·
 * Terrorism — …`, `A/64/359 annex ¶1 · …`). The document is the given one, the one named by symbol, or the only one;
 * failing those, one named as `document:` names it, before a number (`riverbend ¶2`).
 */
export function resolveParagraph(corpus: Corpus, typed: string, document: CorpusDocument | undefined): ParagraphLookup {
	const found = lookUp(corpus, typed, document);
	// Not a mark of the document's: a place (`last`, `the first`), if it names one.
	const placed = !found.ok && found.reason === 'not-found' ? placeReference(corpus, typed, document) : undefined;
	if (placed) return placed;
	const lettered = found.ok ? undefined : bracketedLetter(typed);
	const byLetter = lettered === undefined ? undefined : lookUp(corpus, lettered, document);
	if (byLetter?.ok || byLetter?.reason === 'needs-document') return byLetter;
	if (found.ok || document !== undefined || (found.reason !== 'needs-document' && found.reason !== 'not-found'))
		return found;
	if (typed.length > LONGEST_NAMED_REFERENCE) return found;
	// A document named as `document:` takes it, before a number, a mark or a place (`riverbend ¶2`, `sg2084 3`,
	// `lakeside (b)`, `SG/2084 last`): that document's paragraph.
	const [, head = '', reference = ''] = NAMED_THEN_REFERENCE.exec(halfWidth(typed).trim()) ?? [];
	const named = head === '' || PLACE_WORD_FIRST.test(head) ? undefined : findDocument(corpus, head);
	const again = named ? resolveParagraph(corpus, reference, named) : undefined;
	return again?.ok ? again : found;
}

/** Only text as short as an option's is read so: the pattern below backtracks with the square of a run of blanks. */
const LONGEST_NAMED_REFERENCE = 200;
/** Words, then one reference: a number, a mark in brackets or a word (`riverbend ¶2`, `lakeside ¶(b)`, `sg2084 last`). */
const NAMED_THEN_REFERENCE = /^(.*\S)\s+((?:¶\s*)?(?:\d+|\([\p{L}\d]{1,6}\)|[\p{L}\d][\p{L}\d.-]*))$/u;

/** A paragraph reference read in the given document, the one its symbol names, or the only one (see above). */
function lookUp(corpus: Corpus, typed: string, document: CorpusDocument | undefined): ParagraphLookup {
	const text = halfWidth(typed).trim();
	// Nothing to look up: a missing option (a stale or hand-made interaction) or blank text (the console).
	if (text === '') return { ok: false, reason: 'empty', typed: text };
	const byId = corpus.paragraphById.get(text);
	if (byId && (!document || byId.document === document.slug)) return { ok: true, paragraph: byId };
	const named = corpus.documents.find((d) => text.startsWith(`${d.symbol} `));
	const rest = named ? text.slice(named.symbol.length + 1) : text;
	const only = corpus.documents.length === 1 ? corpus.documents[0] : undefined;
	// `4 (b)`, `4(b)`, `annex ¶2 (a)`: an item inside a paragraph. The paragraph is quoted, and the reply says the item
	// is inside it; an item the paragraph does not hold names nothing.
	const item = itemAfter(rest);
	if (item) {
		const head = resolveParagraph(corpus, named ? `${named.symbol} ${item.head}` : item.head, document);
		if (head.ok && head.note === undefined) {
			const mark = item.item.toLowerCase();
			return holdsItem(head.paragraph.text, mark)
				? { ok: true, paragraph: head.paragraph, note: { kind: 'item', item: mark } }
				: { ok: false, reason: 'out-of-range', typed: text };
		}
		// `(a)(i)`, `1 (b)`: a mark several sections print, typed without its section. The one that holds the item,
		// or, where several do, the question which section, with the forms that reach each.
		if (head.ok && head.note?.kind === 'part') {
			const mark = item.item.toLowerCase();
			const holders = printedAlike(corpus, head.paragraph, item.head).filter((p) => holdsItem(p.text, mark));
			const [holder, another] = holders;
			if (holder !== undefined && another === undefined)
				return { ok: true, paragraph: holder, note: { kind: 'item', item: mark } };
			if (another !== undefined) {
				const forms = holders.map((p) => `${typedMarks(p)[0] ?? paragraphMark(p)} ${mark}`);
				return { ok: false, reason: 'which-section', typed: text, forms };
			}
			return { ok: false, reason: 'out-of-range', typed: text };
		}
		if (!head.ok && head.reason === 'needs-document') return { ...head, typed: text };
	}
	// A part of the document (an annex, an attachment, a preamble) by the name it prints and its own numbers.
	const target = document ?? named ?? only;
	const inPart = target ? partReference(target, rest) : undefined;
	if (inPart) return inPart.ok ? inPart : { ...inPart, typed: text };
	// A mark printed again in each section, named with its section as it is cited (`section II, ¶(a)`).
	const ofPart = target ? (markPartReference(target, rest) ?? numberInSection(target, rest)) : undefined;
	if (ofPart) return { ok: true, paragraph: ofPart };
	if (PLACE_WORD_FIRST.test(rest) && !SECTION_AND_MARK.test(rest)) {
		if (!target) return { ok: false, reason: 'needs-document', typed: text };
		// A kind of text (`declaration 2`) the document holds no part of: read on as a number, as before.
		if (!KIND_FIRST.test(rest)) return { ok: false, reason: 'out-of-range', typed: text };
	}
	// A mark of the document's own, as printed or cited: `1.1`, `¶2.3`, `(a)`, or first in a choice's name. In a
	// document that marks none so, "3.5" stays what it was: no paragraph reference.
	// A mark the document prints again in each section (`(a)` under `I.` and under `II.`) is reached with the
	// section's mark before it (`II (a)`, `II(a)`, `section II (a)`); alone, it names its first, and the others.
	const sectioned = SECTION_AND_MARK.exec(rest);
	const own = sectioned?.[2] ?? OWN_MARK_REFERENCE.exec(rest)?.[1];
	const marked = target;
	if (own !== undefined && (marked ?? corpus).paragraphs.some((p) => p.ownMark !== undefined)) {
		if (!marked) return { ok: false, reason: 'needs-document', typed: text };
		const section = sectioned?.[1]?.toUpperCase();
		const candidates = marked.paragraphs.filter(
			(p) => p.ownMark === own.toLowerCase() && (section === undefined || sectionMarks(p.section).includes(section)),
		);
		// A choice's name submitted for its value tells a repeated mark's paragraphs apart by the words it previews.
		const preview = / — “(.+?)…?”$/u.exec(rest)?.[1];
		const chosen = preview === undefined ? undefined : candidates.find((p) => p.searchText.startsWith(preview));
		const [first, second] = candidates;
		if (chosen !== undefined || first === undefined) {
			return chosen ? { ok: true, paragraph: chosen } : { ok: false, reason: 'out-of-range', typed: text };
		}
		if (second === undefined) return { ok: true, paragraph: first };
		// Printed in several sections and typed without one: the first, and the reply names the others as they are
		// asked for (`II (a)`), as a part named whole is quoted a paragraph at a time.
		// A heading with no mark names its letter's part by its words (`opening of the meeting (a)`: see typed-marks.ts).
		const asked = (p: Paragraph) =>
			(p.markPart === undefined ? undefined : typedMarks(p)[0]) ??
			`${sectionMarks(p.section).at(-1) ?? ''} ${p.ownMark ?? ''}`.trim();
		const others = candidates.slice(1).map(asked).join(', ');
		return { ok: true, paragraph: first, note: { kind: 'part', others, next: asked(second) } };
	}
	// A whole number, as typed ("3", "¶3", "3.", chat's "#3", "no. 3", "3rd") or first in a choice's name ("¶3 ·
	// Terrorism"): "3.5" is none. (`(?:¶\s*)?`, not `¶?\s*`: two runs of blanks side by side made a long run of them
	// cost quadratic time.)
	const number = new RegExp(`^${LEAD_WORD}(?:[¶#№]\\s*|no\\.\\s*)?(\\d+)(?:st|nd|rd|th)?\\.?(?=$|\\s)`, 'iu').exec(
		rest,
	)?.[1];
	// `IV 2` where the document has no section IV (a section's own `II 3` was reached above): no paragraph, not ¶2.
	if (target && SECTION_FIRST.test(rest)) return { ok: false, reason: 'out-of-range', typed: text };
	if (number === undefined) return { ok: false, reason: 'not-found', typed: text };
	if (!target) return { ok: false, reason: 'needs-document', typed: text };
	return printedNumber(target, Number(number), text);
}

/**
 * A bare number, as the document prints it: the body's paragraph of that number (or, in a document that marks its
 * own, `1.1` or `(a)`, the one held there: `/quote 1`); else the paragraph of a part that numbers its own and prints
 * it (an annex that restarts at 1, a section that numbers its own: `1` is section I's ¶1; not a preamble, which
 * prints none), the first where several do, with the others named as they are asked for (`II 1`, as `(a)` names `II (a)`). A number no part prints is
 * refused, not read as the position a part's paragraph is held at (`3` is not section II's ¶1).
 */
function printedNumber(document: CorpusDocument, number: number, typed: string): ParagraphLookup {
	const held = document.paragraphs.find((p) => p.number === number);
	// Held under its own mark (`4.1`, `(a)`) in a document that also prints plain numbers: `6` is no ¶4.1.
	const printsNumbers = document.paragraphs.some((p) => p.ownMark === undefined && !p.inAnnex);
	if (held && !held.inAnnex && (held.ownMark === undefined || !printsNumbers)) return { ok: true, paragraph: held };
	// A preamble's paragraphs print no number (`preamble ¶2` counts them): only their place's name reaches them.
	const printing = document.paragraphs.filter((p) => p.inAnnex?.number === number && !isPreamblePart(p.inAnnex.annex));
	const [first, second] = printing;
	if (first === undefined) return { ok: false, reason: 'out-of-range', typed };
	if (second === undefined) return { ok: true, paragraph: first };
	const asked = (p: Paragraph) => typedMarks(p)[0] ?? paragraphMark(p);
	const others = printing.slice(1).map(asked).join(', ');
	return { ok: true, paragraph: first, note: { kind: 'part', others, next: asked(second) } };
}

/**
 * The paragraphs of `paragraph`'s document that print the mark `typed` names, in every section: the same own mark
 * (`(a)` under `I.` and `II.`), or the same number where sections number their own (`1`); only `paragraph` when
 * `typed` names more than a mark (`attachment 2`, a part named whole).
 */
export function printedAlike(corpus: Corpus, paragraph: Paragraph, typed: string): Paragraph[] {
	const all = corpus.documentBySlug.get(paragraph.document)?.paragraphs ?? [];
	if (paragraph.ownMark !== undefined && OWN_MARK_REFERENCE.test(typed))
		return all.filter((p) => p.ownMark === paragraph.ownMark);
	const number = paragraph.inAnnex?.number;
	if (number !== undefined && /^(?:¶\s*)?\d+$/u.test(typed.trim()))
		return all.filter((p) => p.inAnnex?.number === number && !isPreamblePart(p.inAnnex.annex));
	return [paragraph];
}

/**
 * A word a reader puts before a paragraph's number (`para 3`, `paragraph 3`, `par. 3`, `op 3`, `no. 3`), or a
 * document's slug; not any word (`IORA 3` in a folder whose only IORA is another document's name is no ¶3).
 */
const LEAD_WORD = String.raw`(?:(?:paras?|paragraphs?|pars?|p|pp|op|no|number|item)\.?\s+|[a-z0-9-]+\d[a-z0-9-]*\s+)?`;

/**
 * `1.1`, `¶2.3`, `(a)`, `¶(b)`, `(1)`, `iv`: a paragraph numbered within its section, marked in brackets, or in small
 * roman numerals (alone: `IV 2` is section IV's ¶2), as the document marks it.
 */
const OWN_MARK_REFERENCE = new RegExp(
	`^${LEAD_WORD}(?:¶\\s*)?(\\d{1,3}\\.\\d{1,3}|\\([a-zA-Z]\\)|\\(\\d{1,2}\\)|[ivx]{1,6}(?=\\.?$))\\.?(?=$|\\s)`,
	'iu',
);
/** `IV 2`, `IV. 2`, `section IV ¶2`, `B 1`: a section's designator (a roman numeral or a capital) before a number. */
const SECTION_FIRST = /^(?:section\s+)?(?:[IVXLC]{1,7}|[A-Z])[.,]?\s+(?:¶\s*)?\d/u;
/** `II (a)`, `II(a)`, `II.(a)`, `section II, ¶(a)`: a mark in brackets in the section a roman or capital letter marks. */
const SECTION_AND_MARK = /^(?:section\s+)?([IVXLC]{1,7}|[A-Z])\.?,?\s*(?:¶\s*)?(\([a-zA-Z]\)|\(\d{1,2}\))\.?$/iu;

/**
 * The words that name a paragraph's place other than the body: an annex (or an attachment, an enclosure), a
 * preamble, a quoted resolution, a text a report carries numbered from 1 again (`agreed conclusions`: see
 * numbering.ts), and a section or item that numbers its own (`section II 3`, `item 4.2 ¶1`: see section-parts.ts),
 * so that `section 3 ¶1` where there is none is refused, not read as ¶3.
 */
const PLACE_WORDS = `annex|appendix|attachment|enclosure|interpretative\\s+statement|preamble|resolution|section|item|${TEXT_KINDS}`;
/** A kind of text that names a place only where the document holds one (see `TEXT_KINDS`). */
const KIND_FIRST = new RegExp(`^(?!resolution\\b)${TEXT_KINDS}\\b`, 'iu');

/**
 * Whether typed text names a paragraph by the document's own mark (`annex 1`, `preamble 3`, `resolution 1`, `1.1`,
 * `(a)`, or an item in one: `4 (b)`) rather than by the number the corpus holds it under: a caller with its own reply for a plain number asks.
 */
export function namesOwnMark(text: string): boolean {
	return PLACE_WORD_FIRST.test(text) || OWN_MARK_REFERENCE.test(text) || itemAfter(text.trim()) !== undefined;
}

const PLACE_WORD_FIRST = new RegExp(`^(?:${PLACE_WORDS})\\b`, 'iu');

/** An item's mark, at the end: `(b)`, `(iii)`, `(2)`. */
const ITEM_MARK = /\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)\.?$/iuy;

/**
 * A reference ending in an item's mark (`4 (b)`, `4(b)`, `annex ¶2 (iii)`): the paragraph's reference, and the item.
 * (Cut at the last bracket, not matched with a pattern: one that tried every start made a long run of blanks slow.)
 */
function itemAfter(rest: string): { head: string; item: string } | undefined {
	const at = rest.lastIndexOf('(');
	ITEM_MARK.lastIndex = at;
	const item = at > 0 ? ITEM_MARK.exec(rest)?.[0].replace(/\.$/u, '') : undefined;
	const head = rest.slice(0, at).trimEnd();
	return item === undefined || head === '' ? undefined : { head, item };
}

/** Whether a paragraph's text holds the item `(b)`: as `(b)` or `b)` after a blank, a colon or its start. */
export function holdsItem(text: string, item: string): boolean {
	const inside = item.slice(1, -1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	// `(b)` or `b)` in the text; or `b.` opening a line, as a browser prints an HTML list of `type="a"` (and the
	// import writes it), which is the same item.
	return new RegExp(`(?:^|[\\s:;,])\\(?${inside}\\)|(?:^|\\n)[ \\t]*${inside}\\.\\s`, 'iu').test(text);
}
