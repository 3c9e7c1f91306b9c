import type { SourceProblem } from '../corpus/parsed-source.ts';

/** A gap in the numbering that leaves this many paragraphs out or more is no paragraph lost in a copy. */
const SEVERAL_MISSING = 3;
/** Numbers that go back this many times or more are no single repeat. */
const SEVERAL_BACK = 2;

/**
 * Whether a text's numbering problems say its lines were read out of order (a page in two columns read across,
 * line by line: every paragraph then swallows the words of one in the other column, and whole runs of numbers are
 * lost): a gap of several numbers, or numbers that go back again and again. The problems that say so, else none.
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

/** What to tell the importer about a text read out of order, and how to check it. */
export function outOfOrderAdvice(file: string, problems: readonly SourceProblem[]): string {
	return [
		`the paragraph numbering of ${file} is broken: ${problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}.`,
		'The text is likely read out of order (a page in two columns read across, line by line), so paragraphs',
		"would be cited with other paragraphs' words. To check: look at the text (`pdftotext -layout <file.pdf> -`",
		'shows two columns side by side on each line), and see whether the paragraphs named above hold words that',
		'do not belong to them. Import the text column by column (the PDF itself, or each column copied in turn);',
		'if the numbering really is so (an extract), import it again with --force.',
	].join('\n  ');
}
