import type { CompactPostings } from './compact-postings.ts';
import { bm25, inverseFrequency } from './bm25.ts';
import { positionsOf } from './posting-positions.ts';
import { KeptHeap } from './kept-heap.ts';

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

	/** The terms found in at least `least` paragraphs' `field`. */
	termsIn(field: string, least: number): string[] {
		const fieldId = this.#postings.fieldIds[field] ?? -1;
		return [...this.#postings.terms.keys()].filter(
			(term) => (this.#postings.postings(term, fieldId)?.docs.length ?? 0) >= least,
		);
	}

	/** How many short ids there are: every short id is below this. */
	get documents(): number {
		return this.#postings.ids.length;
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
		const best = heap.drain();
		return { docs: best.at.map((at) => docs[at] ?? 0), scores: best.scores };
	}

	/**
	 * The `limit` best paragraphs having, for every part, at least one of its terms in `field`: the score
	 * `search` gives an AND of ORs of these terms in that field (the sum of their scores times how many of them
	 * matched); ties in id order (corpus order). For the keystroke path, where the same work happens on every key: which
	 * paragraphs have every part is worked out first, walking posting lists in step (ascending short ids), and only
	 * those are scored, each reading its field length (a cold cache line per paragraph, thousands for a common word).
	 */
	topAll(
		parts: readonly (readonly string[])[],
		field: string,
		limit: number,
		accept: (id: string) => boolean,
	): string[] {
		return this.topAllDocs(parts, field, limit, (docId) => accept(this.idOf(docId))).map((docId) => this.idOf(docId));
	}

	/** `topAll` by short ids. */
	topAllDocs(
		parts: readonly (readonly string[])[],
		field: string,
		limit: number,
		accept: (docId: number) => boolean,
	): number[] {
		const fieldId = this.#postings.fieldIds[field] ?? -1;
		const postingsOf = (term: string) => this.#postings.postings(term, fieldId);
		// Rarest part first: the paragraphs it leaves are the only ones later parts need to look at.
		const cost = (terms: readonly string[]) => terms.reduce((n, t) => n + (postingsOf(t)?.docs.length ?? 0), 0);
		const ordered = [...parts].sort((a, c) => cost(a) - cost(c)).map((terms) => [...new Set(terms)]);
		let running: Int32Array | undefined;
		for (let p = 0; p < ordered.length; p += 1) {
			const terms = ordered[p] ?? [];
			if (running === undefined) {
				running = unionOf(terms.flatMap((term) => postingsOf(term)?.docs ?? []));
			} else {
				const matched = new Uint8Array(running.length);
				for (let t = 0; t < terms.length; t += 1) {
					const docs = postingsOf(terms[t] ?? '')?.docs;
					if (!docs) continue;
					const positions = positionsIn(running, docs);
					for (let k = 0; k < positions.length; k += 1) matched[positions[k] ?? 0] = 1;
				}
				running = kept(running, matched);
			}
			if (running.length === 0) return [];
		}
		if (!running) return [];
		const scores = this.#scoresOf(running, ordered, fieldId);
		// The best `limit`, higher score first, then lower short id: kept in order as the candidates go by, instead of
		// an object per candidate and a sort of them all (only the first few are shown).
		const keptDocs: number[] = [];
		const keptScores: number[] = [];
		for (let i = 0; i < running.length; i += 1) {
			const docId = running[i] ?? 0;
			const score = scores[i] ?? 0;
			let at = keptDocs.length;
			while (
				at > 0 &&
				((keptScores[at - 1] ?? 0) < score || ((keptScores[at - 1] ?? 0) === score && (keptDocs[at - 1] ?? 0) > docId))
			)
				at -= 1;
			if (at >= limit || !accept(docId)) continue;
			insertKept(keptDocs, keptScores, at, docId, score, limit);
		}
		return keptDocs;
	}

	/**
	 * The final scores of paragraphs having every part: each term's score summed in the order the parts and terms are
	 * looked at (as `search` sums them), times how many distinct terms matched (a term in two parts counts once).
	 */
	#scoresOf(docs: Int32Array, parts: readonly (readonly string[])[], fieldId: number): Float64Array {
		const params = this.#postings.bm25;
		const lengths = this.#postings.fieldLengths[fieldId];
		const avgLength = this.#postings.avgFieldLength[fieldId] ?? 1;
		const sums = new Float64Array(docs.length);
		const matched = new Uint8Array(docs.length);
		const counted = new Set<string>();
		for (const terms of parts) {
			for (const term of terms) {
				const fresh = !counted.has(term);
				counted.add(term);
				const postings = this.#postings.postings(term, fieldId);
				if (!postings) continue;
				const idf = inverseFrequency(this.#postings.documentCount, postings.docs.length);
				let r = 0;
				const positions = positionsOf(docs, postings.docs);
				for (let k = 0; k < positions.length; k += 1) {
					const position = positions[k] ?? 0;
					const docId = postings.docs[position] ?? 0;
					while ((docs[r] ?? 0) < docId) r += 1;
					const termFreq = postings.freqs[position] ?? 0;
					sums[r] = (sums[r] ?? 0) + bm25(idf, termFreq, lengths?.[docId] ?? 0, avgLength, params);
					if (fresh) matched[r] = (matched[r] ?? 0) + 1;
				}
			}
		}
		for (let i = 0; i < sums.length; i += 1) sums[i] = (sums[i] ?? 0) * (matched[i] ?? 1);
		return sums;
	}
}

