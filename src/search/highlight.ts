import { processTerm, wordSpans } from './tokenize.ts';

/** A run of text, marked when it is a word that matched the query. */
export interface Segment {
	text: string;
	matched: boolean;
}

/**
 * Cuts a text into plain and matched runs. A word is marked only when the whole word, processed like the index
 * processes it, is one of the matched index terms: never a piece inside a word.
 */
export function highlightSegments(text: string, matchedTerms: readonly string[]): Segment[] {
	if (matchedTerms.length === 0) return [{ text, matched: false }];
	const wanted = new Set(matchedTerms);
	const segments: Segment[] = [];
	let at = 0;
	for (const span of wordSpans(text)) {
		const term = processTerm(span.word);
		if (term === null || !wanted.has(term)) continue;
		if (span.start > at) segments.push({ text: text.slice(at, span.start), matched: false });
		segments.push({ text: span.word, matched: true });
		at = span.end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), matched: false });
	return segments;
}
