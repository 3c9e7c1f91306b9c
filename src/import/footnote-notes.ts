import { FOOTNOTE_MARK_ALONE, FOOTNOTE_START, NUMBERED_FOOTNOTE_START } from '../corpus/footnotes.ts';
import { editorLineOf } from '../corpus/page-heads.ts';
import { readBlocks, type SourceLine } from '../corpus/source-lines.ts';
import { SUPERSCRIPT_FOOTNOTE_START } from '../corpus/superscript-marks.ts';

/** Footnotes named in the note, and how much of each. */
const SHOWN = 5;
const QUOTED = 60;

/**
 * The import's note on the footnotes the parser leaves out of the paragraphs (`1 See also resolution 72/247, …` at
 * a page's foot): what was taken out of the quotes is said, with its line, so a reader can check it was a footnote.
 * No note when the text has none.
 */
export function footnoteNotes(text: string): string[] {
	const lines: SourceLine[] = [];
	readBlocks(text, undefined, lines);
	// A footnote opens with its mark (`1 See…`, the OAS's `1. The Republic…`); `pdftotext` may set marks alone on
	// their lines, one above its text or a page's marks in a column above the column of their texts: each takes the
	// next text line, in order.
	const footnotes: SourceLine[] = [];
	const marksAlone: SourceLine[] = [];
	for (const line of lines) {
		if (FOOTNOTE_MARK_ALONE.test(line.text)) {
			marksAlone.push(line);
			continue;
		}
		const mark = marksAlone.shift();
		const open = footnotes.at(-1);
		if (mark) footnotes.push({ text: `${mark.text} ${line.text}`, line: mark.line });
		else if (
			open &&
			![FOOTNOTE_START, NUMBERED_FOOTNOTE_START, SUPERSCRIPT_FOOTNOTE_START].some((s) => s.test(line.text))
		)
			open.text = `${open.text} ${line.text}`;
		else footnotes.push({ ...line });
	}
	footnotes.push(...marksAlone);
	if (footnotes.length === 0) return [];
	// Named as an editor numbers the lines: a form feed opens a page, not a line.
	const editorLine = editorLineOf(text);
	const quoted = footnotes
		.slice(0, SHOWN)
		.map(({ text: t, line }) => `line ${editorLine(line)} "${t.length > QUOTED ? `${t.slice(0, QUOTED)}…` : t}"`);
	const more = footnotes.length > SHOWN ? `; and ${footnotes.length - SHOWN} more` : '';
	return [`left out of the paragraphs as footnotes (${footnotes.length}): ${quoted.join('; ')}${more}`];
}
