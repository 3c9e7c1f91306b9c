import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import { themesOf } from '../corpus/lookup.ts';
import { foldCase } from '../corpus/text.ts';
import { compileThemeMatchers } from '../corpus/themes.ts';
import type { Corpus, Paragraph, Theme } from '../corpus/types.ts';
import { Analyzer } from './analyzer.ts';
import { highlightSegments, type Highlighter } from './highlight.ts';
import { IndexCache } from './index-cache.ts';
import { MAX_QUERY_TERMS, planQuery, toMiniSearchQuery, type QueryPlan } from './query-plan.ts';
import { SEARCH_OPTIONS, SUGGEST_OPTIONS, indexOptions, type IndexedParagraph } from './search-options.ts';
import { QuickSearch } from './quick-search.ts';
import { SynonymTable } from './synonyms.ts';
import { Vocabulary } from './vocabulary.ts';

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
	matchedTerms: ReadonlySet<string>;
}

export interface SearchOutcome {
	plan: QueryPlan;
	/** `all`: every part of the query matched; `any`: nothing had them all, these have some; `none`: no match. */
	mode: 'all' | 'any' | 'none';
	/** Ranked best first; ties in corpus order. */
	hits: SearchHit[];
	/** With no match: words of the index close to what was typed. */
	suggestions: string[];
}

/** The most characters of a passage that `similar` reads (a message is at most 4000). */
const MAX_PASSAGE = 4000;

/** A paragraph gets this much more score per query theme it belongs to: the theme says what it is about. */
const THEME_BONUS = 1;

/**
 * A hit whose matched terms are worked out only when asked: a search may match thousands of paragraphs, and only the
 * few shown are highlighted.
 */
function lazyHit(paragraph: Paragraph, score: number, match: SearchResult['match']): SearchHit {
	let matchedTerms: Set<string> | undefined;
	return {
		paragraph,
		score,
		get matchedTerms() {
			matchedTerms ??= new Set(Object.keys(match).filter((term) => match[term]?.includes('text')));
			return matchedTerms;
		},
	};
}

/** Builds every time: tests, tools, and a bot without a cache folder. */
const NO_CACHE = new IndexCache(undefined);

/** The MiniSearch index over every paragraph of a corpus, with the query understanding around it. */
export class ParagraphIndex {
	readonly analyzer: Analyzer;
	readonly vocabulary = new Vocabulary();
	readonly #synonyms: SynonymTable;
	readonly #corpus: Corpus;
	readonly #miniSearch: MiniSearch<IndexedParagraph>;
	readonly #themeMatchers: Map<string, RegExp>;
	readonly #labelTerms: Map<string, string[]>;
	readonly #quick: QuickSearch;
	#central: Paragraph[] | undefined;

