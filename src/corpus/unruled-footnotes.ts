import {
	FOOTNOTE_MARK_ALONE,
	FOOTNOTE_RULE,
	SPACED_MARK_AFTER_SYMBOL,
	gluedMark,
	numberedFootnoteMark,
	slashMarksOf,
} from './footnotes.ts';
import { isLayoutNoise } from './layout-noise.ts';
import { isCouncilFurnitureBeside } from './council-furniture.ts';
import { ENDS_SENTENCE, isAnnexHeading } from './markers.ts';
import { acronymMarkedOn } from './acronym-marks.ts';

/**
 * Footnotes without their rule: text copied from a PDF (`pdftotext`, a copy and paste) loses the rule the page
 * draws above them, so they are known by what else a published page shows. They stand at a page's foot, just before
 * its furniture (footer, job number, page number, form feed, the next page's running head); each opens with a mark
 * ("1 See…", "* A/64/150.") that the page's text before them has glued to a word ("continent.1", "agenda*"); the
 * marks of one page follow each other (1, 2, 3); and the first of them opens a line after a blank line or a
 * finished sentence, or goes on with the numbering of the text's earlier footnotes (from 1). A numbered paragraph
 * ("5. …") is never one: a footnote's number has no stop, but where the OAS numbers it (`1. The Republic…`) and the
 * text bears its mark as the OAS sets it (`APPROACH1/`).
 */

/** The lines a text's footnotes without a rule take, 0-based as the text's lines, and their marks. */
export interface UnruledFootnotes {
	lines: Set<number>;
	marks: Set<string>;
}

/** A footnote's first line: its mark, a space, and words, maybe quoted or in brackets. */
const MARK_AT_START = /^(\d{1,3}|\*{1,3}|[†‡§])\s+[“"‘(]?\p{L}/u;
/** A date opening a line ("4 December 2006") is the text's, not a footnote's. */
const DATE_AT_START =
	/^\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/** A footnote this long would be the page's text, not a note to it. */
const MAX_FOOTNOTE_LINES = 8;
/** A line's end: the separators that split a text into lines, kept to know where a page ends (form feed). */
const LINE_END = /(\r\n?|\n|\f|\v|\u2028|\u2029)/u;

/** The mark a line opens with as a footnote (or the OAS's `1.`, where the text marks it `1/`), or undefined. */
function markOf(line: string, slashMarks: ReadonlySet<string>): string | undefined {
	if (DATE_AT_START.test(line)) return undefined;
	return MARK_AT_START.exec(line)?.[1] ?? numberedFootnoteMark(line, slashMarks);
}

/** Whether a mark may stand above the one below it in one page's footnotes: numbers in sequence; signs first. */
function precedes(mark: string, below: string): boolean {
	const [a, b] = [Number(mark), Number(below)];
	if (Number.isInteger(a) && Number.isInteger(b)) return a + 1 === b;
	return !Number.isInteger(a) && mark !== below;
}

/** Whether a line ends a sentence, a footnote's mark after its stop aside ("teams.3"). */
function endsSentence(line: string): boolean {
	return ENDS_SENTENCE.test(line.replace(/(?<=[\p{L}.,;:)\]’”])(?:\d{1,3}|\*{1,3}|[†‡§])$/u, ''));
}

/**
 * Whether a page's text bears a footnote's mark: glued to a word ("continent.1", "the SCA1," on evidence), or set apart after a stop at a
 * line's end or after a document symbol, as `pdftotext -layout` prints a raised mark ("…end of 2024. 12",
 * "resolution 53/144 1 of").
 */
function markedOn(page: string, mark: string, source: string): boolean {
	const escaped = mark.replace(/\*/gu, String.raw`\*`);
	return (
		gluedMark(mark).test(page) ||
		slashMarksOf(page).has(mark) ||
		acronymMarkedOn(page, mark, source) ||
		new RegExp(String.raw`[.;:!?][’”)]?[ \t]+${escaped}[ \t]*$`, 'mu').test(page) ||
		[...page.matchAll(new RegExp(SPACED_MARK_AFTER_SYMBOL, 'gmu'))].some((match) => match[1] === mark)
	);
}

