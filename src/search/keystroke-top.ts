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
	/** The columns `topAll` works in, made on its first use. */
	#columns: KeystrokeColumns | undefined;

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
	 * matched), kept in two arrays over all paragraphs instead of a result object per posting; ties in id order
	 * (corpus order). For the keystroke path, where the same work happens on every key.
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
		// Columns over all paragraphs, kept between calls (a keystroke must not allocate and zero them each time): the
		// entries touched are set back to zero before returning.
		const { scores, termsMatched, partsMatched, seen } = (this.#columns ??= keystrokeColumns(
			this.#postings.ids.length,
		));
		// Rarest part first: the paragraphs it leaves are the only ones later parts need to score.
		const cost = (terms: readonly string[]) =>
			terms.reduce((n, t) => n + (this.#postings.postings(t, fieldId)?.docs.length ?? 0), 0);
		const ordered = [...parts].sort((a, c) => cost(a) - cost(c));
		let running: number[] = [];
		/** Every paragraph whose entries change: those of the first part (later parts keep some of them). */
		let touched: number[] = [];
		// A term in two parts counts once in how many matched, as in `search`.
		const counted = new Set<string>();
		try {
			for (const [p, terms] of ordered.entries()) {
				const found: number[] = [];
				// After the first part, only the paragraphs still in the running are looked up in each posting list.
				const candidates = p === 0 ? undefined : Int32Array.from(running).sort();
				for (const term of new Set(terms)) {
					const fresh = !counted.has(term);
					counted.add(term);
					const postings = this.#postings.postings(term, fieldId);
					if (!postings) continue;
					const { docs, freqs } = postings;
					const idf = inverseFrequency(this.#postings.documentCount, docs.length);
					const at = candidates === undefined ? undefined : positionsOf(candidates, docs);
					const count = at === undefined ? docs.length : at.length;
					for (let j = 0; j < count; j += 1) {
						const i = at === undefined ? j : (at[j] ?? 0);
						const docId = docs[i] ?? 0;
						if (partsMatched[docId] !== p) continue;
						const termFreq = freqs[i] ?? 0;
						const fieldLength = lengths?.[docId] ?? 0;
						scores[docId] = (scores[docId] ?? 0) + bm25(idf, termFreq, fieldLength, avgLength, params);
						if (fresh) termsMatched[docId] = (termsMatched[docId] ?? 0) + 1;
						if (seen[docId] !== p + 1) {
							seen[docId] = p + 1;
							found.push(docId);
						}
					}
				}
				for (const docId of found) partsMatched[docId] = p + 1;
				if (p === 0) touched = found;
				running = found;
				if (found.length === 0) return [];
			}
			// The best `limit`, higher score first, then lower short id: kept in order as the candidates go by, instead of
			// an object per candidate and a sort of them all (only the first few are shown).
			const keptDocs: number[] = [];
			const keptScores: number[] = [];
			for (const docId of running) {
				const score = (scores[docId] ?? 0) * (termsMatched[docId] ?? 1);
				let at = keptDocs.length;
				while (
					at > 0 &&
					((keptScores[at - 1] ?? 0) < score ||
						((keptScores[at - 1] ?? 0) === score && (keptDocs[at - 1] ?? 0) > docId))
				)
					at -= 1;
				if (at >= limit || !accept(this.#postings.ids[docId] ?? '')) continue;
				keptDocs.splice(at, 0, docId);
				keptScores.splice(at, 0, score);
				if (keptDocs.length > limit) {
					keptDocs.pop();
					keptScores.pop();
				}
			}
			return keptDocs.map((docId) => this.#postings.ids[docId] ?? '');
		} finally {
			for (const docId of touched) {
				scores[docId] = 0;
				termsMatched[docId] = 0;
				partsMatched[docId] = 0;
				seen[docId] = 0;
			}
		}
	}
}

/** What `topAll` keeps per paragraph while it runs. */
interface KeystrokeColumns {
	scores: Float64Array;
	termsMatched: Uint8Array;
	partsMatched: Uint8Array;
	seen: Uint8Array;
}

function keystrokeColumns(size: number): KeystrokeColumns {
	return {
		scores: new Float64Array(size),
		termsMatched: new Uint8Array(size),
		partsMatched: new Uint8Array(size),
		seen: new Uint8Array(size),
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
