import type { Corpus, Theme } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import { withoutAskedNoun } from './answer-type.ts';
import { closestFirst } from './closest-first.ts';
import type { DocumentContext } from './document-context.ts';
import { didYouMean, termsOfAny } from './did-you-mean.ts';
import { joinedIn, leaningOf, saysEveryPart, type Leaning } from './every-part.ts';
import { highlighterFor } from './highlight.ts';
import { countedMatch, onlyPieces } from './hit-coverage.ts';
import { findMatches, textRows } from './match-flow.ts';
import { matchRules } from './match-rules.ts';
import { ownedByLacking, withLackingCompounds } from './lacking-compounds.ts';
import { nounsOf } from './related-words.ts';
import { restsOnAdded, withAddedMarked } from './asked-words.ts';
import type { MatchSet } from './match-set.ts';
import { toMiniSearchQuery, type Reach } from './minisearch-query.ts';
import { matchesInOtherWords } from './other-words.ts';
import { alignedShare } from './sentence-alignment.ts';
import { sentenceEvidence } from './sentence-evidence.ts';
import { asksAhead, hitSaysAhead } from './asked-ahead.ts';
import { boundModifiers, textWordsFor, textsWriting } from './bound-words.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import { hasPhrase } from './phrase.ts';
import type { QueryExecutor } from './query-executor.ts';
import { withoutMarkup, withoutQuotes } from './query-parser.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import type { QueryThemes } from './query-themes.ts';
import type { PlanSources, QueryUnit } from './query-unit.ts';
import { rank } from './ranking.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';
import { SEARCH_OPTIONS } from './search-options.ts';
import { passesFilters, type SearchFilters, type SearchOutcome } from './search-outcome.ts';
import { restsOnOtherSenses, restsOnStemMates } from './stem-mates.ts';
import { documentAsked, withRelatedOfAll } from './speaker-scope.ts';
import { paragraphsReferenced } from './paragraph-reference.ts';
import { bylineOf } from './document-details.ts';
import type { Vocabulary } from './vocabulary.ts';
import { formKeysOf } from './word-forms.ts';

/** How many related paragraphs a dead end offers. */
const MAX_RELATED = 5;

/** What a search reads of its index (see `ParagraphIndex`, which builds them). */
export interface SearchParts {
	corpus: Corpus;
	analyzer: Analyzer;
	vocabulary: Vocabulary;
	sources: PlanSources;
	executor: QueryExecutor;
	/** What ranking reads of each paragraph, by MiniSearch's short id (a row of a query's matches names one). */
	columns: ParagraphColumns;
	/** What each document's metadata says of all its paragraphs (see `documentContext`). */
	context: DocumentContext;
	queryThemes: QueryThemes;
}

/** A query's way to its outcome: its plan, the matches that pass the rules, ranked, or a dead end's closest paragraphs. */
export class ParagraphSearch {
	readonly #corpus: Corpus;
	readonly #analyzer: Analyzer;
	readonly #vocabulary: Vocabulary;
	readonly #sources: PlanSources;
	readonly #executor: QueryExecutor;
	readonly #columns: ParagraphColumns;
	readonly #context: DocumentContext;
	readonly #queryThemes: QueryThemes;

	constructor(parts: SearchParts) {
		this.#corpus = parts.corpus;
		this.#analyzer = parts.analyzer;
		this.#vocabulary = parts.vocabulary;
		this.#sources = parts.sources;
		this.#executor = parts.executor;
		this.#columns = parts.columns;
		this.#context = parts.context;
		this.#queryThemes = parts.queryThemes;
	}

	/**
	 * Searches with every part of the query required first; then, when most parts are words the index knows, with
	 * any part; with no match at all, looks for the closest paragraphs by related words instead. A quoted phrase no
	 * paragraph has is searched again as its words apart (see `quotedApart`).
	 */
	search(typed: string, filters: SearchFilters = {}): SearchOutcome {
		const outcome = this.#withBylineRead(typed, filters);
		// A quoted phrase no paragraph has is often half-remembered ("dialogue between civilizations"): its words apart.
		const apart = outcome.hits.length === 0 ? withoutQuotes(typed) : undefined;
		if (apart === undefined) return outcome;
		const again = this.#withBylineRead(apart, filters);
		if (again.hits.length > 0) return { ...again, match: 'some', quotedApart: true };
		// Nor apart: the paragraphs closest to its words, as for any dead end.
		return outcome.related.length > 0 ? outcome : { ...outcome, related: again.related };
	}

