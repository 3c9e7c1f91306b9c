import type { CompactPostings } from './compact-postings.ts';
import { bm25, inverseFrequency } from './bm25.ts';
import { positionsOf } from './posting-positions.ts';

/**
 * The keystroke path's ranking (autocomplete): the best paragraphs for a term, or for every part of a few, scored as
 * the query executor would score them, without building its match columns: the same work happens on every key, so
 * it keeps one set of columns over all paragraphs between calls and allocates nothing per posting.
 */
export class KeystrokeTop {
	readonly #postings: CompactPostings;

	constructor(postings: CompactPostings) {
		this.#postings = postings;
	}

	/**
	 * The `limit` best paragraphs for one analysed term in one field, best first, scored as `search` would score the
	 * term alone in that field (with a boost of 1): a walk over its postings that keeps the best in a bounded heap of
	 * two typed arrays, without an object per posting. Ties keep the postings' order, as MiniSearch's stable sort does.
	 */
	top(term: string, field: string, limit: number): { id: string; score: number }[] {
		const { docs, scores } = this.topDocs(term, field, limit);
		return Array.from(docs, (docId, i) => ({ id: this.idOf(docId), score: scores[i] ?? 0 }));
	}

	/** The paragraph id of a short id ('' for one MiniSearch discarded). */
	idOf(docId: number): string {
		return this.#postings.ids[docId] ?? '';
	}

