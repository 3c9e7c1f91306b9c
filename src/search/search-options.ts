import type { Options, SearchOptions } from 'minisearch';
import type { Analyzer } from './analyzer.ts';

/** The fields of a paragraph that the index reads. */
export interface IndexedParagraph {
	id: string;
	text: string;
	themes: string;
}

/**
 * Every MiniSearch option in one place. The index and any serialized form of it must be built and loaded with the
 * same options; search quality is tuned here and in `query-plan.ts`, not at call sites.
 *
 * @param onTerm - sees every (word, term, field) indexed, to learn the vocabulary's written forms
 */
export function indexOptions(
	analyzer: Analyzer,
	onTerm: (word: string, term: string, field: string | undefined) => void,
): Options<IndexedParagraph> {
	return {
		idField: 'id',
		fields: ['text', 'themes'],
		storeFields: [],
		tokenize: (text) => analyzer.tokens(text),
		processTerm: (word, field) => {
			const term = analyzer.term(word);
			if (term !== null) onTerm(word, term, field);
			return term;
		},
	};
}

/**
 * Query-time options. Queries arrive already analysed (see `query-plan.ts`), so MiniSearch must not tokenize or
 * process them again.
 */
export const SEARCH_OPTIONS: SearchOptions = {
	// The paragraph's own words count most; a theme label is a hint about what it is about.
	boost: { text: 1, themes: 0.5 },
	tokenize: (query) => [query],
	processTerm: (term) => term,
};
