import { annexName, sectionMarks } from '../corpus/paragraph-mark.ts';
import type { Paragraph } from '../corpus/types.ts';

/**
 * How a reader types a paragraph's mark for `/quote`, shortest first: `II 1` and `section II 1` for section II's
 * ¶1 where sections number their own, `annex 1`, `item 4.2 1`, `preamble 3`, `II (a)` and `(a)` for a letter, `1.1`,
 * or the body's number. Some of these name another paragraph where a mark repeats (`(a)` alone is the first
 * section's): a caller that must be right checks them with `resolveParagraph`.
 */
export function typedMarks(paragraph: Paragraph): string[] {
	const { inAnnex, ownMark } = paragraph;
	if (inAnnex) {
		const name = annexName(inAnnex.annex);
		const designator = /^section (\S+)$/iu.exec(name)?.[1];
		return designator === undefined
			? [`${name} ${inAnnex.number}`]
			: [`${designator} ${inAnnex.number}`, `${name} ${inAnnex.number}`];
	}
	if (ownMark !== undefined && paragraph.markPart !== undefined) {
		// A mark printed again in another section: only forms naming its section reach it (`II (a)`, `section II (a)`).
		const name = annexName(paragraph.markPart);
		const designator = /^section (\S+)$/iu.exec(name)?.[1];
		return designator === undefined ? [`${name} ${ownMark}`] : [`${designator} ${ownMark}`, `${name} ${ownMark}`];
	}
	if (ownMark !== undefined) {
		const section = sectionMarks(paragraph.section).at(-1);
		return section === undefined ? [ownMark] : [ownMark, `${section} ${ownMark}`];
	}
	return [String(paragraph.number)];
}
