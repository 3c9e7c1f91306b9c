import type { Corpus, Paragraph, Theme } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import { buildIndex, type BuiltIndex, type IndexBuildOptions, type MadeTables, type TableName } from './build-index.ts';
import { makeTablesOffThread } from './build-off-thread.ts';
import { IndexCache } from './index-cache.ts';
import { CentralParagraphs } from './central-paragraphs.ts';
import { warmableIndex, warmUp, type FirstNeedWork, type Warmable, type WarmUpReport } from './warm-up.ts';
import { withoutAskedNoun } from './answer-type.ts';
import { closestFirst } from './closest-first.ts';
import { findMatches, textRows } from './match-flow.ts';
import { coverage } from './hit-coverage.ts';
import { didYouMean } from './did-you-mean.ts';
import { matchRules } from './match-rules.ts';
import { matchesInOtherWords } from './other-words.ts';
import { restsOnStemMates } from './stem-mates.ts';
import { documentContext, type DocumentContext } from './document-context.ts';
import { highlighterFor, type Highlighter } from './highlight.ts';
import { QueryThemes } from './query-themes.ts';
import { toMiniSearchQuery, type Reach } from './minisearch-query.ts';
import { hasPhrase } from './phrase.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { withoutMarkup } from './query-parser.ts';
import { formKeysOf } from './word-forms.ts';
import type { PlanSources } from './query-unit.ts';
import { KeystrokeTop } from './keystroke-top.ts';
import { QueryExecutor } from './query-executor.ts';
import { ParagraphColumns } from './paragraph-columns.ts';
import { QuickSearch } from './quick-search.ts';
import type { MatchSet } from './match-set.ts';
import { rank } from './ranking.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';
import type { AcronymTable } from './acronyms.ts';
import type { RelatedWordsTable } from './related-words.ts';
import { SEARCH_OPTIONS } from './search-options.ts';
import { similarParagraphs } from './similar-paragraphs.ts';
import type { Vocabulary } from './vocabulary.ts';

export type { SearchHit } from './search-hit.ts';

import { passesFilters, type SearchFilters, type SearchOutcome } from './search-outcome.ts';
export type { MatchKind, SearchFilters, SearchOutcome } from './search-outcome.ts';

/** How many related paragraphs a dead end offers. */
const MAX_RELATED = 5;
const acceptAll = (): boolean => true;
/** Thrown by a table a plan asks for while it is still to make (see `needsTablesFor`); never leaves the index. */
class NeedsTable extends Error {}

/** The MiniSearch index over every paragraph of a corpus, with the query understanding around it. */
export class ParagraphIndex {
	readonly analyzer: Analyzer;
	readonly vocabulary: Vocabulary;
	readonly #sources: PlanSources;
	readonly #corpus: Corpus;
	readonly #queryThemes: QueryThemes;
	readonly #quick: QuickSearch;
	readonly #executor: QueryExecutor;
	/** What ranking reads of each paragraph, by MiniSearch's short id (a row of a query's matches names one). */
	readonly #columns: ParagraphColumns;
	/** What each document's metadata says of all its paragraphs (see `documentContext`). */
	readonly #context: DocumentContext;
	readonly #central: CentralParagraphs;
	readonly #built: BuiltIndex;
	/** The index as its warm-up sees it. */
	readonly #warmable: Warmable;
	#warming: Promise<WarmUpReport> | undefined;
	#tablesComing: Promise<MadeTables | undefined> | undefined;
	/** Set once no table was left to make: then `firstNeedPending` costs nothing. */
	#tablesAtHand = false;
	/**
	 * Told of each piece of first-need work done in this thread (by a search or a warm-up's slice), with its time: the
	 * bot logs it; a test can make it slow.
	 */
	onFirstNeed: ((work: FirstNeedWork, ms: number) => void) | undefined;
	/**
	 * Told before a table is made in this thread (seconds of work, where reading one back takes milliseconds): the
	 * console and the CLI, which do it on first need, say why the answer is slow.
	 */
	onMaking: ((table: TableName) => void) | undefined;
	/** The related-words table, reduced on first need (see `buildIndex`); a cache calls it before serializing. */
	readonly relatedWords: () => RelatedWordsTable;
	/** The acronyms the text spells out, learned on first need; a cache calls it before serializing. */
	readonly acronyms: () => AcronymTable;

