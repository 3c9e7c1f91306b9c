import type { Block } from './source-lines.ts';
import { ENDS_SENTENCE, bullet, decimalNumber, letterMark, paragraphNumber } from './markers.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * Separator lines between a text's parts: `* * *`, `***`, `⁂`, `—`, `___`, `- - -`, `•••`, the European Council's
 * `°` over `° °`, `~`, `#`, and a press release's `* *** *`. A line of marks that never stand for a word or a cell
 * (`°`, `⁂`, `~`, `#`), or a lone em dash, is one however few; other glyphs only three or more, so that a table's `-`
 * (none), a footnote's `*` or `**` and a bullet `pdftotext` set apart on its line are not.
 */
const SEPARATOR = /^(?:—|[°⁂~#](?:\s*[°⁂~#*•·])*|[*⁂•·~=_—–°#-](?:\s*[*⁂•·~=_—–°#-]){2,})$/u;

/** `* *** *`: the end marker of a press release, the only separator that may end a text. */
const END_MARKER = /^\*\s*\*{3,}\s*\*$/u;

/** Whether a line, trimmed, only separates two parts of a text. */
export function isSeparator(line: string): boolean {
	return SEPARATOR.test(normalizeWhitespace(line));
}

/** A closing line is short: a sentence of more words than this is a paragraph's. */
const MAX_CLOSING_SENTENCE_WORDS = 12;

/**
 * Whether a line could close a text after its end marker (`For information media. Not an official record.`,
 * `Follow us: Facebook Twitter`): nothing that opens a paragraph, no sentence a paragraph would have.
 */
function couldClose(text: string): boolean {
	const mark = paragraphNumber(text) ?? decimalNumber(text) ?? letterMark(text) ?? bullet(text);
	if (mark !== undefined || isSeparator(text)) return false;
	return !ENDS_SENTENCE.test(text) || text.split(' ').length <= MAX_CLOSING_SENTENCE_WORDS;
}

/**
 * The blocks without their separator lines. A separator is where one part of the text ends and the next begins
 * (a French chair's conclusions set `* * *` between their sections; the European Council sets `° ° °` before the
 * items that no heading of its conclusions names): a break between blocks, never the end of the text, which would
 * drop every section after it unsaid. Only a press release's end marker `* *** *` that nothing
 * of the text follows (at most its short closing lines) ends it: those lines are dropped with it.
 */
export function withoutSeparators(blocks: readonly Block[]): Block[] {
	const kept: Block[] = [];
	// The first line after a separator opens a new part: it is marked so (see `SourceLine.afterSeparator`).
	let separated = false;
	for (const [b, block] of blocks.entries()) {
		let part: Block = [];
		for (const [l, line] of block.entries()) {
			if (!isSeparator(line.text)) {
				part.push(separated ? { ...line, afterSeparator: true } : line);
				separated = false;
				continue;
			}
			if (part.length > 0) kept.push(part);
			part = [];
			separated = kept.length > 0;
			const after = [...block.slice(l + 1), ...blocks.slice(b + 1).flat()];
			const endMarker = END_MARKER.test(normalizeWhitespace(line.text));
			if (endMarker && after.every((next) => couldClose(normalizeWhitespace(next.text)))) return kept;
		}
		if (part.length > 0) kept.push(part);
	}
	return kept;
}
