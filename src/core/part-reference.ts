import { annexName, markRanges, paragraphMark } from '../corpus/paragraph-mark.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { ParagraphLookup } from './resolve-paragraph.ts';

/**
 * How a part's name is compared with what was typed: lower case, one blank between words, no commas (`section B,
 * preamble` is typed and cited with or without them).
 */
const folded = (name: string) => annexName(name).toLowerCase().replace(/,/gu, ' ').replace(/\s+/gu, ' ').trim();

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
/** `annex ii` → `annex 2`: the designator as a number too, as people type it; undefined for a name without one. */
function arabicName(name: string): string | undefined {
	const [, word, roman] = /^(.*\S)\s+([ivxlc]{1,7})$/u.exec(name) ?? [];
	if (word === undefined || roman === undefined) return undefined;
	let value = 0;
	for (let i = 0; i < roman.length; i += 1) {
		const digit = ROMAN[roman.charAt(i)] ?? 0;
		value += digit < (ROMAN[roman.charAt(i + 1)] ?? 0) ? -digit : digit;
	}
	return `${word} ${value}`;
}

/**
 * What follows a part's name: nothing (the part), or one number (`1`, `¶1`, `, ¶1`, `para 1`, `paragraph 1`),
 * alone or first in a choice's name (`attachment 2 ¶1 · Theme — “…”`, `attachment 2 ¶1 — “…”`).
 */
const AFTER_PART = /^(?:\s*,)?\s*(?:(?:¶|paras?\.?|paragraphs?)\s*)?(\d+)\.?(?:$|\s+[·—])/u;

/**
 * `II.3` (or `¶II.3`), or `II 3` / `II ¶3` with a roman or letter designator, as people write a paragraph of a section
 * that numbers its own, read as `section ii 3` where the document has such a section (see section-parts.ts); else
 * what was typed. Not `2 3` with a space: two numbers are two paragraphs (`/quote 3 40`).
 */
function sectionDotted(typed: string, names: readonly string[]): string {
	const [, section, number] =
		/^(?:¶\s*)?([ivxlc]{1,7}|[a-z]|\d{1,3})\.(\d{1,3})\.?$/u.exec(typed) ??
		/^([ivxlc]{1,7}|[a-z])\s+(?:¶\s*)?(\d{1,3})\.?$/u.exec(typed) ??
		[];
	return section !== undefined && names.includes(`section ${section}`) ? `section ${section} ${number}` : typed;
}

/**
 * A paragraph of one of the document's parts, read against the names the document prints: the longest name typed
 * in full (`attachment 2 1` is attachment 2's ¶1, not attachment 1's ¶2; `annex to the annex 1` is that part's ¶1)
 * or with its designator as a number (`annex 2 ¶1` for annex II), else the kind's word alone where one part has
 * it (`annex 3` for annex I's ¶3). Undefined when no part is named; a refusal when a part is named but what follows
 * names none of its paragraphs, or the word fits several parts (`attachment 3` with attachments 1 and 2).
 */
export function partReference(document: CorpusDocument, rest: string): ParagraphLookup | undefined {
	const names = [...new Set(document.paragraphs.flatMap((p) => (p.inAnnex ? [folded(p.inAnnex.annex)] : [])))];
	if (names.length === 0) return undefined;
	const typed = sectionDotted(
		rest
			.trim()
			.toLowerCase()
			.replace(/,(?=\s)/gu, ' ')
			.replace(/\s+/gu, ' '),
		names,
	);
	const refused = { ok: false, reason: 'out-of-range', typed: rest } as const;
	const longestFirst = (pairs: [string, string][]) => pairs.sort(([a], [b]) => b.length - a.length);
	// A section's part is named by its designator alone too (`B preamble 1` for section B's preamble).
	const spellings = [
		...longestFirst(
			names.flatMap((n) => [[n, n], ...(/^section \S+ \S/u.test(n) ? [[n.slice(8), n]] : [])]) as [string, string][],
		),
		...longestFirst(names.flatMap((n) => (arabicName(n) === undefined ? [] : [[arabicName(n) ?? '', n]]))),
	];
	const after = (spelling: string) =>
		typed === spelling || (typed.startsWith(spelling) && /^[\s,¶]/u.test(typed.slice(spelling.length)))
			? typed.slice(spelling.length)
			: undefined;
	const matched = spellings.filter(([spelling]) => after(spelling) !== undefined);
	for (const [spelling, name] of matched) {
		const found = paragraphOfPart(document, name, after(spelling) ?? '');
		if (found) return found;
	}
	if (matched.length > 0) return refused;
	// The kind's word alone (`annex 3`): the one part of that kind, or a refusal where there are several.
	const kind = names.map((n) => n.split(' ')[0] ?? '').find((word) => after(word) !== undefined);
	if (kind === undefined) return undefined;
	const ofKind = names.filter((n) => n.split(' ')[0] === kind);
	const [name] = ofKind;
	return (ofKind.length === 1 && name !== undefined && paragraphOfPart(document, name, after(kind) ?? '')) || refused;
}

/**
 * Part `name`'s paragraph numbered as `after` says; its first where nothing follows the name (said beside the quote,
 * with how to ask for the others: a part named whole is quoted a paragraph at a time, as `3-5` is); undefined when
 * `after` is not one number.
 */
function paragraphOfPart(document: CorpusDocument, name: string, after: string): ParagraphLookup | undefined {
	const part = document.paragraphs.filter((p) => p.inAnnex && folded(p.inAnnex.annex) === name);
	const [first, second] = part;
	if (after.trim() === '' && first) {
		if (!second) return { ok: true, paragraph: first };
		return {
			ok: true,
			paragraph: first,
			note: { kind: 'part', others: markRanges(part.slice(1)), next: paragraphMark(second) },
		};
	}
	const number = AFTER_PART.exec(after)?.[1];
	if (number === undefined) return undefined;
	const paragraph = part.find((p) => p.inAnnex?.number === Number(number));
	return paragraph ? { ok: true, paragraph } : { ok: false, reason: 'out-of-range', typed: after };
}
