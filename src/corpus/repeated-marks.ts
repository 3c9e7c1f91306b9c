import type { ParsedParagraph } from './parsed-source.ts';
import { sectionPartName } from './section-parts.ts';

/**
 * A document that letters its paragraphs again from `(a)` under each heading (a chair's summary: `I.` (a)–(b),
 * `II.` (a)–(c)) prints the same mark on several paragraphs: `¶(a)` alone would cite section I's and section II's
 * alike, and a reader checking the citation would find the first. Each such paragraph is named by its section as a
 * section that numbers its own is (`section II ¶(a)`, cited `section II, ¶(a)`: see section-parts.ts), which is how
 * `/quote` and "Find in conclusions" read it back. A mark printed once keeps its citation (`¶(a)`).
 *
 * A mark is named so only where every paragraph that prints it gets a name of its own: one before any heading, or two
 * under headings that name the same part, would still be ambiguous, and are left as they were.
 */
export function withRepeatedMarksNamed(paragraphs: ParsedParagraph[]): ParsedParagraph[] {
	const byMark = new Map<string, ParsedParagraph[]>();
	for (const p of paragraphs) {
		if (p.ownMark === undefined || p.inAnnex) continue;
		byMark.set(p.ownMark, [...(byMark.get(p.ownMark) ?? []), p]);
	}
	for (const printing of byMark.values()) {
		if (printing.length < 2) continue;
		const names = printing.map((p) => (p.section === null ? undefined : sectionPartName(p.section, undefined)));
		if (names.some((name) => name === undefined) || new Set(names).size < names.length) continue;
		printing.forEach((p, i) => (p.markPart = names[i]));
	}
	return paragraphs;
}
