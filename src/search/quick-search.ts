import type { SearchOptions } from 'minisearch';
import type { Analyzer } from './analyzer.ts';
import { insertKept, type KeystrokeTop } from './keystroke-top.ts';
import type { QueryExecutor } from './query-executor.ts';
import { remember } from './remember.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Completions of the last word that a keystroke looks up. */
const COMPLETIONS = 8;
/** A last word shorter than this is not completed: one or two letters begin most words of any text. */
const MIN_PREFIX = 3;
/** Recent answers kept: typing repeats prefixes, and several people type the same words. */
const CACHE_SIZE = 500;
/** Best paragraphs kept per term, and terms kept: consecutive keystrokes complete to the same terms. */
const TOP_PER_TERM = 100;
const TERMS_KEPT = 5_000;
/**
 * Terms in at least this many paragraphs have their best paragraphs worked out together, on the first keystroke: the
 * first keystrokes of a word ("the", "hea") complete to the commonest words, each a walk over thousands of postings;
 * a rarer term costs little on its first keystroke. Not when the index is made: at 30,000 paragraphs it takes
 * 40–200 ms (the code not yet compiled at start), which a start need not wait for.
 */
const PREPARED_FROM = 1_000;

const EXACT: SearchOptions = { fields: ['text'], tokenize: (q) => [q], processTerm: (t) => t };

/** A term's best paragraphs, best first: short ids and their scores. */
interface TopDocs {
	docs: Int32Array;
	scores: Float64Array;
}

/**
 * The keystroke path for autocomplete: exact terms for the finished words and the vocabulary's completions for the
 * last one (a binary search in the sorted written forms) — no fuzzy matching, no synonyms, no phrase checks. With a
 * single word typed, each completion's best paragraphs are computed once and merged, so the next keystroke, which
 * mostly completes to the same terms, costs a lookup. Answers are cached.
 */
export class QuickSearch {
	readonly #cache = new Map<string, number[]>();
	readonly #topByTerm = new Map<string, TopDocs>();
	/** The common terms' best paragraphs (see `PREPARED_FROM`), kept for good once made. */
	#prepared: Map<string, TopDocs> | undefined;
	/** Where one keystroke merges its completions' best paragraphs, made once (see `MergedScores`). */
	#scratch: MergedScores | undefined;

	constructor(
		readonly executor: QueryExecutor,
		readonly keystroke: KeystrokeTop,
		readonly analyzer: Analyzer,
		readonly vocabulary: Vocabulary,
	) {}

