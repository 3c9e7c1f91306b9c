import { withoutFootnoteMarks } from './footnotes.ts';
import type { ParsedParagraph } from './parsed-source.ts';
import type { HeldDraft } from './quoted-resolution.ts';
import { withoutStatementQuotes } from './quoted-statement.ts';
import { withRepeatedMarksNamed } from './repeated-marks.ts';
import { withoutSoftHyphens } from './text.ts';

/**
 * The paragraphs as the parser returns them: a quoted statement's quotation marks, footnote marks and soft hyphens
 * left out of the text (a soft hyphen left at a line end that no line followed is as invisible as any other), the
 * section without soft hyphens; a mark printed again in another section named by its section (see repeated-marks.ts).
 */
export function parsedParagraphs(drafts: readonly HeldDraft[], footnoteMarks: ReadonlySet<string>): ParsedParagraph[] {
	const parsed = withoutStatementQuotes(drafts.map((p) => p.text.replace(/\s+$/u, ''))).map((text, i) => {
		const { number, section, line, inAnnex, ownMark } = drafts[i] as HeldDraft;
		const parsed: ParsedParagraph = {
			number,
			section: section === null ? null : withoutSoftHyphens(section),
			line,
			text: withoutSoftHyphens(withoutFootnoteMarks(text, footnoteMarks)),
		};
		if (inAnnex) parsed.inAnnex = inAnnex;
		if (ownMark !== undefined) parsed.ownMark = ownMark;
		return parsed;
	});
	return withRepeatedMarksNamed(parsed);
}
