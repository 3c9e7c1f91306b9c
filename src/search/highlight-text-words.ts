import type { Analyzer, WordSpan } from './analyzer.ts';

/**
 * What highlighting reads of a text whatever the query: its words, where each index term stands (as a whole word,
 * as a compound's part) and, once a group is bolded in it, its content words in order. Worked out once per text and
 * kept as long as the analyser keeps the text's words (quotes are: see `Analyzer.spans`), so that bolding a query's
 * few terms in a quote looks those terms up instead of analysing the quote word by word on every request.
 */
export interface TextWords {
	spans: readonly WordSpan[];
	/** The index term of each span's whole word (null for a stop word). */
	terms: (string | null)[];
	/** For a compound, the index term of each part (null for a stop word); empty otherwise. */
	partTerms: (string | null)[][];
	/** Each term's spans (their indexes, in order) where it is the whole word's term. */
	wholeAt: Map<string, number[]>;
	/** Each term's compound parts, as [span, part] in order; a stop-word part under ''. */
	partAt: Map<string, [number, number][]>;
	groupWords?: GroupWords;
}

const textWordsSeen = new WeakMap<readonly WordSpan[], TextWords>();

/** A text's words as highlighting reads them: worked out on first need, then found again (see `TextWords`). */
export function textWords(text: string, analyzer: Analyzer): TextWords {
	const spans = analyzer.spans(text);
	const known = textWordsSeen.get(spans);
	if (known) return known;
	const words: TextWords = {
		spans,
		terms: spans.map((span) => analyzer.term(span.word)),
		partTerms: spans.map((span) => span.parts.map((part) => analyzer.term(part.word))),
		wholeAt: new Map(),
		partAt: new Map(),
	};
	for (const [i, term] of words.terms.entries()) {
		if (term !== null) listAt(words.wholeAt, term).push(i);
		for (const [k, part] of (words.partTerms[i] ?? []).entries()) listAt(words.partAt, part ?? '').push([i, k]);
	}
	textWordsSeen.set(spans, words);
	return words;
}

function listAt<T>(map: Map<string, T[]>, key: string): T[] {
	let list = map.get(key);
	if (!list) map.set(key, (list = []));
	return list;
}

/** A content word for group matching: its term, its spans, and where the next word starts. */
export interface GroupWord {
	term: string;
	spans: WordSpan[];
	next: number;
}

/** A text's content words for group matching, and the positions (in order) where each term stands. */
export interface GroupWords {
	positions: GroupWord[][];
	firstAt: Map<string, number[]>;
}

/**
 * The content words in order, compounds as their parts, each position with its alternatives: a compound's first part
 * also stands for the whole compound ("Counter-Terrorism" is "counterterrorism" as well as "counter terrorism").
 */
export function groupWords({ spans, terms, partTerms }: TextWords): GroupWords {
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
	const firstAt = new Map<string, number[]>();
	for (const [i, alternatives] of positions.entries()) {
		for (const term of new Set(alternatives.map((w) => w.term))) listAt(firstAt, term).push(i);
	}
	return { positions, firstAt };
}