	#common(): Map<string, TopDocs> {
		if (!this.#prepared) {
			this.#prepared = new Map();
			for (const term of this.keystroke.termsIn('text', PREPARED_FROM))
				this.#prepared.set(term, this.keystroke.topDocs(term, 'text', TOP_PER_TERM));
		}
		return this.#prepared;
	}

	/**
	 * The best paragraphs for what is typed so far, filtered, best first, as short ids (numbers: no look-up of a
	 * paragraph by its id string); empty for too little input.
	 */
	ids(input: string, filter: (docId: number) => boolean, limit: number, filterKey: string): number[] {
		const key = `${filterKey}\0${input.trim().toLowerCase()}`;
		const cached = this.#cache.get(key);
		if (cached) {
			// Refresh its place: the cache forgets the least recently used answer first.
			this.#cache.delete(key);
			this.#cache.set(key, cached);
			return cached;
		}
		return remember(this.#cache, key, this.#answer(input, filter, limit), CACHE_SIZE);
	}

	#answer(input: string, filter: (docId: number) => boolean, limit: number): number[] {
		const words = this.analyzer.spans(input).map((s) => s.word);
		const last = words.pop();
		if (last === undefined) return [];
		const finished = words.map((w) => this.analyzer.term(w)).filter((t): t is string => t !== null);
		const lastTerms = last.length >= MIN_PREFIX ? this.#completions(last) : [];
		if (finished.length === 0) return this.#best(lastTerms, filter, limit);
		// One finished word and a last one too short to complete ("foreign p"): that word's own best paragraphs.
		if (finished.length === 1 && lastTerms.length === 0) return this.#best(finished, filter, limit);
		const parts = finished.map((term) => [term]);
		if (lastTerms.length > 0) parts.push(lastTerms);
		return this.keystroke.topAllDocs(parts, 'text', limit, filter);
	}

	/** The index terms the last word may become: its own, and the most frequent words it begins. */
	#completions(word: string): string[] {
		const terms = new Set(this.vocabulary.complete(word, COMPLETIONS).map((c) => c.term));
		const own = this.analyzer.term(word);
		if (own !== null) terms.add(own);
		return [...terms];
	}

	/** One word typed: the best paragraphs of its completions, merged by score. */
	#best(terms: readonly string[], filter: (docId: number) => boolean, limit: number): number[] {
		const merged = this.#merged();
		for (const term of terms) {
			const { docs, scores } = this.#top(term);
			for (let i = 0; i < docs.length; i += 1) merged.offer(docs[i] ?? 0, scores[i] ?? 0);
		}
		const best = merged.best(filter, limit);
		// A filter (one document, one theme) may leave few of the kept best: then every posting is looked at.
		const capped = terms.some((term) => this.#top(term).docs.length >= TOP_PER_TERM);
		if (best.length >= limit || !capped) return best;
		// As the executor's `search` with that filter: its rows (ascending short id) that pass, stably by score.
		const matches = this.executor.matchSet({ combineWith: 'OR', queries: [...terms] }, EXACT);
		const rows: number[] = [];
		for (let row = 0; row < matches.size; row += 1) if (filter(matches.docs[row] ?? 0)) rows.push(row);
		rows.sort((a, b) => (matches.scores[b] ?? 0) - (matches.scores[a] ?? 0));
		return rows.slice(0, limit).map((row) => matches.docs[row] ?? 0);
	}

	/** The merge, empty (whatever an earlier keystroke cut short by an error left in it is dropped). */
	#merged(): MergedScores {
		this.#scratch ??= new MergedScores(this.keystroke.documents);
		this.#scratch.clear();
		return this.#scratch;
	}

	#top(term: string): TopDocs {
		const known = this.#common().get(term) ?? this.#topByTerm.get(term);
		if (known) return known;
		// The best few of a common word's thousands of postings, without scoring each into a result.
		return remember(this.#topByTerm, term, this.keystroke.topDocs(term, 'text', TOP_PER_TERM), TERMS_KEPT);
	}
}

/**
 * The completions' best paragraphs merged by short id, each with its highest score, in the order first offered; then
 * the `limit` of highest score that pass the filter, best first, ties in that order (what a stable sort of all of them
 * would keep). One per index, reused by every keystroke: a keystroke merges hundreds of paragraphs, and a map of them
 * (its table regrown a few times, a boxed number per score) was most of the garbage a first answer left.
 */
class MergedScores {
	/** By short id: the highest score offered, or -1 when not offered in this merge (scores are never negative). */
	readonly #score: Float64Array;
	/** The short ids offered, in the order first offered. */
	readonly #offered: Int32Array;
	#count = 0;

	constructor(documents: number) {
		this.#score = new Float64Array(documents).fill(-1);
		this.#offered = new Int32Array(documents);
	}

	offer(docId: number, score: number): void {
		const known = this.#score[docId] ?? -1;
		if (known < 0) {
			this.#offered[this.#count] = docId;
			this.#count += 1;
			this.#score[docId] = Math.max(0, score);
		} else this.#score[docId] = Math.max(known, score);
	}

	/** The best `limit` that pass the filter, best first; the merge starts afresh after. */
	best(filter: (docId: number) => boolean, limit: number): number[] {
		const ids: number[] = [];
		const kept: number[] = [];
		try {
			for (let i = 0; i < this.#count; i += 1) {
				const id = this.#offered[i] ?? 0;
				const score = this.#score[id] ?? 0;
				if (limit <= 0 || (kept.length === limit && score <= (kept[limit - 1] ?? 0)) || !filter(id)) continue;
				// After every kept score at least as high: ties stay in the order offered.
				let at = kept.length;
				while (at > 0 && (kept[at - 1] ?? 0) < score) at -= 1;
				insertKept(ids, kept, at, id, score, limit);
			}
		} finally {
			this.clear();
		}
		return ids;
	}

	/** Forgets what was offered: only those entries are reset, not the whole array. */
	clear(): void {
		for (let i = 0; i < this.#count; i += 1) this.#score[this.#offered[i] ?? 0] = -1;
		this.#count = 0;
	}
}
