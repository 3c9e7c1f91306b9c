import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import { lowerCaseNames } from './lower-case-names.ts';
import { buildIndex } from './build-index.ts';
import type { IndexBuildOptions } from './built-index.ts';
import type { MadeTables, TableName } from './first-need.ts';
import { makeTablesOffThread } from './build-off-thread.ts';
import { IndexCache } from './index-cache.ts';
import { CentralParagraphs } from './central-paragraphs.ts';
import { IndexWarmUp } from './index-warm-up.ts';
import type { FirstNeedWork, WarmUpReport } from './warm-up.ts';
import { documentContext } from './document-context.ts';
import { documentsWriting } from './speaker-scope.ts';
import { highlighterFor, type Highlighter } from './highlight.ts';
import { QueryThemes } from './query-themes.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { withoutMarkup } from './query-parser.ts';
import type { PlanSources } from './query-unit.ts';
import { KeystrokeTop } from './keystroke-top.ts';
import { QueryExecutor } from './query-executor.ts';
import { writesInRow } from './bound-words.ts';
import { ParagraphColumns } from './paragraph-columns.ts';
import { QuickSearch } from './quick-search.ts';
import type { SearchHit } from './search-hit.ts';
import { ParagraphSearch } from './paragraph-search.ts';
import type { AcronymTable } from './acronyms.ts';
import { nounsOf, type RelatedWordsTable } from './related-words.ts';
import { quotedParagraphs, similarParagraphs, type PassageIndex } from './similar-paragraphs.ts';
import type { Vocabulary } from './vocabulary.ts';

export type { SearchHit } from './search-hit.ts';

import { passesFilters, type SearchFilters, type SearchOutcome } from './search-outcome.ts';
export type { MatchKind, SearchFilters, SearchOutcome } from './search-outcome.ts';

const acceptAll = (): boolean => true;

