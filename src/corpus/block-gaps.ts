import { ENDS_SENTENCE } from './markers.ts';
import type { Block, SourceLine } from './source-lines.ts';

/** Below this many lines a text says too little about its spacing to be judged double-spaced. */
const MIN_LINES_TO_JUDGE = 6;
/** Hard-wrapped text fills its lines: a line this long that stops mid-sentence was wrapped. */
const WRAPPED_LINE_LENGTH = 40;

/**
 * Whether the text has a blank line after every line: hard-wrapped text (from a PDF, mostly) where the blank lines
 * say nothing about paragraphs. Told apart from one-line paragraphs (as in SG/2084) by how often a "block" stops
 * in the middle of a sentence.
 */
function isDoubleSpaced(gaps: readonly number[], lines: readonly SourceLine[]): boolean {
	if (lines.length < MIN_LINES_TO_JUDGE) return false;
	const spaced = gaps.slice(1).filter((gap) => gap >= 1).length / (gaps.length - 1);
	// Titles and headings are short and unfinished in any layout; wrapped lines are long and mostly unfinished.
	const long = lines.filter((l) => l.text.length >= WRAPPED_LINE_LENGTH);
	const unfinished = long.filter((l) => !ENDS_SENTENCE.test(l.text)).length / Math.max(1, long.length);
	return spaced >= 0.9 && long.length >= MIN_LINES_TO_JUDGE && unfinished >= 0.5;
}

/**
 * The text's lines grouped into blocks: `gaps[i]` is how many blank lines stood before line `i`. One blank line
 * separates blocks, but in double-spaced text only a gap wider than the usual one does.
 */
export function blocksBetweenGaps(lines: readonly SourceLine[], gaps: readonly number[]): Block[] {
	let breakAt = 1;
	if (isDoubleSpaced(gaps, lines)) {
		const usual = Math.min(...gaps.slice(1));
		breakAt = usual + 1;
	}
	const blocks: Block[] = [];
	for (const [i, line] of lines.entries()) {
		const current = blocks.at(-1);
		if (!current || (gaps[i] ?? 0) >= breakAt) blocks.push([line]);
		else current.push(line);
	}
	return blocks;
}