	/**
	 * @param cache - where a snapshot of the built index is loaded from and saved to; none by default
	 * @param options - how to build it (see `IndexBuildOptions`)
	 */
	constructor(corpus: Corpus, cache?: IndexCache, options: IndexBuildOptions = {}) {
		this.#corpus = corpus;
		const built = buildIndex(
			corpus,
			options,
			cache,
			(work, ms) => this.onFirstNeed?.(work, ms),
			(table) => this.onMaking?.(table),
		);
		this.#built = built;
		this.#central = new CentralParagraphs(
			corpus.themes,
			(query, theme) => this.search(query, { theme }),
			(ms) => this.onFirstNeed?.('central-paragraphs', ms),
		);
		this.#warmable = warmableIndex(
			built,
			this.#central,
			async (tables) =>
				(await this.#tablesComing) ?? makeTablesOffThread(corpus, cache ?? new IndexCache(undefined), options, tables),
		);
		this.analyzer = built.analyzer;
		this.vocabulary = built.vocabulary;
		this.#context = documentContext(corpus.documents, built.analyzer);
		this.relatedWords = built.relatedWords;
		this.acronyms = built.acronyms;
		this.#sources = {
			analyzer: built.analyzer,
			synonyms: built.synonyms,
			related: built.relatedWords,
			acronyms: built.acronyms,
			defines: built.defines,
			known: built.vocabulary,
			semantic: built.semantic,
			isEnglish: built.isEnglish,
			knownEnglish: built.knownEnglish,
		};
		this.#queryThemes = new QueryThemes(corpus.themes, built.labelTerms);
		const { postings } = built;
		this.#executor = new QueryExecutor(postings);
		this.#columns = new ParagraphColumns(postings.ids, corpus.paragraphById, corpus.paragraphs);
		this.#quick = new QuickSearch(this.#executor, new KeystrokeTop(postings), this.analyzer, this.vocabulary);
	}

	/**
	 * Paragraphs for what is typed so far, for autocomplete: the fast path (see `QuickSearch`), with ties in corpus
	 * order. The cache key includes the filters. What is typed is read as `search` reads a query (`withoutMarkup`): a
	 * mention picked from Discord's menu (`@everyone hum`) is no word of it.
	 */
	suggestParagraphs(typed: string, filters: SearchFilters, limit: number): Paragraph[] {
		const input = withoutMarkup(typed);
		const paragraphs = this.#columns.paragraphs;
		// Without filters every indexed paragraph passes (when each short id has one): no look-up per candidate.
		const unfiltered = filters.theme === undefined && filters.document === undefined && this.#columns.dense;
		const accept = unfiltered ? acceptAll : (docId: number) => passesFilters(paragraphs[docId], filters);
		const ids = this.#quick.ids(input, accept, limit, `${filters.theme ?? ''}\0${filters.document ?? ''}`);
		const found: Paragraph[] = [];
		// Indexed, not `for…of`: every keystroke comes here, and until the code is optimized each step is an object.
		for (let i = 0; i < ids.length; i += 1) {
			const paragraph = paragraphs[ids[i] ?? -1];
			if (paragraph) found.push(paragraph);
		}
		return found;
	}

	/**
	 * Each theme's most central paragraph: the one its own label and description find first. Computed once; what
	 * autocomplete offers before anything is typed.
	 */
	centralParagraphs(): Paragraph[] {
		return this.#central.all();
	}

	/**
	 * The central paragraphs when they are worked out, or can be at once (no warm-up under way, no table left to make
	 * or read); else undefined, and a warm-up does it: for autocomplete, which cannot wait.
	 */
	centralParagraphsIfReady(): Paragraph[] | undefined {
		if (this.#central.known || this.#warming || this.#built.pending().length > 0) return this.#central.known;
		return this.#central.all();
	}

	/**
	 * Whether a search may still meet first-need work that takes seconds: a table to make (the first search after a
	 * start with a new or changed corpus, until a warm-up has made it off the event loop). Then a door defers before
	 * answering, and the answer waits for `warmUp`. The rest (tables to read back, the word vectors to open) takes
	 * milliseconds, and a warm-up does it ahead too. Cheap: once no table is left to make, none is again.
	 */
	get firstNeedPending(): boolean {
		if (this.#tablesAtHand) return false;
		this.#tablesAtHand = this.#built.toMake().length === 0;
		return !this.#tablesAtHand;
	}

	/**
	 * Whether searching for `query` needs a table still to make: its plan is worked out with tables that refuse to be
	 * made (without word vectors, which take milliseconds). Most queries need none (a word the text lacks, a phrase, an
	 * acronym do): those are answered at once while a warm-up makes the tables. Cheap; false once none is to make.
	 */
	needsTablesFor(query: string): boolean {
		if (!this.firstNeedPending) return false;
		const toMake = this.#built.toMake();
		const refused =
			<T>(table: TableName, get: () => T) =>
			(): T => {
				if (toMake.includes(table)) throw new NeedsTable(table);
				return get();
			};
		try {
			planQuery(withoutAskedNoun(query), {
				...this.#sources,
				related: refused('related-words', this.#sources.related),
				acronyms: refused('acronyms', this.#sources.acronyms),
				semantic: () => undefined,
				isEnglish: () => true,
			});
			return false;
		} catch (error) {
			if (error instanceof NeedsTable) return true;
			throw error;
		}
	}

	/** Whether every piece of first-need work is done (see `warmUp`). */
	get warm(): boolean {
		return this.#warmable.pending().length === 0;
	}

	/**
	 * Does the first-need work ahead of the searches that need it, without holding the event loop (see `warmUp`): the
	 * bot starts it once ready, and a search that meets first-need work waits for it. One at a time: a call while one is
	 * under way gets that one.
	 */
	warmUp(): Promise<WarmUpReport> {
		this.#warming ??= warmUp(this.#warmable).finally(() => (this.#warming = undefined));
		return this.#warming;
	}

	/**
	 * Tables a worker already makes for this index (see `buildIndexOffThread`): a warm-up waits for them rather than
	 * making them again (and makes them itself should that worker fail).
	 */
	tablesComing(tables: Promise<MadeTables | undefined>): void {
		this.#tablesComing = tables;
	}

	/** A warm-up under way, if any. */
	get warming(): Promise<WarmUpReport> | undefined {
		return this.#warming;
	}

	/** Does all the first-need work now, in this thread (tools and tests, which have no window to keep). */
	warmNow(): void {
		for (const work of this.#warmable.pending()) while (!this.#warmable.step(work));
	}

	/** Plans a query without running it: its units, exclusions and terms. */
	plan(query: string): QueryPlan {
		return planQuery(query, this.#sources);
	}

	/**
	 * Searches with every part of the query required first; then, when most parts are words the index knows, with
	 * any part; with no match at all, looks for the closest paragraphs by related words instead.
	 */
	search(typed: string, filters: SearchFilters = {}): SearchOutcome {
		// Read as autocomplete reads it (see `suggestParagraphs`): Discord's mention markup is no word of a search.
		const query = withoutMarkup(typed);
		// "Which city", "what year": the kind of fact asked is checked below, not searched for as a word.
		const plan = this.plan(withoutAskedNoun(query));
		if (plan.units.length === 0) return { plan, match: 'none', hits: [], related: [], suggestions: [] };
		const phrases = plan.units.flatMap((unit) => (unit.phrase === undefined ? [] : [unit.phrase]));
		const filtered = filters.theme !== undefined || filters.document !== undefined || phrases.length > 0;
		const keep = (id: string): boolean => {
			const paragraph = this.#corpus.paragraphById.get(id);
			if (!passesFilters(paragraph, filters)) return false;
			for (const phrase of phrases) if (!hasPhrase(this.analyzer, paragraph.searchText, phrase)) return false;
			return true;
		};
		const run = (combineWith: 'AND' | 'OR', reach?: Reach) =>
			this.#executor.matchSet(toMiniSearchQuery(plan, combineWith, reach), SEARCH_OPTIONS, filtered ? keep : undefined);
		const themes = this.#queryThemes.of(query, plan);
		const rules = matchRules(query, plan, this.analyzer, this.#context, this.relatedWords);
		const { otherThing, check } = rules;
		// A partial match that has only other words of the typed words' stems is none (see `restsOnStemMates`).
		const writtenForms = (form: string) => this.#writtenForms(form);
		const allow = {
			...rules.allow,
			fills: (hit: SearchHit) => !restsOnStemMates(hit, plan, writtenForms),
		};
		const matched = otherThing
			? undefined
			: findMatches(plan, allow, run, (matches, rows) => this.#hits(matches, rows, themes, plan));
		if (matched) {
			const related = matched.related.slice(0, MAX_RELATED);
			const unstated = matched.match === 'none' && check ? { unstated: check.kind } : {};
			const complete =
				matched.match === 'all' ? { complete: matched.hits.filter(coverage(plan.units, this.#context)).length } : {};
			return { plan, match: matched.match, hits: matched.hits, related, suggestions: [], ...unstated, ...complete };
		}
		// A dead end: the paragraphs that share the most related words (in their own text), clearly not matches.
		const near = run('OR', { narrower: true, looser: true });
		const closest = closestFirst(
			this.#hits(near, textRows(near), themes, plan),
			plan,
			this.#sources.semantic?.(),
			this.analyzer,
		);
		// Unless the closest say the query in other words (not for a question the text does not state, nor another
		// number's): then they match.
		const hits =
			otherThing || check
				? []
				: matchesInOtherWords(plan, closest, run, (m, rows) => this.#hits(m, rows, themes, plan));
		if (hits.length > 0) return { plan, match: 'some', hits, related: [], suggestions: [] };
		return {
			plan,
			match: 'none',
			hits: [],
			related: closest.slice(0, MAX_RELATED),
			suggestions: didYouMean(plan, this.vocabulary),
		};
	}

	/** The paragraphs closest to a passage pasted from elsewhere (see `similarParagraphs`). */
	similar(passage: string): { keyTerms: string[]; hits: SearchHit[]; words: number } {
		const highlighter = (terms: ReadonlySet<string>) => this.highlighter(terms);
		const { analyzer, vocabulary } = this;
		return similarParagraphs(passage, {
			analyzer,
			vocabulary,
			executor: this.#executor,
			columns: this.#columns,
			highlighter,
		});
	}

	/** What a reply needs to bold the words of one hit (see `highlighterFor`). */
	highlighter(matchedTerms: ReadonlySet<string>, plan?: QueryPlan): Highlighter {
		return highlighterFor(matchedTerms, plan, this.analyzer);
	}

	/** The given rows of a query's matches as hits, best first (see `rank`). */
	#hits(matches: MatchSet, rows: ArrayLike<number>, themes: readonly Theme[], plan: QueryPlan): SearchHit[] {
		const exact = {
			plan,
			writtenForms: (form: string) => this.#writtenForms(form),
			context: this.#context,
			analyzer: this.analyzer,
		};
		// Hits work out their matched terms and highlighting only when shown (see `LazyHit`).
		const highlight = (terms: ReadonlySet<string>) => this.highlighter(terms, plan);
		return rank(matches, rows, this.#columns, themes, exact, LazyHit.maker(highlight));
	}

	/** The text's written forms (folded) that read as `form` once spelling and a plural are set aside. */
	#writtenForms(form: string): string[] {
		const term = this.analyzer.term(form) ?? form;
		const { forms: written, keys } = formKeysOf(term, this.analyzer, this.vocabulary);
		const forms = written.filter((_, i) => keys[i] === form);
		return forms.length > 0 ? forms : [form];
	}
}