	/** `top` as short ids and scores, best first: what the keystroke path keeps per term (no object per paragraph). */
	topDocs(term: string, field: string, limit: number): { docs: Int32Array; scores: Float64Array } {
		const fieldId = this.#postings.fieldIds[field] ?? -1;
		const postings = this.#postings.postings(term, fieldId);
		if (!postings || limit <= 0) return { docs: new Int32Array(0), scores: new Float64Array(0) };
		const params = this.#postings.bm25;
		const { docs, freqs } = postings;
		const lengths = this.#postings.fieldLengths[fieldId];
		const avgLength = this.#postings.avgFieldLength[fieldId] ?? 1;
		const idf = inverseFrequency(this.#postings.documentCount, docs.length);
		const heap = new KeptHeap(Math.min(limit, docs.length));
		for (let i = 0; i < docs.length; i += 1) {
			const termFreq = freqs[i] ?? 0;
			const fieldLength = lengths?.[docs[i] ?? 0] ?? 0;
			heap.offer(bm25(idf, termFreq, fieldLength, avgLength, params), i);
		}
		const best = heap.bestFirst();
		return {
			docs: Int32Array.from(best, ({ at }) => docs[at] ?? 0),
			scores: Float64Array.from(best, ({ score }) => score),
		};
	}

	/**
	 * The `limit` best paragraphs having, for every part, at least one of its terms in `field`: the score
	 * `search` gives an AND of ORs of these terms in that field (the sum of their scores times how many of them
	 * matched); ties in id order (corpus order). For the keystroke path, where the same work happens on every key: the
	 * paragraphs still in the running are columns in ascending short id, and each part's postings are walked in step
	 * with them, so that nothing is scattered over arrays as long as the corpus (a cold cache line per paragraph).
	 */
	topAll(
		parts: readonly (readonly string[])[],
		field: string,
		limit: number,
		accept: (id: string) => boolean,
	): string[] {
		const fieldId = this.#postings.fieldIds[field] ?? -1;
		const params = this.#postings.bm25;
		const lengths = this.#postings.fieldLengths[fieldId];
		const avgLength = this.#postings.avgFieldLength[fieldId] ?? 1;
		const scoreOf = (idf: number, termFreq: number, docId: number) =>
			bm25(idf, termFreq, lengths?.[docId] ?? 0, avgLength, params);
		// Rarest part first: the paragraphs it leaves are the only ones later parts need to score.
		const cost = (terms: readonly string[]) =>
			terms.reduce((n, t) => n + (this.#postings.postings(t, fieldId)?.docs.length ?? 0), 0);
		const ordered = [...parts].sort((a, c) => cost(a) - cost(c));
		// A term in two parts counts once in how many matched, as in `search`.
		const counted = new Set<string>();
		let running: Running | undefined;
		for (const terms of ordered) {
			// The first part: every paragraph with one of its terms; a later one: those still in the running that have one.
			const next: Running = running ?? {
				docs: new Int32Array(0),
				scores: new Float64Array(0),
				terms: new Uint8Array(0),
			};
			const matched = running ? new Uint8Array(running.docs.length) : undefined;
			let union = next;
			for (const term of new Set(terms)) {
				const fresh = !counted.has(term);
				counted.add(term);
				const postings = this.#postings.postings(term, fieldId);
				if (!postings) continue;
				const idf = inverseFrequency(this.#postings.documentCount, postings.docs.length);
				if (matched) addWhereRunning(union, matched, postings, fresh, (freq, docId) => scoreOf(idf, freq, docId));
				else union = unionWith(union, postings, fresh, (freq, docId) => scoreOf(idf, freq, docId));
			}
			running = matched ? keepMatched(union, matched) : union;
			if (running.docs.length === 0) return [];
		}
		if (!running) return [];
		// The best `limit`, higher score first, then lower short id: kept in order as the candidates go by, instead of
		// an object per candidate and a sort of them all (only the first few are shown).
		const keptDocs: number[] = [];
		const keptScores: number[] = [];
		for (let i = 0; i < running.docs.length; i += 1) {
			const docId = running.docs[i] ?? 0;
			const score = (running.scores[i] ?? 0) * (running.terms[i] ?? 1);
			let at = keptDocs.length;
			while (
				at > 0 &&
				((keptScores[at - 1] ?? 0) < score || ((keptScores[at - 1] ?? 0) === score && (keptDocs[at - 1] ?? 0) > docId))
			)
				at -= 1;
			if (at >= limit || !accept(this.idOf(docId))) continue;
			keptDocs.splice(at, 0, docId);
			keptScores.splice(at, 0, score);
			if (keptDocs.length > limit) {
				keptDocs.pop();
				keptScores.pop();
			}
		}
		return keptDocs.map((docId) => this.idOf(docId));
	}
}

/** The paragraphs in the running (ascending short ids), their scores summed so far, and how many terms matched. */
interface Running {
	docs: Int32Array;
	scores: Float64Array;
	terms: Uint8Array;
}

/** `running` with the paragraphs of a term's postings added (scores summed in the order terms come). */
function unionWith(
	running: Running,
	postings: { docs: Int32Array; freqs: Uint16Array },
	fresh: boolean,
	score: (termFreq: number, docId: number) => number,
): Running {
	const { docs, freqs } = postings;
	const size = running.docs.length + docs.length;
	const union: Running = { docs: new Int32Array(size), scores: new Float64Array(size), terms: new Uint8Array(size) };
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < running.docs.length || j < docs.length) {
		const a = i < running.docs.length ? (running.docs[i] ?? 0) : Infinity;
		const c = j < docs.length ? (docs[j] ?? 0) : Infinity;
		if (a <= c) {
			union.docs[n] = a;
			union.scores[n] = running.scores[i] ?? 0;
			union.terms[n] = running.terms[i] ?? 0;
			i += 1;
		} else {
			union.docs[n] = c;
			union.scores[n] = 0;
			union.terms[n] = 0;
		}
		if (c === union.docs[n]) {
			union.scores[n] = (union.scores[n] ?? 0) + score(freqs[j] ?? 0, c);
			if (fresh) union.terms[n] = (union.terms[n] ?? 0) + 1;
			j += 1;
		}
		n += 1;
	}
	return { docs: union.docs.subarray(0, n), scores: union.scores.subarray(0, n), terms: union.terms.subarray(0, n) };
}

/** Adds a term's scores to the paragraphs in the running that have it, and marks them as matched. */
function addWhereRunning(
	running: Running,
	matched: Uint8Array,
	postings: { docs: Int32Array; freqs: Uint16Array },
	fresh: boolean,
	score: (termFreq: number, docId: number) => number,
): void {
	const { docs, freqs } = postings;
	const at = positionsOf(running.docs, docs);
	// `positionsOf` gives, in ascending order, where in the postings each running paragraph that has the term is.
	let r = 0;
	for (let k = 0; k < at.length; k += 1) {
		const position = at[k] ?? 0;
		const docId = docs[position] ?? 0;
		while ((running.docs[r] ?? 0) < docId) r += 1;
		running.scores[r] = (running.scores[r] ?? 0) + score(freqs[position] ?? 0, docId);
		if (fresh) running.terms[r] = (running.terms[r] ?? 0) + 1;
		matched[r] = 1;
	}
}

/** The paragraphs of the running that the last part matched. */
function keepMatched(running: Running, matched: Uint8Array): Running {
	let n = 0;
	for (let i = 0; i < running.docs.length; i += 1) {
		if (matched[i] !== 1) continue;
		running.docs[n] = running.docs[i] ?? 0;
		running.scores[n] = running.scores[i] ?? 0;
		running.terms[n] = running.terms[i] ?? 0;
		n += 1;
	}
	return {
		docs: running.docs.subarray(0, n),
		scores: running.scores.subarray(0, n),
		terms: running.terms.subarray(0, n),
	};
}

/**
 * The best `size` of a stream of scored postings (offered in posting order): a min-heap whose root is the worst kept,
 * the lowest score or, among equal scores, the latest posting. A later posting with the root's score is not better
 * (ties keep the postings' order), so most postings of a common word cost one comparison.
 */
export class KeptHeap {
	readonly #scores: Float64Array;
	readonly #at: Int32Array;
	#size = 0;

	constructor(readonly capacity: number) {
		this.#scores = new Float64Array(capacity);
		this.#at = new Int32Array(capacity);
	}

	offer(score: number, at: number): void {
		if (this.#size < this.capacity) {
			let i = this.#size;
			this.#size += 1;
			// Up while the parent is better than the new one (new ones come last: on a tie the parent is better).
			while (i > 0) {
				const parent = (i - 1) >> 1;
				if ((this.#scores[parent] ?? 0) < score) break;
				this.#scores[i] = this.#scores[parent] ?? 0;
				this.#at[i] = this.#at[parent] ?? 0;
				i = parent;
			}
			this.#scores[i] = score;
			this.#at[i] = at;
			return;
		}
		if (this.capacity === 0 || score <= (this.#scores[0] ?? 0)) return;
		// Replace the worst and sink it: down to the worse child while that child is worse than it (a lower score: an
		// equal one comes earlier, so it is better).
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= this.#size) break;
			const right = left + 1;
			const child = right < this.#size && this.#worse(right, left) ? right : left;
			const childScore = this.#scores[child] ?? 0;
			if (childScore >= score) break;
			this.#scores[i] = childScore;
			this.#at[i] = this.#at[child] ?? 0;
			i = child;
		}
		this.#scores[i] = score;
		this.#at[i] = at;
	}

	/** Whether the entry at heap position `a` is worse than the one at `b`: a lower score, or a later posting. */
	#worse(a: number, b: number): boolean {
		const sa = this.#scores[a] ?? 0;
		const sb = this.#scores[b] ?? 0;
		return sa < sb || (sa === sb && (this.#at[a] ?? 0) > (this.#at[b] ?? 0));
	}

	/** The kept postings, best first, ties in posting order. */
	bestFirst(): { at: number; score: number }[] {
		const kept = Array.from({ length: this.#size }, (_, i) => ({ at: this.#at[i] ?? 0, score: this.#scores[i] ?? 0 }));
		return kept.sort((x, y) => y.score - x.score || x.at - y.at);
	}
}
