import type { Analyzer, WordSpan } from './analyzer.ts';
import type { QueryPlan, TermGroup } from './query-plan.ts';

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
		const words = groupWords(spans, analyzer);
		for (const group of terms.groups) {
			for (let i = 0; i < words.length; i += 1) {
				for (const span of matchGroupAt(words, i, group) ?? []) marked.add(span);
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

/** A content word for group matching: its term, its spans, and where the next word starts. */
interface GroupWord {
	term: string;
	spans: WordSpan[];
	next: number;
}

/**
 * The content words in order, compounds as their parts, each position with its alternatives: a compound's first part
 * also stands for the whole compound ("Counter-Terrorism" is "counterterrorism" as well as "counter terrorism").
 */
function groupWords(spans: readonly WordSpan[], analyzer: Analyzer): GroupWord[][] {
	const positions: GroupWord[][] = [];
	for (const span of spans) {
		const parts = (span.parts.length > 0 ? span.parts : [span]).flatMap((part) => {
			const term = analyzer.term(part.word);
			return term === null ? [] : [{ part, term }];
		});
		const first = positions.length;
		parts.forEach(({ part, term }, k) => positions.push([{ term, spans: [part], next: first + k + 1 }]));
		const joined = span.parts.length > 0 ? analyzer.term(span.word) : null;
		// Matched whole, the compound is marked whole, hyphen included.
		if (joined !== null && parts.length > 0)
			positions[first]?.push({ term: joined, spans: [span], next: first + parts.length });
	}
	return positions;
}

/** The spans of a group's terms in order from `start`, each within `slack` words of the previous, or undefined. */
function matchGroupAt(words: readonly GroupWord[][], start: number, group: TermGroup): WordSpan[] | undefined {
	const [first, ...rest] = group.terms;
	const from = (words[start] ?? []).find((w) => w.term === first);
	if (!from) return undefined;
	const spans = [...from.spans];
	let at = from.next;
	for (const term of rest) {
		let found: GroupWord | undefined;
		for (let k = at; k <= at + group.slack && k < words.length && !found; k += 1) {
			found = (words[k] ?? []).find((w) => w.term === term);
		}
		if (!found) return undefined;
		spans.push(...found.spans);
		at = found.next;
	}
	return spans;
}

/**
 * What a reply needs to bold the words of one hit. Terms the plan did not name (a correction of a typo) stand alone;
 * the plan's groups are bolded only together.
 */
export function highlighterFor(
	matchedTerms: ReadonlySet<string>,
	plan: QueryPlan | undefined,
	analyzer: Analyzer,
): Highlighter {
	const grouped = new Set(plan?.groups.flatMap((g) => g.terms) ?? []);
	const singles = new Set(plan?.singles ?? []);
	const terms: HighlightTerms = {
		singles: new Set([...matchedTerms].filter((t) => singles.has(t) || !grouped.has(t))),
		groups: (plan?.groups ?? []).filter((g) => g.terms.every((t) => matchedTerms.has(t))),
	};
	return {
		segments: (text) => highlightSegments(text, terms, analyzer),
		isStopWord: (word) => analyzer.isStopWord(word),
	};
}