/** The MiniSearch index over every paragraph of a corpus, with the query understanding around it. */
export class ParagraphIndex {
	readonly analyzer: Analyzer;
	readonly vocabulary: Vocabulary;
	readonly #sources: PlanSources;
	readonly #quick: QuickSearch;
	readonly #executor: QueryExecutor;
	/** What ranking reads of each paragraph, by MiniSearch's short id (a row of a query's matches names one). */
	readonly #columns: ParagraphColumns;
	/** A query's way to its outcome (see `ParagraphSearch`). */
	readonly #search: ParagraphSearch;
	readonly #central: CentralParagraphs;
	/** The first-need work: whether a search waits for it, and the warm-up that does it ahead. */
	readonly #warmUp: IndexWarmUp;
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
		const built = buildIndex(
			corpus,
			options,
			cache,
			(work, ms) => this.onFirstNeed?.(work, ms),
			(table) => this.onMaking?.(table),
		);
		this.#central = new CentralParagraphs(
			corpus.themes,
			(query, theme) => this.search(query, { theme }),
			(ms) => this.onFirstNeed?.('central-paragraphs', ms),
		);
		this.analyzer = built.analyzer;
		this.vocabulary = built.vocabulary;
		const context = documentContext(corpus.documents, built.analyzer);
		this.relatedWords = built.relatedWords;
		this.acronyms = built.acronyms;
		this.#sources = {
			analyzer: built.analyzer,
			synonyms: built.synonyms,
			related: built.relatedWords,
			acronyms: built.acronyms,
			defines: built.defines,
			lowerCaseNames: lowerCaseNames(
				() => corpus.paragraphs.map((p) => p.searchText),
				built.analyzer,
				(word) => nounsOf(built.relatedWords())(word),
			),
			known: built.vocabulary,
			semantic: built.semantic,
			isEnglish: built.isEnglish,
			knownEnglish: built.knownEnglish,
			commonEnglish: built.commonEnglish,
			relatedAtHand: built.relatedAtHand,
			closeness: built.closeness,
			writesInRow: (words, terms) => writesInRow(words, terms, this.#executor, corpus.paragraphById, built.analyzer),
		};
		this.#warmUp = new IndexWarmUp(built, this.#sources, this.#central, (tables) =>
			makeTablesOffThread(corpus, cache ?? new IndexCache(undefined), options, tables),
		);
		const queryThemes = new QueryThemes(corpus.themes, built.labelTerms);
		const { postings } = built;
		this.#executor = new QueryExecutor(postings);
		this.#columns = new ParagraphColumns(postings.ids, corpus.paragraphById, corpus.paragraphs);
		context.writers = (term) => documentsWriting(term, this.#executor, this.#columns);
		this.#quick = new QuickSearch(this.#executor, new KeystrokeTop(postings), this.analyzer, this.vocabulary);
		this.#search = new ParagraphSearch({
			corpus,
			analyzer: this.analyzer,
			vocabulary: this.vocabulary,
			sources: this.#sources,
			executor: this.#executor,
			columns: this.#columns,
			context,
			queryThemes,
		});
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

	/** The central paragraphs when they are ready or can be at once, for autocomplete (see `IndexWarmUp`). */
	centralParagraphsIfReady(): Paragraph[] | undefined {
		return this.#warmUp.centralParagraphsIfReady();
	}

	/** Whether a search may still meet a table to make: then a door defers (see `IndexWarmUp`). */
	get firstNeedPending(): boolean {
		return this.#warmUp.firstNeedPending;
	}

	/** Whether searching for `query` needs a table still to make (see `IndexWarmUp`). */
	needsTablesFor(query: string): boolean {
		return this.#warmUp.needsTablesFor(query);
	}

	/** Whether every piece of first-need work is done (see `warmUp`). */
	get warm(): boolean {
		return this.#warmUp.warm;
	}

	/** Does the first-need work ahead of the searches that need it, off the event loop (see `IndexWarmUp`). */
	warmUp(): Promise<WarmUpReport> {
		return this.#warmUp.warmUp();
	}

	/** Tables a worker already makes for this index: a warm-up waits for them (see `IndexWarmUp`). */
	tablesComing(tables: Promise<MadeTables | undefined>): void {
		this.#warmUp.tablesComing(tables);
	}

	/** A warm-up under way, if any. */
	get warming(): Promise<WarmUpReport> | undefined {
		return this.#warmUp.warming;
	}

	/** Does all the first-need work now, in this thread (tools and tests, which have no window to keep). */
	warmNow(): void {
		this.#warmUp.warmNow();
	}

	/** Plans a query without running it: its units, exclusions and terms. */
	plan(query: string): QueryPlan {
		return planQuery(query, this.#sources);
	}

	/**
	 * Searches with every part of the query required first; then, when most parts are words the index knows, with
	 * any part; with no match at all, looks for the closest paragraphs by related words instead (see `ParagraphSearch`).
	 */
	search(typed: string, filters: SearchFilters = {}): SearchOutcome {
		return this.#search.search(typed, filters);
	}

	/** The paragraphs closest to a passage pasted from elsewhere (see `similarParagraphs`). */
	similar(passage: string): { keyTerms: string[]; hits: SearchHit[]; words: number } {
		return similarParagraphs(passage, this.#passageIndex());
	}

	#passageIndex(): PassageIndex {
		const highlighter = (terms: ReadonlySet<string>) => this.highlighter(terms);
		const { analyzer, vocabulary } = this;
		return { analyzer, vocabulary, executor: this.#executor, columns: this.#columns, highlighter };
	}

	/** The paragraphs a passage quotes word for word, in its order (see `quotedParagraphs`). */
	quoted(passage: string): SearchHit[] {
		return quotedParagraphs(passage, this.#passageIndex());
	}

	/** What a reply needs to bold the words of one hit (see `highlighterFor`). */
	highlighter(matchedTerms: ReadonlySet<string>, plan?: QueryPlan): Highlighter {
		return highlighterFor(matchedTerms, plan, this.analyzer);
	}
}
