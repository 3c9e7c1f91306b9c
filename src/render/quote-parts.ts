import { blockQuote } from '@discordjs/formatters';
import type { Highlighter } from '../search/highlight.ts';
import { renderHighlighted } from './quote.ts';

/** A split is looked for in the last half of the room: a piece is never made much shorter than it could be. */
const LOOK_BACK = 0.5;
/** The end of a sentence (or of a clause a semicolon closes), with its closing quotation marks and brackets. */
const SENTENCE_END = /[.!?;:][”"’»)\]]*(?= )/gu;

/**
 * Where to end a piece of at most `max` characters of `text`: at the end of a line (a sub-item, a paragraph of a
 * long quote), else after a sentence, else between words, in the last half of the room; a text without a space there
 * (one enormous word) is cut inside it, never between the halves of a surrogate pair.
 */
function pieceEnd(text: string, max: number): number {
	if (text.length <= max) return text.length;
	const from = Math.floor(max * LOOK_BACK);
	const line = text.lastIndexOf('\n', max);
	if (line >= from && line > 0) return line;
	let sentence = -1;
	for (const match of text.slice(0, max + 1).matchAll(SENTENCE_END)) sentence = match.index + match[0].length;
	if (sentence >= from && sentence <= max) return sentence;
	const space = text.lastIndexOf(' ', max);
	if (space > 0) return space;
	return /[\uDC00-\uDFFF]/u.test(text.charAt(max)) ? max - 1 : max;
}

/** One piece of a quote: its markdown (a block quote, escaped and highlighted) and the text left after it. */
export interface QuotePiece {
	markdown: string;
	rest: string;
}

/**
 * The longest first piece of `text` whose markdown fits in `budget` characters, ended where a reader expects a break
 * (see `pieceEnd`). The text is split before it is escaped and highlighted, so no escape sequence or bold run is ever
 * cut in two.
 */
export function quotePiece(text: string, highlighter: Highlighter, budget: number): QuotePiece {
	let max = Math.min(text.length, budget);
	for (;;) {
		const end = pieceEnd(text, Math.max(1, max));
		const piece = text.slice(0, end).trimEnd();
		const rest = text.slice(end).replace(/^[ \n]+/u, '');
		const markdown = blockQuote(renderHighlighted(piece, highlighter));
		if (markdown.length <= budget || max <= 1) return { markdown, rest };
		// Escapes and bold markers grow the text: shrink in proportion to the overflow and try again (a few rounds at
		// most). Shrinking by the overflow itself would go below nothing when escapes double the text.
		max = Math.max(1, Math.min(max - 1, Math.floor((max * budget) / markdown.length)));
	}
}
