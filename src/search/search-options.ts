import type { Options, SearchOptions } from 'minisearch';
import type { Paragraph } from '../corpus/types.ts';
import { processTerm, tokenize } from './tokenize.ts';

/** The fields of a paragraph that the index reads. */
export interface IndexedParagraph {
	id: string;
	text: string;
	themes: string;
}

/** The most query terms a search looks at: a pasted wall of text must cost bounded work. */
export const MAX_QUERY_TERMS = 32;

/** Words shorter than this are matched exactly: fuzzy matching short words finds nonsense ("arms" → "aims"). */
const MIN_FUZZY_LENGTH = 5;

/**
 * Every MiniSearch option in one place. The index and its serialized form must be built and loaded with the same
 * options, and search quality is tuned here rather than at call sites.
 */
export const INDEX_OPTIONS: Options<IndexedParagraph> = {
	idField: 'id',
	fields: ['text', 'themes'],
	storeFields: [],
	tokenize,
	processTerm,
};

export const SEARCH_OPTIONS: SearchOptions = {
	// The paragraph's own words count most; a theme label is a hint about what it is about.
	boost: { text: 1, themes: 0.5 },
	// The last word may still be being typed.
	prefix: (_term, i, terms) => i === terms.length - 1,
	fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 0.2 : false),
	maxFuzzy: 2,
};

export function toIndexed(paragraph: Paragraph, themeLabels: readonly string[]): IndexedParagraph {
	return { id: paragraph.id, text: paragraph.searchText, themes: themeLabels.join(' ') };
}
