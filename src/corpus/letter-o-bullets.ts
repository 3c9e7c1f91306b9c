import { ENDS_SENTENCE, paragraphNumber } from './markers.ts';
import type { SourceLine } from './source-lines.ts';

/** `o the Agenda…`: a hollow bullet as `pdftotext` renders it, a letter that is a bullet only in a list of them. */
const LETTER_O_BULLET = /^o\s+(?=\S)/u;
/** Items of one list stand this close: an item wraps over a few lines at most. */
const MAX_LINES_BETWEEN_ITEMS = 8;

/**
 * Gives `o` bullets the hollow bullet they stand for (`◦`), where two or more lines that start with `o` after a
 * finished line (a lead-in's `:`, an item's `;`) form a list. One such line alone is a line starting with the word
 * "o" (a wrapped line of a text in Spanish or Italian), and keeps it.
 */
export function markLetterOBullets(lines: SourceLine[], gaps: readonly number[]): void {
	const starts = lines.flatMap((line, i) => {
		if (!LETTER_O_BULLET.test(line.text)) return [];
		const previous = lines[i - 1]?.text;
		const afterBreak = previous === undefined || (gaps[i] ?? 0) > 0 || ENDS_SENTENCE.test(previous);
		return afterBreak ? [i] : [];
	});
	let run: number[] = [];
	const close = () => {
		if (run.length >= 2) {
			for (const line of run.map((i) => lines[i])) if (line) line.text = line.text.replace(LETTER_O_BULLET, '◦ ');
		}
		run = [];
	};
	for (const i of starts) {
		const last = run.at(-1);
		const between = last === undefined ? [] : lines.slice(last + 1, i);
		const sameList =
			last !== undefined &&
			i - last <= MAX_LINES_BETWEEN_ITEMS &&
			between.every((line) => paragraphNumber(line.text) === undefined);
		if (!sameList) close();
		run.push(i);
	}
	close();
}
