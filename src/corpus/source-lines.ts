import { bracketMarksRaised } from './bracketed-footnotes.ts';
import { normalizeWhitespace } from './text.ts';
import { withoutAcronymMarks } from './acronym-marks.ts';
import {
	FOOTNOTE_MARK_ALONE,
	FOOTNOTE_RULE,
	FOOTNOTE_START,
	numberedFootnoteMark,
	slashMarksOf,
	withoutFootnoteMarks,
	withoutSpacedEndMark,
	withoutSpacedSymbolMarks,
} from './footnotes.ts';
import {
	isAdoptionDateBeside,
	isCitedSymbolLine,
	isDateCodeBeside,
	isLayoutNoise,
	isShareWidgetBeside,
	wrappedAdoptionNotes,
} from './layout-noise.ts';
import { unruledFootnotes } from './unruled-footnotes.ts';
import { isCouncilFurnitureBeside } from './council-furniture.ts';
import { councilCoverLines } from './council-cover.ts';
import { ENDS_SENTENCE } from './markers.ts';
import { markLetterOBullets } from './letter-o-bullets.ts';
import { tableLines } from './tables.ts';
import { pageHeadLines, pagesOf, type LeftOutLines } from './page-heads.ts';
import { furnitureDoubts } from './furniture-doubts.ts';
import { joinHeadingMarks } from './heading-marks.ts';
import { blocksBetweenGaps } from './block-gaps.ts';
import { pageNumbersOnLastLines } from './page-number-ends.ts';
import { isStrayMark } from './stray-marks.ts';
import { superscriptFootnotes, withoutSuperscriptMarks } from './superscript-marks.ts';
import type { Block, SourceLine } from './source-line.ts';

export type { Block, SourceLine } from './source-line.ts';

/** Lines made only of whitespace (U+00A0 included) separate blocks. */
const BLANK = /^\s*$/u;
/**
 * Reads a text into blocks of trimmed lines, without the page furniture (running heads, footers, page numbers) and
 * the footnotes under a rule (their numbers are added to `footnoteMarks` when given, and their lines to
 * `footnoteLines`, and the running heads in words and stray marks to `namedLines`, for the import to say what it left
 * out); marked in brackets (`Summit[1]`, `[1] Sixth…`), they are read as raised ones (see bracketed-footnotes.ts).
 * In double-spaced text only the wider gaps separate blocks; the lines of a block are then told apart by their
 * marks (numbers, bullets, headings), as in any hard-wrapped block.
 */
