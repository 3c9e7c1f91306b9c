import { blockQuote, bold } from '@discordjs/formatters';
import type { Highlighter, Segment } from '../search/highlight.ts';
import { remember } from '../search/remember.ts';
import { cutAtWord, ellipsisAfter } from './cut.ts';
import { LINK, escapeQuoted } from './escape.ts';
import { withItemLevels } from './item-levels.ts';

/**
 * A gap between two matched words that reads as part of the phrase: spaces and stop words ("of", "the"). Most gaps
 * are a stretch of prose, so the cheap tests come first and the words are read only up to the first that is not a
 * stop word.
 */
function bridgesPhrase(gap: string, highlighter: Highlighter): boolean {
	if (!gap.startsWith(' ') || !gap.endsWith(' ')) return false;
	for (let from = 0; from <= gap.length;) {
		const space = gap.indexOf(' ', from);
		const to = space < 0 ? gap.length : space;
		const word = gap.slice(from, to);
		if (word !== '' && !highlighter.isStopWord(word)) return false;
		from = to + 1;
	}
	return /^[\p{L} ]+$/u.test(gap);
}

/**
 * Runs already worked out per highlighter (one per search hit) and text: a reply reads a quote's runs twice, for
 * the words it lists as matched and for the quote itself. Held weakly: gone with the reply's highlighters.
 */
const segmentsSeen = new WeakMap<Highlighter, Map<string, readonly Segment[]>>();
const SEGMENTS_PER_HIGHLIGHTER = 4;

/**
 * The matched runs of a text: matched words separated only by spaces or stop words share one run
 * ("weapons of mass destruction", not "weapons" of "mass" "destruction"). Read only: the same array is returned
 * for the same highlighter and text.
 */
export function mergedSegments(text: string, highlighter: Highlighter): readonly Segment[] {
	let seen = segmentsSeen.get(highlighter);
	const known = seen?.get(text);
	if (known) return known;
	const merged = mergeRuns(text, highlighter);
	if (!seen) segmentsSeen.set(highlighter, (seen = new Map<string, readonly Segment[]>()));
	// A few texts per highlighter (a quote and its shortened forms); a long-lived one (no highlighting) stays small.
	return remember(seen, text, merged, SEGMENTS_PER_HIGHLIGHTER);
}

function mergeRuns(text: string, highlighter: Highlighter): Segment[] {
	const segments = highlighter.segments(text);
	const merged: Segment[] = [];
	for (let i = 0; i < segments.length; i += 1) {
		const segment = segments[i] as Segment;
		const previous = merged[merged.length - 1];
		const joins =
			previous?.matched === true &&
			(segment.matched || (segments[i + 1]?.matched === true && bridgesPhrase(segment.text, highlighter)));
		if (joins) previous.text += segment.text;
		else merged.push({ ...segment });
	}
	return merged;
}

/**
 * The runs of a text with every link in one run that is not bold: `**` inside a link would end up in its address,
 * and a link is escaped (or rather, left alone) as a whole (see `escapeQuoted`).
 */
function linksWhole(text: string, segments: readonly Segment[]): readonly Segment[] {
	if (!text.includes('://')) return segments;
	const links = [...text.matchAll(LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
	if (links.length === 0) return segments;
	const out: Segment[] = [];
	let at = 0;
	for (const segment of segments) {
		const start = at;
		at += segment.text.length;
		const inLink = links.some((link) => start < link.end && at > link.start);
		const previous = out[out.length - 1];
		const previousEnd = start;
		const joinsLink = previous !== undefined && links.some((l) => previousEnd > l.start && previousEnd < l.end);
		if (inLink && joinsLink && previous) {
			previous.text += segment.text;
			previous.matched = false;
		} else out.push({ text: segment.text, matched: segment.matched && !inLink });
	}
	return out;
}

/** The quote as markdown: the document's text escaped for Markdown only, matched runs in bold. */
export function renderHighlighted(text: string, highlighter: Highlighter): string {
	return linksWhole(text, mergedSegments(text, highlighter))
		.map((segment) => (segment.matched ? bold(escapeQuoted(segment.text)) : escapeQuoted(segment.text)))
		.join('');
}

/**
 * A paragraph as a block quote that fits in `budget` characters once escaped and highlighted, its sub-items set in
 * by level (see `withItemLevels`). A long paragraph is
 * cut at a word boundary before highlighting, so the cut can never split a bold run or an escape sequence.
 */
export function renderQuote(
	published: string,
	highlighter: Highlighter,
	budget: number,
): { markdown: string; cut: boolean } {
	// Sub-items set in under the item they belong to (`(i)` under `(b)`), as the printed page shows them.
	const text = withItemLevels(published);
	let max = text.length;
	for (;;) {
		const { text: kept, cut } = cutAtWord(text, max);
		const markdown = blockQuote(renderHighlighted(kept, highlighter) + (cut ? ellipsisAfter(kept) : ''));
		if (markdown.length <= budget || max <= 1) return { markdown, cut };
		// Escapes and bold markers grow the text: shrink in proportion to the overflow and try again (a few rounds at
		// most). Shrinking by the overflow itself would go below nothing when escapes double the text.
		max = Math.max(1, Math.min(max - 1, Math.floor((max * budget) / markdown.length)));
	}
}