/** Finds the footnotes of a text that has no rule above them (see the module's comment). */
export function unruledFootnotes(source: string): UnruledFootnotes {
	const parts = source.split(LINE_END);
	const lines = parts.filter((_, i) => i % 2 === 0).map((line) => line.trim());
	const pageEndsAfter = (i: number) => parts[2 * i + 1] === '\f';
	// Asked of most lines several times (the line, then as the next one's neighbour): worked out once per line.
	const furniture: (boolean | undefined)[] = [];
	const isFurnitureAt = (j: number): boolean => {
		const line = lines[j] ?? '';
		return (furniture[j] ??=
			line === '' || isLayoutNoise(line) || isCouncilFurnitureBeside(line, near(j, -1), near(j, 1)));
	};
	/** The line right above (step -1) or below (step 1) line j on its page, if it is not blank (see source-lines.ts). */
	const near = (j: number, step: 1 | -1): string | undefined => {
		const pageBreak = step === 1 ? pageEndsAfter(j) : pageEndsAfter(j - 1);
		return pageBreak || !lines[j + step] ? undefined : lines[j + step];
	};
	const found: UnruledFootnotes = { lines: new Set(), marks: new Set() };
	const slashMarks = slashMarksOf(source);
	let pageStart = 0;
	// Where the printed page starts, when form feeds say so: a page's text bears the marks of all its footnotes, even
	// when a mark alone on its line (which reads as a page number) split them into two blocks found one after the other.
	const paged = parts.includes('\f');
	let printedPageStart = 0;
	let lastNumber: number | undefined;

	/** Whether the first line with words after the blank line `j` is an annex's heading. */
	const opensAnnexAfter = (j: number): boolean => {
		let next = j;
		while (lines[next] === '') next += 1;
		return isAnnexHeading(lines[next] ?? '');
	};

	/** Whether only furniture stands between a line and its page's end (or the next page's text). */
	const atFoot = (i: number): boolean => {
		let seen = false;
		for (let j = i; j < lines.length; j += 1) {
			// The body's end before its annex (`ANNEX` after a blank line) is a page's foot too: a new page opens it.
			if (j > i && lines[j] === '' && opensAnnexAfter(j)) return true;
			if (j > i && !isFurnitureAt(j)) return seen;
			if (j > i && lines[j] !== '') seen = true;
			if (pageEndsAfter(j)) return true;
		}
		return true;
	};

	/** The footnote starts of a block ending at line `last`, bottom first, each with its mark glued above it. */
	const startsUpTo = (last: number): { index: number; mark: string }[] => {
		const starts: { index: number; mark: string }[] = [];
		let continuation = 0;
		for (let j = last; j >= pageStart; j -= 1) {
			const line = lines[j] ?? '';
			if (line === '' && continuation === 0 && starts.length > 0) continue;
			// `pdftotext -layout` sets a raised mark on a line of its own above its footnote's text: alone it would read
			// as a page number. `pdftotext` may set it a blank line above the text (the mark is a cell of its own: the
			// blank is inside the footnote), or set a page's marks as a column above the column of their texts (`1`,
			// `2`, then both texts: a mark right above the one just found goes with it). Those two only in a text whose
			// pages end with form feeds, as `pdftotext` writes them: there a page number stands in its page's footer,
			// never a blank line above a page's last lines, where copied text may have it.
			if (paged && line === '' && continuation > 0 && FOOTNOTE_MARK_ALONE.test(lines[j - 1] ?? '')) continue;
			const apart =
				FOOTNOTE_MARK_ALONE.test(line) &&
				(continuation > 0
					? lines[j + 1] !== '' || (paged && lines[j + 2] !== '')
					: paged && starts.at(-1)?.index === j + 1);
			if (!apart && (isFurnitureAt(j) || FOOTNOTE_RULE.test(line))) break;
			const mark = apart ? line : markOf(line, slashMarks);
			if (mark !== undefined) {
				const below = starts.at(-1)?.mark;
				const page = lines.slice(paged ? printedPageStart : pageStart, j).join('\n');
				if ((below !== undefined && !precedes(mark, below)) || !markedOn(page, mark, source)) break;
				starts.push({ index: j, mark });
				continuation = 0;
				continue;
			}
			continuation += 1;
			if (continuation > MAX_FOOTNOTE_LINES) break;
		}
		return starts;
	};

	for (let i = 0; i < lines.length; i += 1) {
		if (!isFurnitureAt(i) && atFoot(i)) {
			const starts = startsUpTo(i);
			// The first footnote opens a line of its own, or goes on with the text's numbering (from 1).
			const first = starts.findLastIndex(({ index, mark }) => {
				const above = lines[index - 1];
				const clean =
					index === pageStart ||
					above === undefined ||
					isFurnitureAt(index - 1) ||
					FOOTNOTE_RULE.test(above) ||
					endsSentence(above);
				return clean || Number(mark) === (lastNumber ?? 0) + 1;
			});
			const top = starts[first];
			if (top) {
				for (let j = top.index; j <= i; j += 1) found.lines.add(j);
				for (const { mark } of starts.slice(0, first + 1)) {
					found.marks.add(mark);
					if (Number.isInteger(Number(mark))) lastNumber = Math.max(lastNumber ?? 0, Number(mark));
				}
				pageStart = i + 1;
			}
		}
		if (pageEndsAfter(i)) [pageStart, printedPageStart] = [i + 1, i + 1];
	}
	return found;
}
