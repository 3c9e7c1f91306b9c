import type { Query, SearchOptions, SearchResult } from 'minisearch';
import { findDoc, type Bm25, type CompactPostings } from './compact-postings.ts';

/**
 * MiniSearch's query tree, run with the same scores (BM25+ per field, boosts, `boostTerm`, the quality factor) but
 * without scoring what cannot match: MiniSearch scores every posting of every part of an AND and intersects
 * afterwards, so "human rights" scores every paragraph with "right" to keep the few with "human" too. Here the part
 * with the fewest postings runs first and each further part only looks at the paragraphs still in the running (the
 * shorter of the candidates and the posting list is walked). Scores are summed in the query's own order, so every
 * result and score is MiniSearch's own (a test compares both); only the work differs.
 *
 * It reads MiniSearch's postings in their compact copy (see `CompactPostings`): upgrading MiniSearch is checked by
 * that test, and the index snapshot's key holds MiniSearch's version.
 */

interface RawResult {
	score: number;
	terms: string[];
	match: Record<string, string[]>;
}

type Results = Map<number, RawResult>;
/** Paragraphs (MiniSearch's short ids) still in the running; none means all. */
type Candidates = ReadonlyMap<number, unknown> | undefined;

/** The options a node passes down, as MiniSearch merges them. */
interface NodeOptions {
	fields?: string[] | undefined;
	boost?: Record<string, number> | undefined;
	boostTerm?: ((term: string, i: number, terms: string[]) => number) | undefined;
	combineWith?: string | undefined;
	bm25?: Bm25 | undefined;
}

export class QueryExecutor {
	readonly #index: CompactPostings;
	constructor(postings: CompactPostings) {
		this.#index = postings;
	}

	/**
	 * Like `MiniSearch.search(query, options)` for a query tree whose leaves are analysed index terms: the options must
	 * not tokenize or process them (see `SEARCH_OPTIONS`), and fuzzy and prefix matching are not supported (the query
	 * plan expands words itself).
	 */
	search(query: Query, options: SearchOptions = {}): SearchResult[] {
		return this.matches(query, options).sort((a, b) => b.score - a.score);
	}

