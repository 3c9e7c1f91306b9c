import { readBlocks, type SourceLine } from '../corpus/source-lines.ts';

/** Lines named in the note. */
const SHOWN = 5;

/**
 * The import's note on the stray marks the parser leaves out (a scan's `|` alone on its line: see
 * corpus/stray-marks.ts): what was taken out is said, with its line, so a reader can check it was no text of the
 * document. No note when the text has none.
 */
export function strayMarkNotes(text: string): string[] {
	const stray: SourceLine[] = [];
	readBlocks(text, undefined, undefined, stray);
	if (stray.length === 0) return [];
	const named = stray.slice(0, SHOWN).map(({ text: mark, line }) => `line ${line} "${mark}"`);
	const more = stray.length > SHOWN ? `; and ${stray.length - SHOWN} more` : '';
	return [
		`left out of the paragraphs as stray marks of a scan or page, alone on their lines with no word ` +
			`(${stray.length}): ${named.join('; ')}${more}`,
	];
}
