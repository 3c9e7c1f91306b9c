import type { Analyzer } from './analyzer.ts';
import type { QueryPlan } from './query-plan.ts';
import type { SearchHit } from './search-hit.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';

/** How many related paragraphs are reordered by word-vector closeness to the words typed. */
export const RERANKED = 20;

/**
 * A dead end's related paragraphs in the order of how closely their words answer the words typed, by word-vector
 * similarity (see `SemanticNeighbours.relevance`); the first `RERANKED` are reordered, the rest keep their order.
 * Unchanged without word vectors. (Tried on partial matches too: it did not help them, measured on both tables.)
 */
export function closestFirst(
	hits: SearchHit[],
	plan: QueryPlan,
	semantic: SemanticNeighbours | undefined,
	analyzer: Analyzer,
): SearchHit[] {
	if (!semantic || hits.length < 2) return hits;
	const words = plan.units
		.filter((u) => u.phrase === undefined)
		.flatMap((u) => u.typed.split(/\s+/))
		.map((word) => ({ word, term: analyzer.term(word) }));
	const scored = hits.slice(0, RERANKED).map((hit, order) => {
		const terms = new Set(analyzer.tokens(hit.paragraph.searchText).flatMap((w) => analyzer.term(w) ?? []));
		return { hit, order, relevance: semantic.relevance(words, terms) };
	});
	scored.sort((a, b) => b.relevance - a.relevance || a.order - b.order);
	return [...scored.map((s) => s.hit), ...hits.slice(RERANKED)];
}
