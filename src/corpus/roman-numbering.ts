import { parseSource } from './parse-source.ts';
import type { ParsedSource } from './parsed-source.ts';

/**
 * Paragraphs numbered in small roman numerals, as IGAD and African Union communiqués number what their Assembly
 * decides (`The Assembly:` / `i. Welcomes the report…` / `ii. Expresses deep concern…`). Elsewhere such marks are
 * an item's inside a numbered paragraph (`(iv)`, `iv.` under `4.`), so they are read as the text's own numbering
 * only when they are its only one: the text numbers no line in figures, and its marks run from `i.` on, each the one
 * after the last, each before a word with a capital.
 */

const UNITS = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
/** A number from 1 to 39 in small roman numerals (`14`: `xiv`). */
const roman = (n: number): string => 'x'.repeat(Math.floor(n / 10)) + (UNITS[n % 10] ?? '');
/** A line opening with a small roman numeral and a stop, before a word with a capital: `iv. Reiterates…`. */
const ROMAN_MARK = /^(\s*)([ivx]{1,6})\.(?=\s+[\p{Lu}"“‘«])/u;
/** A line opening with a number in figures, as numbered paragraphs do (`4. Reiterates…`, `12) The…`). */
const FIGURE_MARK = /^\s*\d{1,4}[.)](?:\s|$)/u;
/** Fewer marks than this are an item list's, not a text's numbering; more than the last are not read. */
const MIN_MARKS = 3;
const MAX_MARKS = 39;

/**
 * The text with its small roman numbers read as figures (`iv.` as `4.`), and how many there are, when they are the
 * text's only numbering (see above); undefined otherwise.
 */
export function romanNumbering(text: string): { text: string; count: number } | undefined {
	const lines = text.split('\n');
	if (lines.some((line) => FIGURE_MARK.test(line))) return undefined;
	let count = 0;
	let inOrder = true;
	const read = lines.map((line) => {
		const numeral = ROMAN_MARK.exec(line)?.[2];
		if (numeral === undefined) return line;
		count += 1;
		inOrder &&= numeral === roman(count);
		return line.replace(ROMAN_MARK, (_, indent: string) => `${indent}${count}.`);
	});
	return inOrder && count >= MIN_MARKS && count <= MAX_MARKS ? { text: read.join('\n'), count } : undefined;
}

/**
 * A published text split into its paragraphs (see `parseSource`), its small roman numbers read as its numbering when
 * they are (see `romanNumbering`): each such paragraph keeps its numeral as its own mark (`¶iv`), as printed. When the
 * parse does not give one paragraph for each numeral, in order, the text is read as published.
 */
export function parsePublished(published: string, title: string): ParsedSource {
	const numbering = romanNumbering(published);
	if (numbering === undefined) return parseSource(published, title);
	const parsed = parseSource(numbering.text, title);
	const numbered = parsed.paragraphs.filter((p) => p.inAnnex === undefined);
	if (numbered.length !== numbering.count || numbered.some((p, i) => p.number !== i + 1)) {
		return parseSource(published, title);
	}
	const paragraphs = parsed.paragraphs.map((p) => (p.inAnnex === undefined ? { ...p, ownMark: roman(p.number) } : p));
	return { ...parsed, paragraphs };
}
