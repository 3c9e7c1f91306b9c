/**
 * A footnote's mark glued to a word in capitals (`the SCA1, …` over the footnote `1 Standing Committee on…`) is
 * read as a mark only on evidence: figures glued to capitals are as often part of a name (`G20`, `C40`, `COP28`,
 * `CO2`), which no rule of shape tells from a mark.
 */

/** A word of two capitals or more and the figures glued to it, each captured. */
const CAPITALS_AND_FIGURES = /(?<![\p{L}\p{N}/.-])(\p{Lu}{2,})(\d{1,3})(?=[\s,.;:)]|$)/gu;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, String.raw`\$&`);

/** Whether the word in capitals glued to `mark` in `glued` is read as bearing it (see `withoutAcronymMarks`). */
function bearsMark(word: string, whole: string): boolean {
	const bare = new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(word)}(?![\p{L}\p{N}])`, 'u').test(whole);
	const withFigures = whole.match(new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(word)}\d`, 'gu'))?.length ?? 0;
	return bare && withFigures === 1;
}

/** Whether a page's text bears `mark` glued to a word in capitals, on the evidence `withoutAcronymMarks` asks. */
export function acronymMarkedOn(page: string, mark: string, whole: string): boolean {
	return [...page.matchAll(CAPITALS_AND_FIGURES)].some(
		([, word, glued]) => glued === mark && bearsMark(word ?? '', whole),
	);
}

/**
 * A line without the footnote marks glued to words in capitals, where three things say it is a mark: the text has a
 * footnote of that number (`marks`), it writes the word elsewhere without figures (`the SCA`), and never with
 * figures but here (a name, `COP28`, `G20`, is written so each time; a mark is set once).
 *
 * @param whole - the text's lines, joined: where the word is looked for elsewhere
 */
export function withoutAcronymMarks(line: string, marks: ReadonlySet<string>, whole: string): string {
	if (marks.size === 0) return line;
	return line.replace(CAPITALS_AND_FIGURES, (glued, word: string, mark: string) => {
		return marks.has(mark) && bearsMark(word, whole) ? word : glued;
	});
}