	/** The results of `search` in no particular order: for a caller that ranks them itself. */
	matches(query: Query, options: SearchOptions = {}): SearchResult[] {
		const merged: SearchOptions = { bm25: this.#index.bm25, ...options };
		const raw = this.#run(query, merged, undefined);
		const results: SearchResult[] = [];
		for (const [docId, { score, terms, match }] of raw) {
			const result = {
				id: this.#index.ids[docId],
				score: score * (terms.length || 1),
				terms: Object.keys(match),
				queryTerms: terms,
				match,
			} as SearchResult;
			if (merged.filter == null || merged.filter(result)) results.push(result);
		}
		return results;
	}

	/**
	 * The `limit` best paragraphs for one analysed term in one field, best first, scored as `search` would score the
	 * term alone in that field (with a boost of 1): a walk over its postings that keeps a bounded list, without a
	 * result object per posting. Ties keep the postings' order, as MiniSearch's stable sort does.
	 */
	top(term: string, field: string, limit: number): { id: string; score: number }[] {
		const fieldId = this.#index.fieldIds[field] ?? -1;
		const postings = this.#index.postings(term, fieldId);
		if (!postings || limit <= 0) return [];
		const { k, b, d } = this.#index.bm25;
		const { docs, freqs } = postings;
		const lengths = this.#index.fieldLengths[fieldId];
		const avgLength = this.#index.avgFieldLength[fieldId] ?? 1;
		const idf = Math.log(1 + (this.#index.documentCount - docs.length + 0.5) / (docs.length + 0.5));
		// Kept sorted, best first; a new posting enters only above the last kept score.
		const kept: { docId: number; score: number }[] = [];
		for (let i = 0; i < docs.length; i += 1) {
			const docId = docs[i] ?? 0;
			const termFreq = freqs[i] ?? 0;
			const fieldLength = lengths?.[docId] ?? 0;
			const score = idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgLength)));
			if (kept.length === limit && score <= (kept[limit - 1]?.score ?? 0)) continue;
			let at = kept.length;
			while (at > 0 && (kept[at - 1]?.score ?? 0) < score) at -= 1;
			kept.splice(at, 0, { docId, score });
			if (kept.length > limit) kept.pop();
		}
		return kept.map(({ docId, score }) => ({ id: this.#index.ids[docId] ?? '', score }));
	}

	/**
	 * The `limit` best paragraphs having, for every part, at least one of its terms in `field`: the score
	 * `search` gives an AND of ORs of these terms in that field (the sum of their scores times how many of them
	 * matched), kept in two arrays over all paragraphs instead of a result object per posting; ties in id order
	 * (corpus order). For the keystroke path, where the same work happens on every key.
	 */
	topAll(
		parts: readonly (readonly string[])[],
		field: string,
		limit: number,
		accept: (id: string) => boolean,
	): string[] {
		const fieldId = this.#index.fieldIds[field] ?? -1;
		const { k, b, d } = this.#index.bm25;
		const lengths = this.#index.fieldLengths[fieldId];
		const avgLength = this.#index.avgFieldLength[fieldId] ?? 1;
		const size = this.#index.ids.length;
		const scores = new Float64Array(size);
		const termsMatched = new Uint8Array(size);
		const partsMatched = new Uint8Array(size);
		const seen = new Uint8Array(size);
		// Rarest part first: the paragraphs it leaves are the only ones later parts need to score.
		const cost = (terms: readonly string[]) =>
			terms.reduce((n, t) => n + (this.#index.postings(t, fieldId)?.docs.length ?? 0), 0);
		const ordered = [...parts].sort((a, c) => cost(a) - cost(c));
		let running: number[] | undefined;
		// A term in two parts counts once in how many matched, as in `search`.
		const counted = new Set<string>();
		for (const [p, terms] of ordered.entries()) {
			const found: number[] = [];
			for (const term of new Set(terms)) {
				const fresh = !counted.has(term);
				counted.add(term);
				const postings = this.#index.postings(term, fieldId);
				if (!postings) continue;
				const { docs, freqs } = postings;
				const idf = Math.log(1 + (this.#index.documentCount - docs.length + 0.5) / (docs.length + 0.5));
				for (let i = 0; i < docs.length; i += 1) {
					const docId = docs[i] ?? 0;
					if (partsMatched[docId] !== p) continue;
					const termFreq = freqs[i] ?? 0;
					const fieldLength = lengths?.[docId] ?? 0;
					scores[docId] =
						(scores[docId] ?? 0) +
						idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgLength)));
					if (fresh) termsMatched[docId] = (termsMatched[docId] ?? 0) + 1;
					if (seen[docId] !== p + 1) {
						seen[docId] = p + 1;
						found.push(docId);
					}
				}
			}
			for (const docId of found) partsMatched[docId] = p + 1;
			running = found;
			if (found.length === 0) return [];
		}
		const best = (running ?? [])
			.filter((docId) => accept(this.#index.ids[docId] ?? ''))
			.map((docId) => ({ docId, score: (scores[docId] ?? 0) * (termsMatched[docId] ?? 1) }))
			.sort((x, y) => y.score - x.score || x.docId - y.docId);
		return best.slice(0, limit).map(({ docId }) => this.#index.ids[docId] ?? '');
	}

	#run(query: Query, inherited: NodeOptions, candidates: Candidates): Results {
		if (typeof query === 'string') return this.#leaf(query, inherited, candidates);
		const { queries, ...own } = query as NodeOptions & { queries: Query[] };
		const options: NodeOptions = { ...inherited, ...own };
		const operator = (options.combineWith ?? 'OR').toUpperCase();
		if (queries.length === 0) return new Map();
		if (operator === 'AND') return this.#and(queries, options, candidates);
		if (operator === 'AND_NOT') {
			const [first, ...rest] = queries;
			const kept = this.#run(first as Query, options, candidates);
			for (const excluded of rest) {
				if (kept.size === 0) break;
				for (const docId of this.#run(excluded, options, kept).keys()) kept.delete(docId);
			}
			return kept;
		}
		if (operator !== 'OR') throw new Error(`Invalid combination operator: ${String(options.combineWith)}`);
		const parts = queries.map((q) => this.#run(q, options, candidates));
		return parts.reduce(orInto);
	}

	/** Every part required: the rarest first, each next part scored only where all before it matched. */
	#and(queries: readonly Query[], options: NodeOptions, candidates: Candidates): Results {
		const order = queries
			.map((q, i) => ({ i, cost: this.#cost(q, options) }))
			.sort((a, b) => a.cost - b.cost || a.i - b.i);
		const parts: Results[] = Array.from({ length: queries.length });
		let running: Candidates = candidates;
		for (const { i } of order) {
			const part = this.#run(queries[i] as Query, options, running);
			parts[i] = part;
			if (part.size === 0) return new Map();
			// Scored over the paragraphs still in the running, the part holds only those that remain.
			running = part;
		}
		// Summed in the query's order, as MiniSearch's reduce does, so that scores are identical.
		const combined: Results = new Map();
		const last = parts[parts.length - 1] as Results;
		for (const docId of last.keys()) {
			if (!parts.every((p) => p.has(docId))) continue;
			const first = parts[0]?.get(docId) as RawResult;
			const result: RawResult = { score: first.score, terms: first.terms, match: first.match };
			for (let p = 1; p < parts.length; p += 1) {
				const next = parts[p]?.get(docId) as RawResult;
				addUniqueTerms(result.terms, next.terms);
				result.score += next.score;
				result.match = Object.assign(result.match, next.match);
			}
			combined.set(docId, result);
		}
		return combined;
	}

	/** An upper bound of the postings a part walks: what orders the parts of an AND. */
	#cost(query: Query, options: NodeOptions): number {
		if (typeof query === 'string') {
			let n = 0;
			for (const field of this.#fields(options)) {
				n += this.#index.postings(query, this.#index.fieldIds[field] ?? -1)?.docs.length ?? 0;
			}
			return n;
		}
		const { queries, ...own } = query as NodeOptions & { queries: Query[] };
		const merged: NodeOptions = { ...options, ...own };
		const costs = queries.map((q) => this.#cost(q, merged));
		const operator = (merged.combineWith ?? 'OR').toUpperCase();
		if (operator === 'AND') return Math.min(...costs);
		if (operator === 'AND_NOT') return costs[0] ?? 0;
		return costs.reduce((a, b) => a + b, 0);
	}

	#fields(options: NodeOptions): readonly string[] {
		return options.fields ?? this.#index.fields;
	}

	/** One analysed term: MiniSearch's `termResults` for it, over the candidates only. */
	#leaf(term: string, options: NodeOptions, candidates: Candidates): Results {
		const results: Results = new Map();
		if (term === '' || !this.#index.terms.has(term)) return results;
		const termBoost = options.boostTerm ? options.boostTerm(term, 0, [term]) : 1;
		const { k, b, d } = options.bm25 ?? this.#index.bm25;
		const documentCount = this.#index.documentCount;
		for (const field of this.#fields(options)) {
			const fieldBoost = options.boost?.[field] || 1;
			const fieldId = this.#index.fieldIds[field] ?? -1;
			const postings = this.#index.postings(term, fieldId);
			if (postings === undefined) continue;
			const { docs, freqs } = postings;
			const lengths = this.#index.fieldLengths[fieldId];
			const avgLength = this.#index.avgFieldLength[fieldId] ?? 1;
			const idf = Math.log(1 + (documentCount - docs.length + 0.5) / (docs.length + 0.5));
			const score = (docId: number, termFreq: number) => {
				const fieldLength = lengths?.[docId] ?? 0;
				const raw = idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgLength)));
				const weighted = termBoost * fieldBoost * raw;
				const result = results.get(docId);
				if (result) {
					result.score += weighted;
					if (!result.terms.includes(term)) result.terms.push(term);
					const match = Object.hasOwn(result.match, term) ? result.match[term] : undefined;
					if (match) match.push(field);
					else result.match[term] = [field];
				} else {
					results.set(docId, { score: weighted, terms: [term], match: { [term]: [field] } });
				}
			};
			if (candidates !== undefined && candidates.size < docs.length) {
				for (const docId of candidates.keys()) {
					const at = findDoc(docs, docId);
					if (at >= 0) score(docId, freqs[at] ?? 0);
				}
			} else {
				for (let i = 0; i < docs.length; i += 1) {
					const docId = docs[i] ?? 0;
					if (candidates === undefined || candidates.has(docId)) score(docId, freqs[i] ?? 0);
				}
			}
		}
		return results;
	}
}

function orInto(a: Results, b: Results): Results {
	for (const [docId, next] of b) {
		const existing = a.get(docId);
		if (existing == null) {
			a.set(docId, next);
		} else {
			existing.score += next.score;
			existing.match = Object.assign(existing.match, next.match);
			addUniqueTerms(existing.terms, next.terms);
		}
	}
	return a;
}

function addUniqueTerms(target: string[], source: readonly string[]): void {
	for (const term of source) if (!target.includes(term)) target.push(term);
}