	/** A search, read again without the words that name the document's author when they are why nothing matched. */
	#withBylineRead(typed: string, filters: SearchFilters): SearchOutcome {
		const outcome = this.#find(typed, filters);
		// "What did the Secretary-General conclude on terrorism": what SG/2084, his conclusions, says of terrorism.
		const byline = bylineOf(this.#corpus, this.#analyzer, outcome, withoutMarkup(typed));
		if (!byline) return outcome;
		const again = this.#find(byline.rest, { ...filters, document: filters.document ?? byline.document });
		return again.match === 'none' ? outcome : again;
	}

	#find(typed: string, filters: SearchFilters): SearchOutcome {
		// Read as autocomplete reads it (see `suggestParagraphs`): Discord's mention markup is no word of a search.
		const query = withoutMarkup(typed);
		// "SG/2084 terrorism", "what did CHOGM say about climate": in that document, unless one was chosen (its slug).
		const asked = filters.document ?? documentAsked(query, this.#corpus.documents, this.#analyzer, this.#context);
		if (typeof asked !== 'object') return this.#findAsTyped(query, filters);
		const outcome = this.search(asked.rest, { ...filters, document: asked.document });
		return withRelatedOfAll(outcome, asked, () => this.#findAsTyped(query, filters));
	}

	/** A search of the words as typed: planned, matched by the rules, ranked, or a dead end's closest paragraphs. */
	#findAsTyped(query: string, filters: SearchFilters): SearchOutcome {
		// "Which city", "what year": the kind of fact asked is checked below, not searched for as a word.
		const planned = planQuery(withoutAskedNoun(query), this.#sources);
		// Searched with a compound the text lacks as one part (see `withLackingCompounds`): "free trade" is not the
		// text's trade beside its "achieving". The match rules count the planned parts (see `modifiedHeads`).
		const plan = withLackingCompounds(planned, query, this.#analyzer, this.#sources.related);
		// "Paragraph 3": that paragraph (each document's), as a match with nothing to bold.
		const referenced = paragraphsReferenced(query, this.#corpus, filters);
		if (referenced.length > 0) {
			const highlighter = highlighterFor(new Set(), plan, this.#analyzer);
			const hits = referenced.map((paragraph) => ({
				paragraph,
				score: 1,
				matchedTerms: new Set<string>(),
				highlighter,
			}));
			return { plan, match: 'all', hits, complete: hits.length, related: [], suggestions: [] };
		}
		if (plan.units.length === 0) return { plan, match: 'none', hits: [], related: [], suggestions: [] };
		const phrases = plan.units.flatMap((unit) => (unit.phrase === undefined ? [] : [unit.phrase]));
		const filtered = filters.theme !== undefined || filters.document !== undefined || phrases.length > 0;
		const keep = (id: string): boolean => {
			const paragraph = this.#corpus.paragraphById.get(id);
			if (!passesFilters(paragraph, filters)) return false;
			for (const phrase of phrases) if (!hasPhrase(this.#analyzer, paragraph.searchText, phrase)) return false;
			return true;
		};
		const run = (combineWith: 'AND' | 'OR', reach?: Reach) =>
			this.#executor.matchSet(toMiniSearchQuery(plan, combineWith, reach), SEARCH_OPTIONS, filtered ? keep : undefined);
		const themes = this.#queryThemes.of(query, plan);
		const texts = (unit: QueryUnit) => textsWriting(unit, planned, this.#executor, this.#corpus.paragraphById);
		const { related, known } = this.#sources;
		const bound = boundModifiers(query, planned, this.#analyzer, texts);
		// A name typed in capitals is the text's only where it writes its words together (see `namesOtherThing`).
		const words = textWordsFor(planned, this.#executor, this.#corpus.paragraphById, this.#analyzer, known);
		const rules = matchRules(query, planned, this.#analyzer, this.#context, related, words, bound);
		const { otherThing, check } = rules;
		// A partial match that has only other words of the typed words' stems, or only other senses of words the text
		// writes as typed, does not follow the full ones (see `restsOnStemMates`, `restsOnOtherSenses`).
		const writtenForms = (form: string) => this.#writtenForms(form);
		// A question about what came after the document ("when is the next meeting") is answered only by a paragraph
		// that says something still to come (see `saysAhead`), not by the dates of the meeting it closes.
		const ahead = asksAhead(query) ? (hit: SearchHit) => hitSaysAhead(hit, this.#corpus) : () => true;
		// The words the question's form added are weighed apart from the reader's (see `withAddedMarked`): no partial
		// match rests on them alone.
		const marked = withAddedMarked(plan, query);
		const onAdded = restsOnAdded(marked);
		const own = (hit: SearchHit) => !restsOnOtherSenses(hit, plan) && !onAdded(hit);
		const allow = {
			...rules.allow,
			answers: (hit: SearchHit) => rules.allow.answers(hit) && ahead(hit),
			fills: (hit: SearchHit) => !restsOnStemMates(hit, plan, writtenForms) && own(hit),
			saysSomething: own,
			onlyPieces: onlyPieces(plan.units),
		};
		const matched = otherThing
			? undefined
			: findMatches(plan, allow, run, (matches, rows) => this.#hits(matches, rows, themes, plan));
		if (matched) {
			const related = matched.related.slice(0, MAX_RELATED);
			const unstated = matched.match === 'none' && check ? { unstated: check.kind } : {};
			// With every part, how many of the first hits have them all in their own text (see `countedMatch`).
			const counted = countedMatch(matched.match, matched.hits, plan.units, this.#context);
			return { plan, ...counted, hits: matched.hits, related, suggestions: [], ...unstated };
		}
		// A dead end: the paragraphs that share the most related words (in their own text), clearly not matches.
		const near = run('OR', { narrower: true, looser: true });
		const closest = closestFirst(
			this.#hits(near, textRows(near), themes, plan),
			plan,
			this.#sources.semantic?.(),
			this.#analyzer,
		);
		// Unless the closest say it in other words (not a question the text does not state, nor another number's).
		const leaning = leaningOf(this.#sources);
		// A part owned by a word the text lacks ("root causes of obesity", "humanitarian impact of sanctions"), or
		// modified by a noun it lacks ("debt relief"), says nothing of the query in other words, as it counts for nothing
		// toward a partial match (see `ownedByLacking`). Asked of a word the text lacks, for which the table is made.
		const weighed = ownedByLacking(query, marked, (word) => nounsOf(this.#sources.related())(word));
		const hits =
			otherThing || check
				? []
				: matchesInOtherWords(
						weighed,
						closest,
						run,
						(m, rows) => this.#hits(m, rows, themes, plan),
						(hit) => this.#saysEveryPart(query, weighed, hit, leaning),
						(typed) => typed.split(/\s+/).every((word) => leaning.common(word)),
						sentenceEvidence(this.#analyzer, this.#vocabulary, this.#corpus.paragraphs.length),
						alignedShare(plan.units, this.#sources.semantic?.(), this.#analyzer),
					).filter(ahead);
		if (hits.length > 0) return { plan, match: 'some', hits, related: [], suggestions: [] };
		return {
			plan,
			match: 'none',
			hits: [],
			related: closest.slice(0, MAX_RELATED),
			suggestions: didYouMean(plan, this.#vocabulary, {
				analyzer: this.#analyzer,
				isEnglish: this.#sources.isEnglish,
				nearby: termsOfAny(this.#analyzer, closest.slice(0, MAX_RELATED)),
			}),
		};
	}

	/** The given rows of a query's matches as hits, best first (see `rank`). */
	#hits(matches: MatchSet, rows: ArrayLike<number>, themes: readonly Theme[], plan: QueryPlan): SearchHit[] {
		const exact = {
			plan,
			writtenForms: (form: string) => this.#writtenForms(form),
			context: this.#context,
			analyzer: this.#analyzer,
			vectors: this.#sources.semantic,
		};
		// Hits work out their matched terms and highlighting only when shown (see `LazyHit`).
		const highlight = (terms: ReadonlySet<string>) => highlighterFor(terms, plan, this.#analyzer);
		return rank(matches, rows, this.#columns, themes, exact, LazyHit.maker(highlight));
	}

	/** Whether a paragraph says every part of the query, one at least in other words (see `saysEveryPart`). */
	#saysEveryPart(query: string, plan: QueryPlan, hit: SearchHit, leaning: Leaning): boolean {
		const written = this.#analyzer.tokens(hit.paragraph.searchText);
		const terms = new Set(written.flatMap((w) => this.#analyzer.term(w) ?? []));
		return saysEveryPart(plan, terms, written, this.#analyzer, leaning, joinedIn(query));
	}

	/** The text's written forms (folded) that read as `form` once spelling and a plural are set aside. */
	#writtenForms(form: string): string[] {
		const term = this.#analyzer.term(form) ?? form;
		const { forms: written, keys } = formKeysOf(term, this.#analyzer, this.#vocabulary);
		const forms = written.filter((_, i) => keys[i] === form);
		return forms.length > 0 ? forms : [form];
	}
}
