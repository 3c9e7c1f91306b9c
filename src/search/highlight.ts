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
 * What highlighting reads of a text whatever the query: its words, each word's index term and its parts' terms, and
 * (once a group is bolded in it) its content words in order. Worked out once per text and kept as long as the
 * analyser keeps the text's words (quotes are: see `Analyzer.spans`), so a search reply no longer analyses the
 * same paragraphs word by word on every request.
 */
interface TextWords {
	spans: readonly WordSpan[];
	/** The index term of each span's whole word (null for a stop word). */
	terms: (string | null)[];
	/** For a compound, the index term of each part (null for a stop word); empty otherwise. */
	partTerms: (string | null)[][];
	groupWords?: GroupWord[][];
}

const textWordsSeen = new WeakMap<readonly WordSpan[], TextWords>();

function textWords(text: string, analyzer: Analyzer): TextWords {
	const spans = analyzer.spans(text);
	const known = textWordsSeen.get(spans);
	if (known) return known;
	const words: TextWords = {
		spans,
		terms: spans.map((span) => analyzer.term(span.word)),
		partTerms: spans.map((span) => span.parts.map((part) => analyzer.term(part.word))),
	};
	textWordsSeen.set(spans, words);
	return words;
}

/**
 * Cuts a text into plain and matched runs. A word is marked only when the whole word, analysed like the index
 * analyses it, is a matched term: never a piece inside a word. A compound whose joined form matched is marked whole;
 * otherwise its matched parts are. A group ("security council" for UNSC) is marked only where its words stand in a
 * row, stop words aside, so a lone "security" elsewhere stays plain.
 */
export function highlightSegments(text: string, terms: HighlightTerms, analyzer: Analyzer): Segment[] {
	const words = textWords(text, analyzer);
	const { spans } = words;
	const marked = new Set<WordSpan>();
	for (let i = 0; i < spans.length; i += 1) {
		const span = spans[i] as WordSpan;
		const term = words.terms[i];
		if (term !== null && term !== undefined && terms.singles.has(term)) marked.add(span);
		else {
			const partTerms = words.partTerms[i] ?? [];
			for (let k = 0; k < partTerms.length; k += 1) {
				if (terms.singles.has(partTerms[k] ?? '')) marked.add(span.parts[k] as WordSpan);
			}
		}
	}
	if (terms.groups.length > 0) {
		const positions = (words.groupWords ??= groupWords(words));
		for (const group of terms.groups) {
			for (let i = 0; i < positions.length; i += 1) {
				const found = matchGroupAt(positions, i, group);
				if (found) for (const span of found) marked.add(span);
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
function groupWords({ spans, terms, partTerms }: TextWords): GroupWord[][] {
	const positions: GroupWord[][] = [];
	for (const [i, span] of spans.entries()) {
		const compound = span.parts.length > 0;
		const parts = (compound ? span.parts : [span]).flatMap((part, k) => {
			const term = (compound ? partTerms[i]?.[k] : terms[i]) ?? null;
			return term === null ? [] : [{ part, term }];
		});
		const first = positions.length;
		parts.forEach(({ part, term }, k) => positions.push([{ term, spans: [part], next: first + k + 1 }]));
		const joined = compound ? (terms[i] ?? null) : null;
		// Matched whole, the compound is marked whole, hyphen included.
		if (joined !== null && parts.length > 0)
			positions[first]?.push({ term: joined, spans: [span], next: first + parts.length });
	}
	return positions;
}

/** The spans of a group's terms in order from `start`, each within `slack` words of the previous, or undefined. */
function matchGroupAt(words: readonly GroupWord[][], start: number, group: TermGroup): WordSpan[] | undefined {
	// Tried at every word of a quote for every group: nothing is allocated until the first term is found.
	const { terms, slack } = group;
	const from = wordWithTerm(words[start], terms[0]);
	if (!from) return undefined;
	const spans = [...from.spans];
	let at = from.next;
	for (let t = 1; t < terms.length; t += 1) {
		let found: GroupWord | undefined;
		for (let k = at; k <= at + slack && k < words.length && !found; k += 1) found = wordWithTerm(words[k], terms[t]);
		if (!found) return undefined;
		spans.push(...found.spans);
		at = found.next;
	}
	return spans;
}

/** The alternative at one position that has the term, if any. */
function wordWithTerm(position: readonly GroupWord[] | undefined, term: string | undefined): GroupWord | undefined {
	for (const word of position ?? []) if (word.term === term) return word;
	return undefined;
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
