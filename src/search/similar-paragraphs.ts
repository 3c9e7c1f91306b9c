import type { Analyzer } from './analyzer.ts';
import type { Highlighter } from './highlight.ts';
import { allRows } from './match-flow.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import type { QueryExecutor } from './query-executor.ts';
import { MAX_QUERY_TERMS } from './query-plan.ts';
import { rank, TEXT_FIELD } from './ranking.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';
import { SEARCH_OPTIONS } from './search-options.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The most characters of a passage that are read (a message is at most 4000). */
const MAX_PASSAGE = 4000;

/** What finding the paragraphs closest to a passage reads of the index (see `ParagraphIndex.similar`). */
export interface PassageIndex {
	analyzer: Analyzer;
	vocabulary: Vocabulary;
	executor: QueryExecutor;
	columns: ParagraphColumns;
	/** What a reply needs to bold the words of one hit (see `ParagraphIndex.highlighter`). */
	highlighter: (matchedTerms: ReadonlySet<string>) => Highlighter;
}

/**
 * The paragraphs closest to a passage (a quote or paraphrase pasted from elsewhere): its most distinctive words
 * that the text knows, at most `MAX_QUERY_TERMS`, any of them matching. Bounded work for any length of passage.
 */
export function similarParagraphs(
	passage: string,
	index: PassageIndex,
): { keyTerms: string[]; hits: SearchHit[]; words: number } {
	const known = new Set<string>();
	// Every word of the passage (stop words aside), known or not: what a count of shared words is out of. Counted
	// against the known ones alone, a message in another language that shares four words the text happens to have
	// "shared 4 of 4".
	const all = new Set<string>();
	for (const word of index.analyzer.tokens(passage.slice(0, MAX_PASSAGE))) {
		const term = index.analyzer.term(word);
		if (term !== null) all.add(term);
		if (term !== null && index.vocabulary.hasTerm(term)) known.add(term);
	}
	const words = all.size;
	const keyTerms = [...known]
		.sort((a, b) => index.vocabulary.frequency(a) - index.vocabulary.frequency(b))
		.slice(0, MAX_QUERY_TERMS);
	if (keyTerms.length === 0) return { keyTerms, hits: [], words };
	const matches = index.executor.matchSet(
		{ combineWith: 'OR', queries: keyTerms },
		{ ...SEARCH_OPTIONS, fields: [TEXT_FIELD] },
	);
	const hits = rank(matches, allRows(matches), index.columns, [], undefined, LazyHit.maker(index.highlighter));
	return { keyTerms, hits, words };
}
