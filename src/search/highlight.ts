import type { Analyzer, WordSpan } from './analyzer.ts';
import type { TermGroup } from './query-plan.ts';

/** A run of text, marked when it is a word that matched the query. */
export interface Segment {
	text: string;
	matched: boolean;
}

/** Marks the matched words of one search hit in any text (the quote, or a shortened quote). */
export interface Highlighter {
	segments(text: string): Segment[];
	isStopWord(word: string): boolean;
}

/** What to bold: terms that stand alone, and groups of terms bolded only where they occur together. */
export interface HighlightTerms {
	singles: ReadonlySet<string>;
	groups: readonly TermGroup[];
}

/**
 * Cuts a text into plain and matched runs. A word is marked only when the whole word, analysed like the index
 * analyses it, is a matched term: never a piece inside a word. A compound whose joined form matched is marked whole;
 * otherwise its matched parts are. A group ("security council" for UNSC) is marked only where its words stand in a
 * row, stop words aside, so a lone "security" elsewhere stays plain.
 */
export function highlightSegments(text: string, terms: HighlightTerms, analyzer: Analyzer): Segment[] {
	const spans = analyzer.spans(text);
	const marked = new Set<WordSpan>();
	for (const span of spans) {
		const term = analyzer.term(span.word);
		if (term !== null && terms.singles.has(term)) marked.add(span);
		else for (const part of span.parts) if (terms.singles.has(analyzer.term(part.word) ?? '')) marked.add(part);
	}
	if (terms.groups.length > 0) {
		// The content words in order (compounds as their parts), with their terms.
		const words = spans
			.flatMap((s) => (s.parts.length > 0 ? s.parts : [s]))
			.map((span) => ({ span, term: analyzer.term(span.word) }))
			.filter((w): w is { span: WordSpan; term: string } => w.term !== null);
		for (const group of terms.groups) {
			for (let i = 0; i < words.length; i += 1) {
				const found = matchGroupAt(words, i, group);
				for (const span of found ?? []) marked.add(span);
			}
		}
	}
	if (marked.size === 0) return [{ text, matched: false }];
	const ordered = [...marked].sort((a, b) => a.start - b.start);
	const segments: Segment[] = [];
	let at = 0;
	for (const { start, end } of ordered) {
		if (start < at) continue;
		if (start > at) segments.push({ text: text.slice(at, start), matched: false });
		segments.push({ text: text.slice(start, end), matched: true });
		at = end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), matched: false });
	return segments;
}

/** The spans of a group's terms in order from `start`, each within `slack` words of the previous, or undefined. */
function matchGroupAt(
	words: readonly { span: WordSpan; term: string }[],
	start: number,
	group: TermGroup,
): WordSpan[] | undefined {
	if (words[start]?.term !== group.terms[0]) return undefined;
	const spans = [(words[start] as { span: WordSpan }).span];
	let at = start;
	for (const term of group.terms.slice(1)) {
		let next = -1;
		for (let k = at + 1; k <= at + 1 + group.slack && k < words.length; k += 1) {
			if (words[k]?.term === term) {
				next = k;
				break;
			}
		}
		if (next < 0) return undefined;
		spans.push((words[next] as { span: WordSpan }).span);
		at = next;
	}
	return spans;
}