	/** @param cache - where a snapshot of the built index is loaded from and saved to; none by default */
	constructor(corpus: Corpus, cache: IndexCache = NO_CACHE) {
		this.#corpus = corpus;
		this.analyzer = new Analyzer(corpus.language.spelling);
		this.#synonyms = new SynonymTable(corpus.language.synonyms, this.analyzer);
		this.#themeMatchers = compileThemeMatchers(corpus.themes);
		// A theme's label words as index terms (short ones such as "un" say too little), worked out once, not per search.
		this.#labelTerms = new Map(
			corpus.themes.map((theme) => [
				theme.id,
				this.analyzer
					.tokens(theme.label)
					.map((w) => this.analyzer.term(w))
					.filter((t): t is string => t !== null && t.length > 2),
			]),
		);
		this.#miniSearch = cache.miniSearch<IndexedParagraph>({
			name: 'paragraphs',
			options: (onTerm) => indexOptions(this.analyzer, onTerm),
			documents: corpus.paragraphs.map((p) => ({
				id: p.id,
				text: p.searchText,
				themes: themesOf(corpus, p)
					.map((t) => t.label)
					.join(' '),
			})),
			extra: corpus.language,
			onTerm: (word, term, field, times) => {
				if (field === 'text') this.vocabulary.add(word, term, times);
			},
		});
		this.vocabulary.freeze();
		this.analyzer.seal();
		this.#quick = new QuickSearch(this.#miniSearch, this.analyzer, this.vocabulary);
	}

	/**
	 * Paragraphs for what is typed so far, for autocomplete: the fast path (see `QuickSearch`), with ties in corpus
	 * order. The cache key includes the filters.
	 */
	suggestParagraphs(input: string, filters: SearchFilters, limit: number): Paragraph[] {
		const accept = (id: string) => this.#accepts(this.#corpus.paragraphById.get(id), filters);
		return this.#quick
			.ids(input, accept, limit, `${filters.theme ?? ''}\0${filters.document ?? ''}`)
			.flatMap((id) => this.#corpus.paragraphById.get(id) ?? []);
	}

	/** Whether a paragraph passes the theme and document filters. */
	#accepts(paragraph: Paragraph | undefined, filters: SearchFilters): paragraph is Paragraph {
		return (
			paragraph !== undefined &&
			(filters.theme === undefined || paragraph.themes.includes(filters.theme)) &&
			(filters.document === undefined || paragraph.document === filters.document)
		);
	}

	/**
	 * Each theme's most central paragraph: the one its own label and description find first. Computed once; what
	 * autocomplete offers before anything is typed.
	 */
	centralParagraphs(): Paragraph[] {
		this.#central ??= [
			...new Set(
				this.#corpus.themes.flatMap((theme) => {
					const [best] = this.search(`${theme.label} ${theme.description}`, { theme: theme.id }).hits;
					return best ? [best.paragraph] : [];
				}),
			),
		];
		return this.#central;
	}

	/** Plans a query without running it: its units, exclusions and terms. */
	plan(query: string): QueryPlan {
		return planQuery(query, this.analyzer, this.#synonyms, this.vocabulary);
	}

	/** Searches with every part of the query required first, then with any part when nothing has them all. */
	search(query: string, filters: SearchFilters = {}): SearchOutcome {
		const plan = this.plan(query);
		if (plan.units.length === 0) return { plan, mode: 'none', hits: [], suggestions: [] };
		const filter = (result: SearchResult): boolean => {
			const paragraph = this.#corpus.paragraphById.get(String(result.id));
			return (
				this.#accepts(paragraph, filters) &&
				plan.units.every((unit) => unit.phrase === undefined || this.#hasPhrase(paragraph, unit.phrase))
			);
		};
		const run = (combineWith: 'AND' | 'OR') =>
			this.#miniSearch.search(toMiniSearchQuery(plan, combineWith), { ...SEARCH_OPTIONS, filter });
		let mode: SearchOutcome['mode'] = 'all';
		let results = run('AND');
		if (results.length === 0 && plan.units.length > 1) {
			mode = 'any';
			results = run('OR');
		}
		if (results.length === 0) return { plan, mode: 'none', hits: [], suggestions: this.#suggest(plan) };
		return { plan, mode, hits: this.#rank(results, this.#queryThemes(query, plan)), suggestions: [] };
	}

	/**
	 * The paragraphs closest to a passage (a quote or paraphrase pasted from elsewhere): its most distinctive words
	 * that the text knows, at most `MAX_QUERY_TERMS`, any of them matching. Bounded work for any length of passage.
	 */
	similar(passage: string): { keyTerms: string[]; hits: SearchHit[] } {
		const known = new Set<string>();
		for (const word of this.analyzer.tokens(passage.slice(0, MAX_PASSAGE))) {
			const term = this.analyzer.term(word);
			if (term !== null && this.vocabulary.hasTerm(term)) known.add(term);
		}
		const keyTerms = [...known]
			.sort((a, b) => this.vocabulary.frequency(a) - this.vocabulary.frequency(b))
			.slice(0, MAX_QUERY_TERMS);
		if (keyTerms.length === 0) return { keyTerms, hits: [] };
		const results = this.#miniSearch.search(
			{ combineWith: 'OR', queries: keyTerms },
			{ ...SEARCH_OPTIONS, fields: ['text'] },
		);
		return { keyTerms, hits: this.#rank(results, []) };
	}

	/**
	 * What a reply needs to bold the words of one hit. Terms the plan did not name (a fuzzy match of a typo) stand
	 * alone; the plan's groups are bolded only together.
	 */
	highlighter(matchedTerms: ReadonlySet<string>, plan?: QueryPlan): Highlighter {
		const grouped = new Set(plan?.groups.flatMap((g) => g.terms) ?? []);
		const singles = new Set(plan?.singles ?? []);
		const terms = {
			singles: new Set([...matchedTerms].filter((t) => singles.has(t) || !grouped.has(t))),
			groups: (plan?.groups ?? []).filter((g) => g.terms.every((t) => matchedTerms.has(t))),
		};
		return {
			segments: (text) => highlightSegments(text, terms, this.analyzer),
			isStopWord: (word) => this.analyzer.isStopWord(word),
		};
	}

	/** Whether the paragraph has the phrase's words in a row (stems compared, stop words kept). */
	#hasPhrase(paragraph: Paragraph, phrase: readonly string[]): boolean {
		const key = (word: string) => this.analyzer.phraseKey(word);
		const wanted = phrase.flatMap((w) => w.split(/[-\u2010\u2011]/).filter(Boolean)).map(key);
		const words = this.analyzer
			.spans(paragraph.searchText)
			.flatMap((s) => (s.parts.length > 0 ? s.parts : [s]))
			.map((s) => key(s.word));
		return words.some((_, i) => wanted.every((w, j) => words[i + j] === w));
	}

	/** Themes the query is about: their patterns match what was typed or meant, or their label shares a word. */
	#queryThemes(query: string, plan: QueryPlan): Theme[] {
		const text = foldCase([query, ...plan.units.flatMap((u) => u.means)].join(' | '));
		const terms = new Set(plan.terms);
		return this.#corpus.themes.filter(
			(theme) =>
				this.#themeMatchers.get(theme.id)?.test(text) ||
				(this.#labelTerms.get(theme.id) ?? []).some((term) => terms.has(term)),
		);
	}

	#rank(results: SearchResult[], queryThemes: readonly Theme[]): SearchHit[] {
		const hits: SearchHit[] = [];
		for (const result of results) {
			const paragraph = this.#corpus.paragraphById.get(String(result.id));
			if (!paragraph) continue;
			const themed = queryThemes.length === 0 ? 0 : queryThemes.filter((t) => paragraph.themes.includes(t.id)).length;
			hits.push(lazyHit(paragraph, result.score * (1 + THEME_BONUS * themed), result.match));
		}
		return hits.sort((a, b) => b.score - a.score || a.paragraph.order - b.paragraph.order);
	}

	/** For each searched word, the closest words of the index, as readers would write them. */
	#suggest(plan: QueryPlan): string[] {
		const suggestions = new Set<string>();
		for (const unit of plan.units) {
			for (const term of unit.literal[0] ?? []) {
				const [best] = this.#miniSearch.search({ queries: [term] }, SUGGEST_OPTIONS);
				const closest = best ? Object.keys(best.match)[0] : undefined;
				if (closest !== undefined && closest !== term) suggestions.add(this.vocabulary.surface(closest));
			}
		}
		return [...suggestions].slice(0, 5);
	}
}
