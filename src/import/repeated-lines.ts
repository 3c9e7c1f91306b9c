import { ENDS_SENTENCE } from '../corpus/markers.ts';
import { normalizeWhitespace } from '../corpus/text.ts';
import type { Paragraph } from '../corpus/types.ts';

/**
 * Page furniture no rule knew, caught by what it does to the paragraphs: a running head in words
 * (`Chairman’s Statement of the 48th ASEAN Summit 10 May 2026`) left in a text whose pages the parser could not tell
 * apart (no form feeds) stands on a line of its own on every page, and so inside every paragraph a page breaks.
 *
 * A document's own words repeat too (`The Leaders welcomed the…` opening paragraph after paragraph, the same sentence
 * in several places, the same fragment where `pdftotext -layout` wraps alike), and telling the reader to delete them
 * would cut real text. So a repeat counts only where it sits as furniture does: set apart from the text, with a blank
 * line, a page break or a page number set apart under it and a blank line, a page break or a page number over it, and
 * not ending as a sentence (`…welcomed the outcome.`) or on a word that needs the next line (`…welcomed the`), as the
 * text's own lines do.
 */

/** A line must repeat this often, as furniture, to be suspect: a heading repeated once (a table of contents) is not. */
const MIN_REPEATS = 3;
/** Shorter lines (`Annex`, `Page 3`, a name) may repeat as text, and the symbol and number rules know the rest. */
const MIN_WORDS = 4;
/** A page's number on a line of its own (`3`, `- 3 -`, `Page 3 of 15`, `iv`), which may sit right over a head. */
const PAGE_NUMBER = /^(?:page\s+)?[-–(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/iu;
/** A line ending on a word that needs the next line goes on in it: a wrapped line of text, not a head. */
const ENDS_ON_SMALL_WORD = /\b(?:a|an|the|of|on|in|at|to|for|by|with|and|or|its|their|from|that|which|as)$/iu;

/** Whether the line at `i` of `lines` (normalized; a page break read as a blank line) sits as furniture does. */
function setApart(lines: readonly string[], i: number): boolean {
	const line = lines[i] ?? '';
	if (ENDS_SENTENCE.test(line) || /,$/u.test(line) || ENDS_ON_SMALL_WORD.test(line)) return false;
	const above = lines[i - 1];
	const below = lines[i + 1];
	const apartAbove = above === undefined || above === '' || PAGE_NUMBER.test(above);
	// A footer over its page's number (`… Communiqué – Kigali, 14 March 2025` / `2`), the number then set apart.
	const overNumber = below !== undefined && PAGE_NUMBER.test(below) && !lines[i + 2];
	const apartBelow = below === undefined || below === '' || overNumber;
	return apartAbove && apartBelow;
}

/** The lines of a source text that repeat as furniture (see `MIN_REPEATS`, `MIN_WORDS`), with how often in all. */
function repeatedLines(source: string): Map<string, number> {
	const lines = source.split(/\r\n?|\n|\f|\v/u).map(normalizeWhitespace);
	const counts = new Map<string, { all: number; apart: number }>();
	for (const [i, line] of lines.entries()) {
		if (line.split(' ').length < MIN_WORDS || !/\p{L}{2}/u.test(line)) continue;
		const count = counts.get(line) ?? { all: 0, apart: 0 };
		count.all += 1;
		if (setApart(lines, i)) count.apart += 1;
		counts.set(line, count);
	}
	return new Map([...counts].filter(([, count]) => count.apart >= MIN_REPEATS).map(([line, c]) => [line, c.all]));
}

/**
 * One problem per repeated line that stands inside paragraphs of a document (`paragraphs`, read from `source`):
 * which paragraphs, and what to do.
 */
export function repeatedLineProblems(source: string, paragraphs: readonly Pick<Paragraph, 'id' | 'text'>[]): string[] {
	const problems: string[] = [];
	for (const [line, count] of repeatedLines(source)) {
		// Inside a paragraph, not the whole of one: a paragraph that is that line is text that happens to repeat.
		const inside = paragraphs.filter((p) => p.text !== line && normalizeWhitespace(p.text).includes(line));
		if (inside.length < 2) continue;
		const ids = inside.map((p) => p.id);
		problems.push(
			`"${line}" is a line of the text ${count} times and stands inside ${ids.length} paragraphs ` +
				`(${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}): a running head or footer left in them? ` +
				'Take it out of the text, or keep the form feeds between its pages (pdftotext writes them).',
		);
	}
	return problems;
}
