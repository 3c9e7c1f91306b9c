import type { Corpus, CorpusDocument, Paragraph } from '../corpus/types.ts';
import { sectionMarks } from '../corpus/paragraph-mark.ts';
import { halfWidth } from '../corpus/text.ts';
import { holdsItem, resolveParagraph } from './resolve-paragraph.ts';
import { typedMarks } from './typed-marks.ts';

/** At most this many forms are offered: one or two a reader can copy, not a list to read. */
const MAX_FORMS = 2;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** `iii` → 3, `3` → 3, `c` (a letter designator) → 3: a section's designator as a number, to compare two spellings. */
function designatorValue(designator: string): number | undefined {
	const text = designator.toLowerCase();
	if (/^\d+$/u.test(text)) return Number(text);
	if (/^[ivxlc]+$/u.test(text)) {
		let value = 0;
		for (let i = 0; i < text.length; i += 1) {
			const digit = ROMAN[text.charAt(i)] ?? 0;
			value += digit < (ROMAN[text.charAt(i + 1)] ?? 0) ? -digit : digit;
		}
		return value;
	}
	return /^[a-z]$/u.test(text) ? text.charCodeAt(0) - 96 : undefined;
}

/** The designator of the section a paragraph's part names, as a number (`Section II` → 2); undefined for none. */
function partValue(paragraph: Paragraph): number | undefined {
	const designator = /^section\s+(\S+)$/iu.exec(paragraph.inAnnex?.annex ?? '')?.[1];
	return designator === undefined ? undefined : designatorValue(designator);
}

/** `2.1`, `III.1`, `II 3`, `section 2 ¶1`: a section's designator and a number in it. */
const SECTION_NUMBER = /^(?:section\s+)?([ivxlc]{1,7}|[a-z]|\d{1,3})(?:\.\s*|\s*,?\s*¶\s*|\s+)(\d{1,3})\.?$/iu;
/** `(b)`, `¶(iii)`, `b)`: an item's mark typed alone. */
const ITEM_ALONE = /^¶?\s*\(?((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2}))\)\.?$/iu;

/** The paragraph of `pool` whose printed number (its own in its part) is nearest `wanted`, the first of equals. */
function nearestPrinted(pool: readonly Paragraph[], wanted: number): Paragraph | undefined {
	const distance = (p: Paragraph) => Math.abs((p.inAnnex?.number ?? p.number) - wanted);
	return pool.reduce<Paragraph | undefined>((best, p) => (best && distance(best) <= distance(p) ? best : p), undefined);
}

/**
 * The paragraphs a reference that names none was most likely after, closest first: for `2.1` or `III.1`, that
 * section's paragraph of that number (the section printed `II.` for `2`), a paragraph marked `2.1` (or the nearest
 * `2.` one), the section's paragraph at that place, or its first; for an item typed alone (`(b)`), a paragraph
 * lettered so, or the paragraphs that hold that item; for a part's word and a number (`annex 9`), the paragraph of
 * a part of that kind printed nearest that number; for a number, the paragraph at that position, or the one printed
 * nearest; and last the document's first paragraph (not for a number alone: `plainNumber`).
 */
