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

/** The page (from 0) each line of a text is on: a form feed starts a new one. */
export function pagesOf(source: string): number[] {
	const parts = source.split(/(\r\n?|\n|\f|\v|\u2028|\u2029)/u);
	const pages: number[] = [];
	let page = 0;
	for (let i = 0; i < parts.length; i += 2) {
		pages.push(page);
		if (parts[i + 1] === '\f') page += 1;
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