/**
 * Puts a paragraph at `at` among the kept ones (best first), the worst falling off once more than `limit` are kept.
 * In place, without `splice`, which makes an array of what it removes on every call (thousands per keystroke).
 */
export function insertKept(
	docs: number[],
	scores: number[],
	at: number,
	docId: number,
	score: number,
	limit: number,
): void {
	const count = Math.min(docs.length + 1, limit);
	for (let k = count - 1; k > at; k -= 1) {
		docs[k] = docs[k - 1] ?? 0;
		scores[k] = scores[k - 1] ?? 0;
	}
	docs[at] = docId;
	scores[at] = score;
}

/**
 * The union of ascending lists of short ids, ascending: merged two at a time from the shortest, so that a common
 * term's long list is copied once, not once per rare term beside it.
 */
function unionOf(lists: readonly Int32Array[]): Int32Array {
	const [first, ...rest] = [...lists].sort((x, y) => x.length - y.length);
	let union = first ?? new Int32Array(0);
	for (const list of rest) union = mergeTwo(union, list);
	return union;
}

/** The union of two ascending lists of short ids. */
function mergeTwo(a: Int32Array, b: Int32Array): Int32Array {
	if (a.length === 0) return b;
	const union = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] ?? 0;
		const y = b[j] ?? 0;
		union[n++] = x < y ? x : y;
		if (x <= y) i += 1;
		if (y <= x) j += 1;
	}
	union.set(a.subarray(i), n);
	n += a.length - i;
	union.set(b.subarray(j), n);
	n += b.length - j;
	return union.subarray(0, n);
}

/** The short ids of `running` whose flag is set, in order. */
function kept(running: Int32Array, flags: Uint8Array): Int32Array {
	const found = new Int32Array(running.length);
	let n = 0;
	for (let i = 0; i < running.length; i += 1) if (flags[i] === 1) found[n++] = running[i] ?? 0;
	return found.subarray(0, n);
}

/** Where in `running` (ascending) each of its short ids that `docs` (ascending) also has is. */
function positionsIn(running: Int32Array, docs: Int32Array): Int32Array {
	// `positionsOf` gives the places in `docs`; the places in `running` follow by walking it in step.
	const inDocs = positionsOf(running, docs);
	const found = new Int32Array(inDocs.length);
	let r = 0;
	for (let k = 0; k < inDocs.length; k += 1) {
		const docId = docs[inDocs[k] ?? 0] ?? 0;
		while ((running[r] ?? 0) < docId) r += 1;
		found[k] = r;
	}
	return found;
}
