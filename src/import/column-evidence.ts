/**
 * Whether a text shows that a page in two columns was read across: the only cause of a broken numbering the import
 * names as "read out of order", so that a text in one column is never sent to look for columns it does not have.
 */

/** Two runs of three words or more on one line, three spaces or more between them: two columns side by side. */
const SIDE_BY_SIDE = /^\s*(?:\S+ ){2,}\S+ {3,}(?:\S+ ){2,}\S+/u;
/** So many lines side by side, at least: a masthead's or a table's few rows are not columns. */
const MIN_SIDE_BY_SIDE = 8;
/** ... and this share of the text's lines. */
const SHARE_SIDE_BY_SIDE = 0.25;
/** A paragraph's number at a line's start. */
const NUMBER_AT_START = /^\s*(\d{1,3})[.)]\s+\S/u;
/** Numbers that go back then jump forward past the next this many times: two runs of numbers, interleaved. */
const MIN_ALTERNATIONS = 2;

/**
 * How many times the numbers at line starts go back, then jump forward over numbers not yet read (`1, 6, 2, 7, 3`):
 * the two columns' paragraphs interleaved. A part numbered from 1 again (`…11, 12, 1, 2, 3`) goes back once and on.
 */
function alternations(numbers: readonly number[]): number {
	let count = 0;
	for (let i = 1; i + 1 < numbers.length; i += 1) {
		const [before, at, after] = [numbers[i - 1] ?? 0, numbers[i] ?? 0, numbers[i + 1] ?? 0];
		if (at < before && after > at + 1) count += 1;
	}
	return count;
}

/**
 * What in a text shows columns read across, in words for the refusal, or undefined when nothing does: many lines
 * holding two runs of text side by side, or paragraph numbers that alternate between two runs.
 */
export function columnEvidence(text: string): string | undefined {
	const lines = text.replace(/\r\n?/gu, '\n').split(/\n|\f/u);
	const filled = lines.filter((line) => line.trim() !== '');
	const sideBySide = lines.flatMap((line, i) => (SIDE_BY_SIDE.test(line) ? [i + 1] : []));
	if (sideBySide.length >= MIN_SIDE_BY_SIDE && sideBySide.length >= SHARE_SIDE_BY_SIDE * filled.length) {
		return `${sideBySide.length} lines hold two runs of text side by side (line ${sideBySide[0] ?? 0} first)`;
	}
	const numbers = lines.flatMap((line) => {
		const found = NUMBER_AT_START.exec(line);
		return found ? [Number(found[1])] : [];
	});
	if (alternations(numbers) >= MIN_ALTERNATIONS) {
		return `its paragraph numbers alternate between two runs (${numbers.slice(0, 6).join(', ')}, …), as two columns read across do`;
	}
	return undefined;
}
