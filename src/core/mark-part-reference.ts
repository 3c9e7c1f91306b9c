import { annexName, sectionMarks } from '../corpus/paragraph-mark.ts';
import type { CorpusDocument, Paragraph } from '../corpus/types.ts';

/** Lower case, one blank between words, `sect.` / `sec.` read as `section`: how a reader's words are compared. */
const folded = (text: string) =>
	text
		.toLowerCase()
		.replace(/\s+/gu, ' ')
		.replace(/^sec(?:t|tion)?\.?(?=\s)/u, 'section')
		.trim();

/**
 * The paragraph whose mark is printed again in other sections, named with the part that tells it apart (see
 * repeated-marks.ts): `section II ¶(a)`, `section II, ¶(a)`, `sect. II (a)`, `II (a)`, `II(a)`, `item 4.2 (a)`, as
 * its citation and readers write it, or first in a choice's name (`section II ¶(a) · Theme — “…”`). Undefined when `rest` names no such paragraph of `document`.
 */
export function markPartReference(document: CorpusDocument, rest: string): Paragraph | undefined {
	// A choice's name submitted for its value: its mark is what stands before its theme or preview.
	const typed = folded(rest.replace(/\s+[·—]\s.*$/su, '')).replace(/\.$/u, '');
	if (!typed.endsWith(')')) return undefined;
	return document.paragraphs.find((p) => {
		if (p.markPart === undefined || p.ownMark === undefined) return false;
		const name = folded(annexName(p.markPart));
		const mark = p.ownMark.toLowerCase();
		if (!typed.endsWith(mark)) return false;
		const before = typed.slice(0, -mark.length).replace(/[\s,.]*(?:¶|paras?\.?|paragraphs?)?[\s,]*$/u, '');
		const designator = /^section (\S+)$/u.exec(name)?.[1];
		return before === name || (designator !== undefined && before === designator);
	});
}

/**
 * `section II 3` (`section II, ¶3`, `sect. II para 3`) in a document numbered straight through under roman or
 * lettered headings: its ¶3, when ¶3 stands under the heading marked `II.`, as a citation naming both means it.
 * Undefined otherwise (a section that numbers its own is read as a part: see part-reference.ts).
 */
export function numberInSection(document: CorpusDocument, rest: string): Paragraph | undefined {
	const [, designator, number] =
		/^section ([ivxlc]{1,7}|[a-z])[.,]?\s*(?:(?:¶|paragraphs?|paras?\.?)\s*)?(\d{1,3})\.?$/u.exec(folded(rest)) ?? [];
	if (designator === undefined || number === undefined) return undefined;
	return document.paragraphs.find(
		(p) =>
			!p.inAnnex &&
			p.ownMark === undefined &&
			p.number === Number(number) &&
			sectionMarks(p.section).some((mark) => mark.toLowerCase() === designator),
	);
}
