import type { Query, SearchOptions, SearchResult } from 'minisearch';
import type { QueryExecutor } from './query-executor.ts';

/**
 * Like `MiniSearch.search(query, options)`, through the executor, as MiniSearch's result objects, best first: what
 * shows that the executor's matches and scores are MiniSearch's own (search itself reads the columns). The query's
 * leaves are analysed index terms: the options must not tokenize or process them (see `SEARCH_OPTIONS`), and fuzzy and
 * prefix matching are not supported (the query plan expands words itself).
 */
export function miniSearchResults(executor: QueryExecutor, query: Query, options: SearchOptions = {}): SearchResult[] {
	const set = executor.matchSet(query, options);
	const results: SearchResult[] = [];
	for (let row = 0; row < set.size; row += 1) {
		const match = set.match(row);
		const terms = Object.keys(match);
		const result = { id: set.id(row), score: set.scores[row] ?? 0, terms, queryTerms: terms, match } as SearchResult;
		if (options.filter == null || options.filter(result)) results.push(result);
	}
	return results.sort((a, b) => b.score - a.score);
}
