import type { SourceProblem } from '../corpus/parsed-source.ts';
import { columnEvidence } from './column-evidence.ts';

/** A gap in the numbering that leaves this many paragraphs out or more is no paragraph lost in a copy. */
const SEVERAL_MISSING = 3;
/** Numbers that go back this many times or more are no single repeat. */
const SEVERAL_BACK = 2;
/** How many of the lines where the numbering broke a refusal names. */
const MOST_NAMED = 4;

/**
 * The problems that say a text's numbering is broken beyond a paragraph lost or repeated: a gap of several numbers,
 * or numbers that go back again and again. None when it is not. What broke it is for `brokenNumberingAdvice` to say.
 */
export function outOfOrder(problems: readonly SourceProblem[]): SourceProblem[] {
	const gaps = problems.filter((problem) => {
		const [, after = '0', before = '0'] = /^¶(\d+) follows ¶(\d+):/u.exec(problem.message) ?? [];
		return Number(after) - Number(before) - 1 >= SEVERAL_MISSING;
	});
	const back = problems.filter((problem) => / repeats or goes back;/u.test(problem.message));
	if (gaps.length === 0 && back.length < SEVERAL_BACK) return [];
	return [...gaps, ...back].sort((a, b) => a.line - b.line);
}

/** The problems named, up to `MOST_NAMED`, and how many more there are. */
function named(problems: readonly SourceProblem[]): string {
	const shown = problems.slice(0, MOST_NAMED).map((p) => `line ${p.line}: ${p.message}`);
	const more = problems.length - shown.length;
	return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * The line above the first place where the numbering starts again from 1 (`"1." after ¶12 repeats or goes back`):
 * where a part numbered from 1 again (an annex, an appendix) has its heading. Undefined when none starts again.
 */
function headingAboveRestart(problems: readonly SourceProblem[], lines: readonly string[]): string | undefined {
	const restart = problems.find((problem) => /^"1\." after /u.test(problem.message));
	if (restart === undefined) return undefined;
	for (let i = restart.line - 2; i >= 0; i -= 1) {
		const line = (lines[i] ?? '').replace(/\s+/gu, ' ').trim();
		// A line that ends a sentence is a paragraph's end, no heading that went unread.
		if (line !== '') return /^\d{1,3}[.)]\s/u.test(line) || /[.;:!?]$/u.test(line) ? undefined : line;
	}
	return undefined;
}

/**
 * What to tell the importer about a text whose numbering is broken, naming the lines where it broke and the cause
 * the text shows: columns read across when it shows them (see `columnEvidence`); else what breaks a text in one
 * column, with the heading above a restart named, and the advice that mends each.
 */
export function outOfOrderAdvice(file: string, problems: readonly SourceProblem[], text: string): string {
	const columns = columnEvidence(text);
	if (columns !== undefined) {
		return [
			`the paragraph numbering of ${file} is broken: ${named(problems)}.`,
			'The text is likely read out of order (a page in two columns read across, line by line or block by block):',
			`${columns}. Paragraphs would be cited with other paragraphs' words. To check: look at the text`,
			'(`pdftotext -layout <file.pdf> -` shows two columns side by side on each line), and see whether the',
			'paragraphs named above hold words that do not belong to them.',
			...(/\.pdf$/iu.test(file)
				? [
						// The PDF itself is what was read: its columns were not found, so only a copy in reading order helps.
						'The import read this PDF as it stands: it found no two columns on those pages. Copy its text column by',
						'column (the left column top to bottom, then the right one) into a .txt file and import that file;',
					]
				: ['Import the text column by column (the PDF itself, or each column copied in turn);']),
			'if the numbering really is so (an extract), import it again with --force.',
		].join('\n  ');
	}
	const heading = headingAboveRestart(problems, text.replace(/\r\n?/gu, '\n').split(/\n|\f/u));
	return [
		`the paragraph numbering of ${file} is broken where the import read it: ${named(problems)}.`,
		'The text shows no sign of columns read across; look at those lines for what broke it:',
		...(heading === undefined
			? []
			: [
					`- numbers start again from 1 under "${heading}", which was not read as a heading.`,
					'  Numbers that start again from 1 are read as those of a part under a heading of its own: an annex',
					'  under a line that names it (`Annex II`, `Appendix A`, or `Annex`, its title on the next line), or a',
					'  section that numbers its own paragraphs (`II. Marine pollution`, `Item 4.2`) under its heading alone',
					"  on its line, a blank line above and below it (the first section's too). Set the heading so in the",
					'  text (for a PDF, in the text `pdftotext` gives, saved as .txt) and import that file.',
				]),
		'- paragraphs the text lacks (a page not copied) leave a gap: import the whole text.',
		'- if the document is numbered so (an extract), import it again with --force: a number that goes back then',
		'  stays in the text of the paragraph before it, or, where no paragraph is open above it, out of the quotes',
		'  (the data check names those lines).',
	].join('\n  ');
}
