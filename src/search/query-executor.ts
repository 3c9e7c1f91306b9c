import type { Query, SearchOptions } from 'minisearch';
import type { Bm25, CompactPostings } from './compact-postings.ts';
import { Accumulator } from './accumulator.ts';
import { MatchSet, SlotLayout } from './match-set.ts';
import { bm25, inverseFrequency } from './bm25.ts';
import { MAX_MERGED_PARTS, mergeParts, NONE, without, type Part } from './match-part.ts';
import { positionsOf } from './posting-positions.ts';

/**
 * MiniSearch's query tree, run with the same scores (BM25+ per field, boosts, `boostTerm`, the quality factor) but
 * without scoring what cannot match: MiniSearch scores every posting of every part of an AND and intersects
 * afterwards, so "human rights" scores every paragraph with "right" to keep the few with "human" too. Here the part
 * with the fewest postings runs first and each further part only looks at the paragraphs still in the running (the
 * shorter of the candidates and the posting list is walked). Scores are summed in the query's own order, so every
 * result and score is MiniSearch's own (a test compares both); only the work differs.
 *
 * Each node's matches are columns (ascending paragraph ids, scores, and a bit per query term and field that matched;
 * see `MatchSet`): MiniSearch makes a result object, a `match` record and a terms array per paragraph and per node,
 * which at 30,000 paragraphs cost more than the scoring. An AND walks its parts in step (all ascending); an OR and a
 * term's fields are merged in scratch columns reused by every query (see `Accumulator`).
 *
 * It reads MiniSearch's postings in their compact copy (see `CompactPostings`): upgrading MiniSearch is checked by
 * that test, and the index snapshot's key holds MiniSearch's version.
 */

/** Paragraphs (short ids, ascending) still in the running; none means all. */
type Candidates = Int32Array | undefined;

/** The options a node passes down, as MiniSearch merges them. */
interface NodeOptions {
	fields?: string[] | undefined;
	boost?: Record<string, number> | undefined;
	boostTerm?: ((term: string, i: number, terms: string[]) => number) | undefined;
	combineWith?: string | undefined;
	bm25?: Bm25 | undefined;
}

/** What one run of a query shares between its nodes. */
interface Run {
	layout: SlotLayout;
	words: number;
}

export class QueryExecutor {
	readonly #index: CompactPostings;
	/** Field names by field id: the order of the bits and of each term's fields in a `match` record. */
	readonly #fieldNames: string[];
	/** Scratch space for merging the parts of an OR and a term's fields, reused by every query (see `Accumulator`). */
	readonly #merge: Accumulator;
	constructor(postings: CompactPostings) {
		this.#index = postings;
		this.#fieldNames = [];
		for (const [name, id] of Object.entries(postings.fieldIds)) this.#fieldNames[id] = name;
		this.#merge = new Accumulator(postings.ids.length);
	}