export function readBlocks(
	text: string,
	footnoteMarks?: Set<string>,
	footnoteLines?: SourceLine[],
	namedLines?: LeftOutLines,
): Block[] {
	const source = bracketMarksRaised(text);
	const rawLines = source.replace(/\r\n?|\f|\v|\u2028|\u2029/gu, '\n').split('\n');
	const lines: SourceLine[] = [];
	const gaps: number[] = [];
	let blanks = 0;
	/** The lines (indexes into `lines`) that end a block or a page: where a paragraph's last line may stand. */
	const endsOfBlocks: number[] = [];
	// Under a footnote rule, to the page's footer or the first line after a blank that is no footnote: footnotes, no
	// part of the paragraph the page breaks. A rule not followed by a footnote's number is not one.
	let footnotes: 'after rule' | 'in footnotes' | undefined;
	let blanksInFootnotes = 0;
	// Footnotes the text lost their rule (copied from a PDF): known by their place, marks and numbering.
	const unruled = unruledFootnotes(source);
	const marks = new Set(unruled.marks);
	// The OAS numbers its footnotes `1.` and marks them `1/`: the marks the text bears so.
	const slashMarks = slashMarksOf(source);
	/** The nearest non-blank line above (step -1) or below (step 1) line i, trimmed. */
	const neighbour = (i: number, step: 1 | -1): string | undefined => {
		for (let j = i + step; j >= 0 && j < rawLines.length; j += step) {
			const text = rawLines[j]?.trim();
			if (text) return text;
		}
		return undefined;
	};
	const adoptionNotes = wrappedAdoptionNotes(rawLines);
	// The page each line is on (form feeds count), and the marks of the footnotes each page has: a mark set apart at a
	// paragraph's end (`2024. 12`) is one only where its page has that footnote.
	const pageOf = pagesOf(source);
	// Footnotes opening with a superscript mark (`¹ Adopted…`) are left out as the others (see superscript-marks.ts).
	const superscripts = superscriptFootnotes(rawLines, pageOf, unruled.lines);
	for (const [i, kept] of pageNumbersOnLastLines(rawLines, pageOf)) rawLines[i] = kept;
	// A Council document's cover page says where the text goes, not what it concludes (see council-cover.ts).
	const cover = councilCoverLines(rawLines, pageOf);
	const runningHeads = pageHeadLines(rawLines, pageOf);
	const doubts = furnitureDoubts(rawLines, pageOf);
	const pageMarks = new Map<number, Set<string>>();
	const addPageMark = (mark: string, i: number) => {
		const page = pageOf[i] ?? 0;
		pageMarks.set(page, (pageMarks.get(page) ?? new Set()).add(mark));
	};
	for (const i of unruled.lines) {
		const mark = /^\s*(\d{1,3}|\*{1,3}|[†‡§])(?:\s|$)/u.exec(rawLines[i] ?? '')?.[1];
		if (mark !== undefined) addPageMark(mark, i);
	}
	// Tables and figures between paragraphs are no text (see tables.ts); one that cut a sentence leaves it whole.
	const tables = tableLines(rawLines);
	let afterTable = false;
	// A running head repeats (the masthead's symbol, then every page's head): a line that does is furniture wherever it
	// stands, even between two lines of one sentence where the page broke it. A citation stands once.
	let seen: Map<string, number> | undefined;
	const timesSeen = (text: string) => {
		if (!seen) {
			seen = new Map();
			for (const raw of rawLines) seen.set(normalizeWhitespace(raw), (seen.get(normalizeWhitespace(raw)) ?? 0) + 1);
		}
		return seen.get(text) ?? 0;
	};
	const citedSymbol = (text: string, i: number) =>
		isCitedSymbolLine(text, rawLines[i - 1]?.trim(), rawLines[i + 1]?.trim()) && timesSeen(text) < 2;
	/** The last line read that was not blank: where the page was. */
	let lastFilled = 0;
	const leftOut = (i: number) => footnoteLines?.push({ text: normalizeWhitespace(rawLines[i] ?? ''), line: i + 1 });
	for (const [i, raw] of rawLines.entries()) {
		if (unruled.lines.has(i) && !BLANK.test(raw)) leftOut(i);
		if (unruled.lines.has(i) || cover.has(i)) continue;
		if (tables.has(i)) {
			afterTable = true;
			continue;
		}
		if (BLANK.test(raw)) {
			blanks += 1;
			blanksInFootnotes += 1;
			continue;
		}
		// A speck of the scan alone on its line (`|`) is no paragraph and no part of one (see stray-marks.ts).
		if (isStrayMark(raw)) {
			namedLines?.stray.push({ text: raw.trim(), line: i + 1 });
			continue;
		}
		// A non-breaking space at a line end is the text's own (`.\u00a0 ` between sentences): kept for the join. Runs of
		// spaces and tabs are a layout's columns (`pdftotext -layout`: `I.    Introduction`), not the text's: one space.
		const text = raw.replace(/^\s+|[^\S\u00a0]+$/gu, '').replace(/[ \t]{2,}|\t/gu, ' ');
		// A page's footnotes end at its foot: the next page opens with text (the end of the paragraph the page broke,
		// which may begin with a number, "15 countries…"), never with a footnote, even when the footer above it was
		// not recognised.
		if (pageOf[i] !== pageOf[lastFilled]) footnotes = undefined;
		lastFilled = i;
		const [before, after] = [neighbour(i, -1), neighbour(i, 1)];
		// A Council footer's cells follow each other line by line on one page (`9876/42` then `ANNEX`): after a blank
		// line or a page break, `ANNEX` is the heading that opens the annex.
		const adjacent = (step: 1 | -1) => {
			const line = rawLines[i + step];
			return line === undefined || BLANK.test(line) || pageOf[i + step] !== pageOf[i] ? undefined : line.trim();
		};
		// `pdftotext -layout` prints a raised mark on a line of its own above its footnote's text (`12`, then `See …`):
		// under a rule it opens a footnote, though alone it would read as a page number.
		if (
			footnotes !== undefined &&
			FOOTNOTE_MARK_ALONE.test(text) &&
			after !== undefined &&
			!BLANK.test(rawLines[i + 1] ?? '') &&
			/^[\p{L}“"‘(]/u.test(after) &&
			!isLayoutNoise(after)
		) {
			marks.add(text);
			addPageMark(text, i);
			leftOut(i);
			footnotes = 'in footnotes';
			blanksInFootnotes = 0;
			continue;
		}
		const furniture =
			(isLayoutNoise(text) && !citedSymbol(text, i)) ||
			adoptionNotes.has(i) ||
			runningHeads.has(i) ||
			isDateCodeBeside(text, before, after) ||
			isAdoptionDateBeside(text, before, after) ||
			isShareWidgetBeside(text, before, after) ||
			isCouncilFurnitureBeside(text, adjacent(-1), adjacent(1));
		if (furniture) {
			if (runningHeads.has(i) && !isLayoutNoise(text)) namedLines?.heads.push({ text, line: i + 1 });
			// The page's footer: its footnotes are over.
			footnotes = undefined;
			continue;
		}
		if (FOOTNOTE_RULE.test(text)) {
			footnotes = 'after rule';
			blanksInFootnotes = 0;
			continue;
		}
		const numbered = footnotes === undefined ? undefined : numberedFootnoteMark(text, slashMarks);
		const footnote =
			footnotes !== undefined &&
			(FOOTNOTE_START.test(text) ||
				numbered !== undefined ||
				(footnotes === 'in footnotes' && blanksInFootnotes === 0));
		if (footnote) {
			const mark = FOOTNOTE_START.test(text) ? /^(?:\d+|\*+|[†‡§])/u.exec(text)?.[0] : numbered;
			if (mark !== undefined) {
				marks.add(mark);
				addPageMark(mark, i);
			}
			leftOut(i);
			footnotes = 'in footnotes';
			blanksInFootnotes = 0;
			continue;
		}
		footnotes = undefined;
		// A paragraph's last line may end with its footnote's mark set apart (`…end of 2024. 12`, `-layout` text).
		const atBlockEnd =
			rawLines[i + 1] === undefined || BLANK.test(rawLines[i + 1] ?? '') || pageOf[i + 1] !== pageOf[i];
		// A sentence the table cut goes on below it, in lower case: one block, as the text would be without the table.
		if (afterTable && !ENDS_SENTENCE.test(lines.at(-1)?.text ?? '.') && /^\p{Ll}/u.test(text)) blanks = 0;
		afterTable = false;
		const pageTop = lines.length > 0 && pageOf[(lines.at(-1)?.line ?? 1) - 1] !== pageOf[i];
		const kept: SourceLine = pageTop ? { text, line: i + 1, pageTop } : { text, line: i + 1 };
		const doubt = doubts.get(i);
		if (doubt !== undefined) kept.doubt = doubt;
		lines.push(kept);
		if (atBlockEnd) endsOfBlocks.push(lines.length - 1);
		gaps.push(blanks);
		blanks = 0;
	}
	// Known once the page's footnotes are read (they stand below the line).
	for (const at of endsOfBlocks) {
		const line = lines[at];
		if (line) line.text = withoutSpacedEndMark(line.text, pageMarks.get(pageOf[line.line - 1] ?? 0) ?? new Set());
	}
	// A mark glued after a sentence's stop ("ask.3") would hide that the sentence, or the paragraph, ends there. One
	// set apart after a symbol goes where its page has the footnote (a number of the text may stand so elsewhere).
	// One glued to a word in capitals (`the SCA1,`) goes only on evidence (see `withoutAcronymMarks`).
	const whole = lines.map((line) => line.text).join('\n');
	for (const line of lines) {
		const pageMarksOfLine = pageMarks.get(pageOf[line.line - 1] ?? 0) ?? new Set<string>();
		const text = withoutFootnoteMarks(withoutSpacedSymbolMarks(line.text, pageMarksOfLine), marks);
		line.text = withoutSuperscriptMarks(withoutAcronymMarks(text, marks, whole), superscripts.marks);
	}
	for (const mark of marks) footnoteMarks?.add(mark);
	markLetterOBullets(lines, gaps);
	joinHeadingMarks(lines, gaps);
	return blocksBetweenGaps(lines, gaps);
}
