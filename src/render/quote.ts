import { blockQuote, bold } from 'discord.js';
import { highlightSegments, type Segment } from '../search/highlight.ts';
import { processTerm } from '../search/tokenize.ts';
import { ELLIPSIS, cutAtWord } from './cut.ts';
import { escapeText } from './escape.ts';

/** A gap between two matched words that reads as part of the phrase: spaces and stop words ("of", "the"). */
function bridgesPhrase(gap: string): boolean {
	return (
		/^[\p{L} ]+$/u.test(gap) &&
		gap.startsWith(' ') &&
		gap.endsWith(' ') &&
		gap.split(' ').every((w) => w === '' || processTerm(w) === null)
	);
}

/**
 * The quote as markdown: escaped text, matched words in bold. Matched words separated only by spaces or stop words
 * share one bold run ("**weapons of mass destruction**", not "**weapons** of **mass** **destruction**").
 */
export function renderHighlighted(text: string, matchedTerms: readonly string[]): string {
	const segments = highlightSegments(text, matchedTerms);
	const merged: Segment[] = [];
	for (const [i, segment] of segments.entries()) {
		const previous = merged.at(-1);
		const next = segments[i + 1];
		const bridgesMatches = !segment.matched && bridgesPhrase(segment.text) && previous?.matched && next?.matched;
		if (previous?.matched && (segment.matched || bridgesMatches)) previous.text += segment.text;
		else merged.push({ ...segment });
	}
	return merged
		.map((segment) => (segment.matched ? bold(escapeText(segment.text)) : escapeText(segment.text)))
		.join('');
}

/**
 * A paragraph as a block quote that fits in `budget` characters once escaped and highlighted. A long paragraph is
 * cut at a word boundary before highlighting, so the cut can never split a bold run or an escape sequence.
 */
export function renderQuote(
	text: string,
	matchedTerms: readonly string[],
	budget: number,
): { markdown: string; cut: boolean } {
	let max = text.length;
	for (;;) {
		const { text: kept, cut } = cutAtWord(text, max);
		const markdown = blockQuote(renderHighlighted(kept, matchedTerms) + (cut ? ELLIPSIS : ''));
		if (markdown.length <= budget || max <= 1) return { markdown, cut };
		// Escapes and bold markers grow the text: shrink by the overflow and try again (a few rounds at most).
		max = Math.max(1, max - (markdown.length - budget));
	}
}
