import { editorLineOf, type LeftOutLines } from '../corpus/page-heads.ts';
import { readBlocks, type SourceLine } from '../corpus/source-lines.ts';

/** Lines named in a note, and how much of each. */
const SHOWN = 5;
const QUOTED = 60;

const named = (lines: readonly SourceLine[], editorLine: (line: number) => number) =>
	lines
		.slice(0, SHOWN)
		.map(({ text, line }) => `line ${editorLine(line)} "${text.length > QUOTED ? `${text.slice(0, QUOTED)}…` : text}"`)
		.join('; ') + (lines.length > SHOWN ? `; and ${lines.length - SHOWN} more` : '');

/**
 * The import's notes on page furniture the parser leaves out that a reader could take for text: running heads in
 * words (`39 C/Resolutions – Records of the General Conference`, `- 2 -  Press Release SG/1912`) and stray marks
 * alone on their lines (an OCR'd page's `|`: see corpus/stray-marks.ts). What was taken out is said, with its lines,
 * so that a reader can check that none of it was the document's. No note when the text has none.
 */
export function leftOutNotes(text: string): string[] {
	const leftOut: LeftOutLines = { heads: [], stray: [] };
	readBlocks(text, undefined, undefined, leftOut);
	const { heads, stray } = leftOut;
	const editorLine = editorLineOf(text);
	return [
		...(heads.length > 0
			? [`left out of the paragraphs as running heads or feet (${heads.length}): ${named(heads, editorLine)}`]
			: []),
		...(stray.length > 0
			? [
					`left out of the paragraphs as stray marks of a scan or page, alone on their lines with no word ` +
						`(${stray.length}): ${named(stray, editorLine)}`,
				]
			: []),
	];
}
