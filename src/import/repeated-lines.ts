import { normalizeWhitespace } from '../corpus/text.ts';
import type { Paragraph } from '../corpus/types.ts';

/**
 * Page furniture no rule knew, caught by what it does to the paragraphs: a running head in words
 * (`Chairman’s Statement of the 48th ASEAN Summit 10 May 2026`) left in a text whose pages the parser could not tell
 * apart (no form feeds) stands on a line of its own on every page, and so inside every paragraph a page breaks. A
 * line of the text's own words does not repeat so: lines wrap where the words fall.
 */

/** A line must repeat this often to be suspect: a heading repeated once (a table of contents) is not furniture. */
const MIN_REPEATS = 3;
/** Shorter lines (`Annex`, `Page 3`, a name) may repeat as text, and the symbol and number rules know the rest. */
const MIN_WORDS = 4;

/** The lines of a source text that repeat (see `MIN_REPEATS`, `MIN_WORDS`), with how often. */
function repeatedLines(source: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const raw of source.split(/\r\n?|\n|\f|\v/u)) {
		const line = normalizeWhitespace(raw);
		if (line.split(' ').length < MIN_WORDS || !/\p{L}{2}/u.test(line)) continue;
		counts.set(line, (counts.get(line) ?? 0) + 1);
	}
	return new Map([...counts].filter(([, count]) => count >= MIN_REPEATS));
}

/**
 * One problem per repeated line that stands inside paragraphs of a document (`paragraphs`, read from `source`):
 * which paragraphs, and what to do.
 */
export function repeatedLineProblems(source: string, paragraphs: readonly Paragraph[]): string[] {
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
