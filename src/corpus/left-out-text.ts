import { ENDS_SENTENCE, decimalNumber, isPreambleChapeau, letterMark, paragraphNumber } from './markers.ts';
import { paragraphMark } from './paragraph-mark.ts';
import type { ParsedSource, SourceProblem } from './parsed-source.ts';

/**
 * The text taken in against the text held: words the document marks as paragraphs of its own that no paragraph
 * quotes. A layout the parser misread loses them without a warning of its own (a report's `1.`–`4.` set aside as
 * front matter above its `4.1`, a conclusion's preamble above its `(a)`), or runs them into the paragraph before
 * (`3. All recommendations …` quoted as words of `2.2`). Each is said, naming its line, so that the data check fails
 * on the document rather than passing with most of its text gone.
 */

/** A block reads as a sentence of the document's text: several words, small letters. */
const MIN_WORDS = 6;
const readsAsText = (text: string) => /\p{Ll}/u.test(text) && text.split(/\s+/u).length >= MIN_WORDS;

/** A preambular paragraph's opening word, as preamble.ts reads it (`Recalling`, `Noting with concern`, `Aware`). */
const OPENER = /^(?:\p{Lu}\p{Ll}+(?:ing|ed)|Aware|Mindful|Conscious|Cognizant)\b/u;

/** The mark a block of the context opens with, as a paragraph's: `3.`, `4.1`, `(a)`; undefined for none. */
function markOf(text: string): string | undefined {
	const number = paragraphNumber(text);
	if (number && /^\p{Lu}/u.test(number.rest)) return `${number.number}.`;
	const decimal = decimalNumber(text);
	if (decimal && /^\p{Lu}/u.test(decimal.rest)) return decimal.mark;
	const letter = letterMark(text);
	return letter && /^\p{Lu}/u.test(letter.rest) ? letter.mark : undefined;
}

/** A text's first words, as a message quotes them. */
const QUOTED = 60;
const opening = (text: string) => (text.length > QUOTED ? `${text.slice(0, QUOTED).trimEnd()}…` : text);

/** What to do about text left out: the layout was misread, so the list of paragraphs is what to compare. */
const ADVICE =
	'the import did not read this layout as the document numbers it: compare the paragraphs it lists with the document';

/** The source line a text starts on (1-based), found by its first words (blanks as one); 0 when not found. */
function lineOf(lines: readonly string[], text: string): number {
	const blanks = (t: string) => t.trim().replace(/\s+/gu, ' ');
	const start = blanks(text).slice(0, 40);
	const opens = (line: string) => blanks(line).length >= 12 && start.startsWith(blanks(line));
	return lines.findIndex((line) => blanks(line).startsWith(start) || opens(line)) + 1;
}

/** The words the document marks as paragraphs but no paragraph of `parsed` holds, said line by line. */
export function leftOutText(source: string, parsed: ParsedSource): SourceProblem[] {
	const lines = source.split(/\r?\n/u);
	const problems: SourceProblem[] = [];
	const context = (parsed.preamble ?? '').split('\n\n');
	const organAt = context.findIndex(isPreambleChapeau);
	// A line the parser already named (a number that goes back, kept as text) is said once.
	const named = new Set(parsed.problems.map((p) => p.line));
	for (const [at, block] of context.entries()) {
		const mark = markOf(block);
		const preambular = at > organAt && OPENER.test(block) && /,$/u.test(block);
		if (!readsAsText(block) || (mark === undefined && !preambular) || named.has(lineOf(lines, block))) continue;
		const what = mark === undefined ? 'a preambular paragraph' : `a paragraph marked "${mark}"`;
		problems.push({
			line: lineOf(lines, block),
			message: `"${opening(block)}" reads as ${what} but is in no paragraph, so it is neither quoted nor searched`,
			advice: ADVICE,
		});
	}
	for (const paragraph of parsed.paragraphs) {
		const inside = paragraph.text.split('\n');
		// `(a) Calls upon …;` and `(b) Requests …` quoted as one paragraph: the letters are the document's marks.
		const letters = inside.flatMap((line) => letterMark(line)?.letter ?? []);
		if (!paragraph.ownMark && letterMark(paragraph.text)?.letter === 'a' && letters.includes('b')) {
			problems.push({
				line: paragraph.line,
				message: `${paragraphMark(paragraph)} holds the paragraphs lettered ${letters.map((l) => `(${l})`).join(', ')}, quoted and cited as one`,
				advice: ADVICE,
			});
		}
		for (const [i, line] of inside.entries()) {
			const decimal = i === 0 ? undefined : decimalNumber(line);
			const plain = i === 0 ? undefined : paragraphNumber(line);
			const number = plain ?? (decimal && { number: decimal.mark, rest: decimal.rest });
			const closed = (decimal ? /[.;]$/u : /\.$/u).test(inside[i - 1] ?? '');
			if (number === undefined || !/^\p{Lu}/u.test(number.rest) || !closed) continue;
			const said = parsed.problems.some((p) => p.message.startsWith(`"${number.number}." after`));
			if (!readsAsText(number.rest) || !ENDS_SENTENCE.test(line) || said) continue;
			problems.push({
				line: lineOf(lines, line),
				message: `"${opening(line)}" reads as paragraph ${number.number} but is quoted as words of ${paragraphMark(paragraph)}`,
				advice: ADVICE,
			});
		}
	}
	return problems;
}