function likelyMeant(document: CorpusDocument, typed: string, plainNumber = false): Paragraph[] {
	const { paragraphs } = document;
	const found: Paragraph[] = [];
	const [, section, inSection] = SECTION_NUMBER.exec(typed) ?? [];
	if (section !== undefined && inSection !== undefined) {
		const value = designatorValue(section);
		// A section that numbers its own (`Section II`), or a heading that only marks one (`II.`, `A.`) in the body.
		const inIt = (p: Paragraph) =>
			p.inAnnex ? partValue(p) === value : sectionMarks(p.section).some((mark) => designatorValue(mark) === value);
		const ofSection = value === undefined ? [] : paragraphs.filter(inIt);
		const nth = Number(inSection);
		found.push(...ofSection.filter((p) => p.inAnnex?.number === nth));
		// Marked `2.1`: that mark, else the nearest in its run (`1.3` where 1.1–1.2 are: 1.2).
		const run = paragraphs.filter((p) => p.ownMark?.startsWith(`${value ?? section}.`));
		const sub = (p: Paragraph) => Number(p.ownMark?.slice(p.ownMark.lastIndexOf('.') + 1));
		found.push(
			...run.filter((p) => sub(p) === nth),
			...run.sort((a, b) => Math.abs(sub(a) - nth) - Math.abs(sub(b) - nth)),
		);
		found.push(...ofSection.filter((p) => !p.inAnnex).slice(nth - 1, nth), ...ofSection.slice(0, 1));
	}
	const item = ITEM_ALONE.exec(typed)?.[1]?.toLowerCase();
	if (item !== undefined) {
		found.push(...paragraphs.filter((p) => p.ownMark === `(${item})`));
		found.push(...paragraphs.filter((p) => holdsItem(p.text, `(${item})`)));
	}
	// `xiv` where the document numbers in small roman numerals up to `xii`: the numeral nearest it, not its preamble.
	const numeral = /^¶?\s*([ivxlc]{1,7})\.?$/iu.exec(typed)?.[1];
	const numerals = paragraphs.filter((p) => p.ownMark !== undefined && /^[ivxlc]+$/u.test(p.ownMark));
	const value = numeral === undefined ? undefined : designatorValue(numeral);
	if (value !== undefined) found.push(...[nearestPrinted(numerals, value)].flatMap((p) => p ?? []));
	const numbers = typed.match(/\d+/gu) ?? [];
	// `annex 9`, `attachment 3 1`, `preamble 9`: a part's word first, then its paragraph's number (the last typed).
	const word = /^\p{L}+/u.exec(typed)?.[0]?.toLowerCase();
	const ofKind = paragraphs.filter((p) => word !== undefined && p.inAnnex?.annex.toLowerCase().startsWith(word));
	const last = numbers.at(-1);
	if (ofKind.length > 0 && last !== undefined) {
		// `attachment 3 1` with attachments 1 and 2: the part whose designator is nearest the one typed (2), first.
		const designated = numbers.length > 1 ? Number(numbers[0]) : undefined;
		const partDistance = (p: Paragraph) => {
			const value = designatorValue(/\S+$/u.exec(p.inAnnex?.annex ?? '')?.[0] ?? '');
			return designated === undefined || value === undefined ? 0 : Math.abs(value - designated);
		};
		const nearestPart = Math.min(...ofKind.map(partDistance));
		const pool = ofKind.filter((p) => partDistance(p) === nearestPart);
		found.push(...[nearestPrinted(pool, Number(last))].flatMap((p) => p ?? []));
	}
	const first = numbers[0];
	if (ofKind.length === 0 && first !== undefined) {
		// The paragraph at that place, else the one printed nearest (`99`: the last).
		const wanted = Number(first);
		// For a number alone, not a paragraph of a part held apart from the text's own (a preamble's, an attachment's):
		// neither its place nor its number is the reader's count. A section's is, where sections number their own (¶5
		// is section II's third).
		const inOrder = (p: Paragraph) => !plainNumber || !p.inAnnex || /^section\s/iu.test(p.inAnnex.annex);
		found.push(...paragraphs.filter((p) => p.number === wanted && inOrder(p)));
		found.push(...[nearestPrinted(paragraphs.filter(inOrder), wanted)].flatMap((p) => p ?? []));
	}
	if (!plainNumber) found.push(...paragraphs.slice(0, 1));
	return [...new Set(found)];
}

/**
 * One or two references that work in `document`, close to what was typed (which names no paragraph of it): real
 * marks of its paragraphs as a reader types them (`II 1`, `section II 1`, `4 (b)`), each checked to reach the
 * paragraph it names. For a refusal to show what to type instead.
 */
export function formsNear(corpus: Corpus, document: CorpusDocument, typed: string): string[] {
	const text = halfWidth(typed).trim();
	const item = ITEM_ALONE.exec(text)?.[1]?.toLowerCase();
	// A number past the end, or in a gap, of a document numbered straight through: its ranges say all there is.
	const plainNumber = /^¶?\s*\d+\.?$/u.test(text);
	const forms: string[] = [];
	// For a number alone, neither a preamble's paragraph held at its place nor the document's first: `quote 12` of
	// preamble ¶1–5 and ¶1–11 was offered `preamble 1`.
	for (const paragraph of likelyMeant(document, text, plainNumber)) {
		// The paragraph holding the item typed alone is reached with the item after its mark (`4 (b)`).
		const holds = item !== undefined && paragraph.ownMark !== `(${item})` && holdsItem(paragraph.text, `(${item})`);
		for (const mark of typedMarks(paragraph)) {
			const form = holds ? `${mark} (${item})` : mark;
			if (plainNumber && /^\d+$/u.test(form)) continue;
			const found = resolveParagraph(corpus, form, document);
			if (found.ok && found.paragraph === paragraph && !forms.includes(form)) forms.push(form);
			if (forms.length === MAX_FORMS) return forms;
		}
		// The closest paragraph's forms are enough: a second paragraph would read as another answer.
		if (forms.length > 0) return forms;
	}
	return forms;
}
