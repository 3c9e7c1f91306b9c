import MiniSearch, { type SearchResult } from 'minisearch';
import { themesOf } from '../corpus/lookup.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import { INDEX_OPTIONS, MAX_QUERY_TERMS, SEARCH_OPTIONS, toIndexed, type IndexedParagraph } from './search-options.ts';
import { processTerm, tokenize } from './tokenize.ts';

export interface SearchFilters {
	/** Only paragraphs with this theme id. */
	theme?: string | undefined;
	/** Only paragraphs of this document slug. */
	document?: string | undefined;
}

export interface SearchHit {
	paragraph: Paragraph;
	score: number;
	/** Index terms that matched the paragraph's text (not its theme labels): what to bold in the quote. */
	matchedTerms: string[];
}

export interface SearchOutcome {
	/** The searchable terms of the query, after folding and stop words; empty means there was nothing to search. */
	terms: string[];
	/** `all`: every term matched; `any`: nothing had all the terms, these have some; `none`: no match. */
	mode: 'all' | 'any' | 'none';
	/** Ranked best first; ties in corpus order. */
	hits: SearchHit[];
}

/** The MiniSearch index over every paragraph of a corpus, built once at start. */
export class ParagraphIndex {
	readonly #corpus: Corpus;
	readonly #miniSearch: MiniSearch<IndexedParagraph>;

	constructor(corpus: Corpus) {
		this.#corpus = corpus;
		this.#miniSearch = new MiniSearch<IndexedParagraph>(INDEX_OPTIONS);
		this.#miniSearch.addAll(
			corpus.paragraphs.map((p) =>
				toIndexed(
					p,
					themesOf(corpus, p).map((t) => t.label),
				),
			),
		);
	}

	/** The searchable terms of a query, capped so that a huge query costs bounded work. */
	static queryTerms(query: string): string[] {
		const terms: string[] = [];
		for (const word of tokenize(query)) {
			const term = processTerm(word);
			if (term !== null && !terms.includes(term)) terms.push(term);
			if (terms.length === MAX_QUERY_TERMS) break;
		}
		return terms;
	}

	/** Searches with every term required first, then with any term when nothing has them all. */
	search(query: string, filters: SearchFilters = {}): SearchOutcome {
		const terms = ParagraphIndex.queryTerms(query);
		if (terms.length === 0) return { terms, mode: 'none', hits: [] };
		const filter = (result: SearchResult): boolean => {
			const paragraph = this.#corpus.paragraphById.get(String(result.id));
			return (
				paragraph !== undefined &&
				(filters.theme === undefined || paragraph.themes.includes(filters.theme)) &&
				(filters.document === undefined || paragraph.document === filters.document)
			);
		};
		// The terms are already processed; MiniSearch must not drop or fold them again.
		const options = { ...SEARCH_OPTIONS, filter, tokenize: () => terms, processTerm: (t: string) => t };
		let mode: SearchOutcome['mode'] = 'all';
		let results = this.#miniSearch.search(terms.join(' '), { ...options, combineWith: 'AND' });
		if (results.length === 0 && terms.length > 1) {
			mode = 'any';
			results = this.#miniSearch.search(terms.join(' '), { ...options, combineWith: 'OR' });
		}
		if (results.length === 0) mode = 'none';
		return { terms, mode, hits: this.#rank(results) };
	}

	#rank(results: SearchResult[]): SearchHit[] {
		return results
			.flatMap((result): SearchHit[] => {
				const paragraph = this.#corpus.paragraphById.get(String(result.id));
				if (!paragraph) return [];
				const matchedTerms = Object.entries(result.match)
					.filter(([, fields]) => fields.includes('text'))
					.map(([term]) => term);
				return [{ paragraph, score: result.score, matchedTerms }];
			})
			.sort((a, b) => b.score - a.score || a.paragraph.order - b.paragraph.order);
	}
}
