import type MiniSearch from 'minisearch';
import type { Query } from 'minisearch';
import type { Analyzer } from './analyzer.ts';
import type { IndexedParagraph } from './search-options.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Completions of the last word that a keystroke looks up. */
const COMPLETIONS = 8;
/** Recent answers kept: typing repeats prefixes, and several people type the same words. */
const CACHE_SIZE = 500;

/**
 * The keystroke path for autocomplete: exact terms for the finished words, the vocabulary's completions for the last
 * one (a binary search in the sorted written forms), one narrow MiniSearch query — no fuzzy matching, no synonyms,
 * no phrase checks — and a small cache. A full search per keystroke would cost far more at scale.
 */
export class QuickSearch {
	readonly #cache = new Map<string, string[]>();

	constructor(
		readonly miniSearch: MiniSearch<IndexedParagraph>,
		readonly analyzer: Analyzer,
		readonly vocabulary: Vocabulary,
	) {}

	/** Ids of the best paragraphs for what is typed so far, filtered, best first. */
	ids(input: string, filter: (id: string) => boolean, limit: number, filterKey: string): string[] {
		const key = `${filterKey}\0${input.trim().toLowerCase()}`;
		const cached = this.#cache.get(key);
		if (cached) {
			// Refresh its place: the cache forgets the least recently used answer first.
			this.#cache.delete(key);
			this.#cache.set(key, cached);
			return cached;
		}
		const words = this.analyzer.spans(input).map((s) => s.word);
		const last = words.pop();
		if (last === undefined) return [];
		const finished = words.map((w) => this.analyzer.term(w)).filter((t): t is string => t !== null);
		const lastTerms = new Set(this.vocabulary.complete(last, COMPLETIONS).map((c) => c.term));
		const own = this.analyzer.term(last);
		if (own !== null && this.vocabulary.hasTerm(own)) lastTerms.add(own);
		if (lastTerms.size === 0 && own !== null) lastTerms.add(own);
		const queries: Query[] = finished.map((term) => ({ queries: [term] }));
		if (lastTerms.size > 0) queries.push({ combineWith: 'OR', queries: [...lastTerms] });
		if (queries.length === 0) return [];
		const results = this.miniSearch.search(
			{ combineWith: 'AND', queries },
			{ fields: ['text'], tokenize: (q) => [q], processTerm: (t) => t, filter: (r) => filter(String(r.id)) },
		);
		const ids = results.slice(0, limit).map((r) => String(r.id));
		this.#cache.set(key, ids);
		if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value ?? '');
		return ids;
	}
}