	/**
	 * The results of MiniSearch's `search` as columns (see `MatchSet`), for a caller that ranks them itself: the same paragraphs and
	 * scores, without an object per paragraph. `keep` leaves paragraphs out by id (as a filter would).
	 */
	matchSet(query: Query, options: SearchOptions = {}, keep?: (id: string) => boolean): MatchSet {
		const { ids } = this.#index;
		const layout = new SlotLayout(this.#fieldNames);
		this.#collectTerms(query, layout);
		const run: Run = { layout, words: layout.words };
		const merged: NodeOptions = { bm25: this.#index.bm25, ...(options as NodeOptions) };
		const part = this.#run(query, merged, undefined, run);
		const { words } = run;
		const termCount = layout.terms.length;
		const fieldCount = this.#fieldNames.length;
		const docs = new Int32Array(part.docs.length);
		const scores = new Float64Array(part.docs.length);
		const bits = new Uint32Array(part.docs.length * words);
		let kept = 0;
		for (let row = 0; row < part.docs.length; row += 1) {
			const docId = part.docs[row] ?? 0;
			if (keep !== undefined && !keep(ids[docId] ?? '')) continue;
			// MiniSearch multiplies the sum by how many of the query's terms matched (in any field).
			let matched = 0;
			for (let t = 0; t < termCount; t += 1) {
				for (let f = 0; f < fieldCount; f += 1) {
					const slot = t * fieldCount + f;
					if (((part.bits[row * words + (slot >>> 5)] ?? 0) & (1 << (slot & 31))) !== 0) {
						matched += 1;
						break;
					}
				}
			}
			docs[kept] = docId;
			scores[kept] = (part.scores[row] ?? 0) * (matched || 1);
			for (let w = 0; w < words; w += 1) bits[kept * words + w] = part.bits[row * words + w] ?? 0;
			kept += 1;
		}
		return new MatchSet(docs.subarray(0, kept), scores.subarray(0, kept), bits.subarray(0, kept * words), layout, ids);
	}

	/** Every index term the query's leaves name, in the order they appear: each gets its bits in the layout. */
	#collectTerms(query: Query, layout: SlotLayout): void {
		if (typeof query === 'string') {
			if (this.#index.terms.has(query)) layout.add(query);
			return;
		}
		for (const q of (query as { queries: Query[] }).queries) this.#collectTerms(q, layout);
	}

	#run(query: Query, inherited: NodeOptions, candidates: Candidates, run: Run): Part {
		if (typeof query === 'string') return this.#leaf(query, inherited, candidates, run);
		const { queries, ...own } = query as NodeOptions & { queries: Query[] };
		const options: NodeOptions = { ...inherited, ...own };
		const operator = (options.combineWith ?? 'OR').toUpperCase();
		if (queries.length === 0) return NONE;
		if (operator === 'AND') return this.#and(queries, options, candidates, run);
		if (operator === 'AND_NOT') {
			const [first, ...rest] = queries;
			let kept = this.#run(first as Query, options, candidates, run);
			for (const excluded of rest) {
				if (kept.docs.length === 0) break;
				kept = without(kept, this.#run(excluded, options, kept.docs, run).docs, run.words);
			}
			return kept;
		}
		if (operator !== 'OR') throw new Error(`Invalid combination operator: ${String(options.combineWith)}`);
		const parts = queries.map((q) => this.#run(q, options, candidates, run)).filter((p) => p.docs.length > 0);
		if (parts.length === 0) return NONE;
		if (parts.length === 1) return parts[0] as Part;
		if (parts.length <= MAX_MERGED_PARTS) return mergeParts(parts, run.words);
		// Summed part by part in the query's order, as MiniSearch's reduce does, so that scores are identical.
		const merge = this.#merge;
		merge.begin(run.words);
		for (const part of parts) {
			for (let row = 0; row < part.docs.length; row += 1) {
				merge.add(part.docs[row] ?? 0, part.scores[row] ?? 0, part.bits, row);
			}
		}
		return merge.finish();
	}

	/** Every part required: the rarest first, each next part scored only where all before it matched. */
	#and(queries: readonly Query[], options: NodeOptions, candidates: Candidates, run: Run): Part {
		const order = queries
			.map((q, i) => ({ i, cost: this.#cost(q, options) }))
			.sort((a, b) => a.cost - b.cost || a.i - b.i);
		const parts: Part[] = Array.from({ length: queries.length });
		let running: Candidates = candidates;
		let last: Part = NONE;
		for (const { i } of order) {
			last = this.#run(queries[i] as Query, options, running, run);
			parts[i] = last;
			if (last.docs.length === 0) return NONE;
			// Scored over the paragraphs still in the running, the part holds only those that remain.
			running = last.docs;
		}
		if (parts.length === 1) return last;
		// The part run last holds exactly the paragraphs every part has; each part is walked once, in step with it.
		const { words } = run;
		const size = last.docs.length;
		const scores = new Float64Array(size);
		const bits = new Uint32Array(size * words);
		const at = new Int32Array(parts.length);
		for (let row = 0; row < size; row += 1) {
			const docId = last.docs[row] ?? 0;
			// Summed in the query's order, as MiniSearch's reduce does, so that scores are identical.
			let score = 0;
			for (let p = 0; p < parts.length; p += 1) {
				const part = parts[p] as Part;
				let i = at[p] ?? 0;
				while ((part.docs[i] ?? Infinity) < docId) i += 1;
				at[p] = i;
				score = p === 0 ? (part.scores[i] ?? 0) : score + (part.scores[i] ?? 0);
				for (let w = 0; w < words; w += 1) {
					bits[row * words + w] = (bits[row * words + w] ?? 0) | (part.bits[i * words + w] ?? 0);
				}
			}
			scores[row] = score;
		}
		return { docs: last.docs, scores, bits };
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
	#leaf(term: string, options: NodeOptions, candidates: Candidates, run: Run): Part {
		const termIndex = run.layout.termIndex(term);
		if (term === '' || termIndex < 0) return NONE;
		const termBoost = options.boostTerm ? options.boostTerm(term, 0, [term]) : 1;
		const params = options.bm25 ?? this.#index.bm25;
		const documentCount = this.#index.documentCount;
		const { words } = run;
		const byField: { slot: number; docs: Int32Array; scores: Float64Array }[] = [];
		for (const field of this.#fields(options)) {
			const fieldBoost = options.boost?.[field] || 1;
			const fieldId = this.#index.fieldIds[field] ?? -1;
			const postings = this.#index.postings(term, fieldId);
			if (postings === undefined) continue;
			const { docs, freqs } = postings;
			const lengths = this.#index.fieldLengths[fieldId];
			const avgLength = this.#index.avgFieldLength[fieldId] ?? 1;
			const idf = inverseFrequency(documentCount, docs.length);
			const at = candidates === undefined ? undefined : positionsOf(candidates, docs);
			const size = at === undefined ? docs.length : at.length;
			const found = at === undefined ? docs : new Int32Array(size);
			const scores = new Float64Array(size);
			for (let i = 0; i < size; i += 1) {
				const position = at === undefined ? i : (at[i] ?? 0);
				const docId = docs[position] ?? 0;
				const termFreq = freqs[position] ?? 0;
				const fieldLength = lengths?.[docId] ?? 0;
				scores[i] = termBoost * fieldBoost * bm25(idf, termFreq, fieldLength, avgLength, params);
				if (at !== undefined) found[i] = docId;
			}
			if (size > 0) byField.push({ slot: run.layout.slot(termIndex, fieldId), docs: found, scores });
		}
		if (byField.length === 0) return NONE;
		// Several fields (an index has a few: the text and its theme labels): a paragraph's score adds them up field by
		// field, as MiniSearch does.
		const parts = byField.map(({ slot, docs, scores }): Part => {
			const bits = new Uint32Array(docs.length * words);
			for (let row = 0; row < docs.length; row += 1) bits[row * words + (slot >>> 5)] = 1 << (slot & 31);
			return { docs, scores, bits };
		});
		return parts.length === 1 ? (parts[0] as Part) : mergeParts(parts, words);
	}
}
