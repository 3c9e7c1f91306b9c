import { mastheadHeadLines } from './masthead-heads.ts';
import { runningHeadLines } from './running-heads.ts';
import { symbolHeadLines } from './symbol-heads.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * Lines the parser leaves out that the import names (see import/left-out-notes.ts): running heads in words, and
 * stray marks (see stray-marks.ts).
 */
export interface LeftOutLines {
	heads: SourceLine[];
	stray: SourceLine[];
}

/**
 * A page's own count, on a line of its own (`Page 1 of 2`, `Page 2/2`): where a text copied without form feeds ends
 * a page, when its counts run 1, 2, … to their total.
 */
const PAGE_OF = /^\s*page\s+(\d{1,3})\s*(?:of|\/)\s*(\d{1,3})\s*$/iu;

/**
 * The page (from 0) each line of a text is on: a form feed starts a new one; in a text without them, the line after
 * each `Page n of N` (see `PAGE_OF`), so that the furniture over it is known as the foot of every page.
 */
export function pagesOf(source: string): number[] {
	const parts = source.split(/(\r\n?|\n|\f|\v|\u2028|\u2029)/u);
	const texts = parts.filter((_, i) => i % 2 === 0);
	const counts = source.includes('\f') ? [] : texts.flatMap((text) => PAGE_OF.exec(text)?.slice(1).map(Number) ?? []);
	const counted = counts.length >= 4 && counts.every((n, i) => (i % 2 === 0 ? n === i / 2 + 1 : n === counts[1]));
	const pages: number[] = [];
	let page = 0;
	for (let i = 0; i < parts.length; i += 2) {
		pages.push(page);
		if (parts[i + 1] === '\f' || (counted && PAGE_OF.test(parts[i] ?? ''))) page += 1;
	}
	return pages;
}

/**
 * The line an editor (or `grep -n`) shows for a line as `readBlocks` numbers it (`SourceLine.line`), which counts a
 * form feed as a line's end: a form feed opens a page, and `pdftotext` sets it before the next page's first line.
 */
export function editorLineOf(source: string): (line: number) => number {
	const pageOf = pagesOf(source);
	return (line) => line - (pageOf[line - 1] ?? 0);
}

/**
 * The lines (0-based, as `rawLines`) that are a page's running head or foot in words, known by how often they repeat
 * at pages' edges (running-heads.ts), by the document's own symbol beside them (symbol-heads.ts), or by copying the
 * first page's masthead (masthead-heads.ts).
 */
export function pageHeadLines(rawLines: readonly string[], pageOf: readonly number[]): Set<number> {
	return new Set([
		...runningHeadLines(rawLines, pageOf),
		...symbolHeadLines(rawLines, pageOf),
		...mastheadHeadLines(rawLines, pageOf),
	]);
}
