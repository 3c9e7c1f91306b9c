import type { Block } from './source-lines.ts';
import { ENDS_SENTENCE, bullet, decimalNumber, letterMark, paragraphNumber } from './markers.ts';
import { normalizeWhitespace } from './text.ts';

/**
 * Separator lines between a text's parts: `* * *`, `***`, `⁂`, `—`, `___`, `- - -`, `•••`, and a press release's
 * `* *** *`. A lone dash or asterism is one; other glyphs only three or more, so that a table's `-` (none) is not.
 */
const SEPARATOR = /^(?:[⁂—]|[*⁂•·~=_—–-](?:\s*[*⁂•·~=_—–-]){2,})$/u;

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
 * (a French chair's conclusions set `* * *` between their sections): a break between blocks, never the end of the
 * text, which would drop every section after it unsaid. Only a press release's end marker `* *** *` that nothing
 * of the text follows (at most its short closing lines) ends it: those lines are dropped with it.
 */
export function withoutSeparators(blocks: readonly Block[]): Block[] {
	const kept: Block[] = [];
	for (const [b, block] of blocks.entries()) {
		let part: Block = [];
		for (const [l, line] of block.entries()) {
			if (!isSeparator(line.text)) {
				part.push(line);
				continue;
			}
			if (part.length > 0) kept.push(part);
			part = [];
			const after = [...block.slice(l + 1), ...blocks.slice(b + 1).flat()];
			const endMarker = END_MARKER.test(normalizeWhitespace(line.text));
			if (endMarker && after.every((next) => couldClose(normalizeWhitespace(next.text)))) return kept;
		}
		if (part.length > 0) kept.push(part);
	}
	return kept;
}
