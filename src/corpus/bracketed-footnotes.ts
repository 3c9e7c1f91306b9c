import { FOOTNOTE_RULE } from './footnotes.ts';

/**
 * Footnotes some publishers mark with a number in brackets (`…the EU-AU Summit[1].`, then `[1] Sixth European
 * Union - African Union Summit…` at the end) or, under the rule, in parentheses (`…signée le 24 septembre 2003(1).`,
 * `(1) Déclaration conjointe…`): raised to the superscript figures a word processor keeps (`Summit¹`, `¹ Sixth…`),
 * which the parser already leaves out of the quotes with their footnotes (see superscript-marks.ts). Only a number
 * marked both ways, glued in the text and opening a line, is one: a reference `[1]` that no line notes stays, and so
 * does a list's `(1)` item, which no rule stands above.
 */

/** A number in brackets or parentheses glued to what stands before it (`Summit[1].`, `2003(1).`). */
const GLUED = /(?<=[\p{L}\p{N}.,;:’”)\]])(?:\[(\d{1,3})\]|\((\d{1,3})\))(?=[\s,.;:)]|$)/gmu;
/** A line opening with such a number, then its words (`[1] Sixth…`, `(1) Déclaration…`). */
const OPENING = /^(\s*)(?:\[(\d{1,3})\]|\((\d{1,3})\))[ \t]+(?=[“"‘(]?\p{L})/u;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** The most lines a footnote is wrapped over. */
const MAX_NOTE_LINES = 4;
/** A mark as written (`[1]`, `(1)`), from a match's number in brackets or in parentheses. */
const written = (square: string | undefined, round: string | undefined) =>
	square === undefined ? `(${round ?? ''})` : `[${square}]`;
const raised = (digits: string) => [...digits].map((d) => SUPERSCRIPT[Number(d)] ?? d).join('');

/** The text with its footnote marks in brackets or parentheses raised (see the module's comment); as is without. */
export function bracketMarksRaised(source: string): string {
	const glued = new Set([...source.matchAll(GLUED)].map((m) => written(m[1], m[2])));
	if (glued.size === 0) return source;
	const lines = source.split('\n');
	const notes = new Set<string>();
	/** Whether the lines above, blank ones aside, are the rule or footnotes already raised (a few lines each). */
	let underRule = false;
	let linesOfNote = MAX_NOTE_LINES;
	for (const [i, line] of lines.entries()) {
		const text = line.trim();
		if (text === '') continue;
		const opening = OPENING.exec(line);
		const mark = opening && written(opening[2], opening[3]);
		// One in brackets notes wherever it stands; one in parentheses only under the rule, or under another one.
		if (opening && mark && glued.has(mark) && (mark.startsWith('[') || underRule)) {
			notes.add(mark);
			lines[i] = `${opening[1] ?? ''}${raised(opening[2] ?? opening[3] ?? '')} ${line.slice(opening[0].length)}`;
			[underRule, linesOfNote] = [true, 1];
			continue;
		}
		// A footnote wrapped over lines: the next one under it is still under the rule.
		linesOfNote += 1;
		underRule = FOOTNOTE_RULE.test(text) || (underRule && linesOfNote <= MAX_NOTE_LINES);
	}
	if (notes.size === 0) return source;
	return lines
		.join('\n')
		.replace(GLUED, (whole: string, square?: string, round?: string) =>
			notes.has(written(square, round)) ? raised(square ?? round ?? '') : whole,
		);
}
