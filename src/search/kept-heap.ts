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

	/**
	 * The kept postings, best first, ties in posting order, as two arrays (positions and scores); empties the heap. The
	 * worst is taken off the root each time and placed from the end, so no sort and no object per posting.
	 */
	drain(): { at: Int32Array; scores: Float64Array } {
		const at = new Int32Array(this.#size);
		const scores = new Float64Array(this.#size);
		while (this.#size > 0) {
			const last = this.#size - 1;
			at[last] = this.#at[0] ?? 0;
			scores[last] = this.#scores[0] ?? 0;
			this.#removeRoot();
		}
		return { at, scores };
	}

	/** Takes the worst (the root) off, moving the last entry down to where it belongs. */
	#removeRoot(): void {
		this.#size -= 1;
		const size = this.#size;
		if (size === 0) return;
		const score = this.#scores[size] ?? 0;
		const position = this.#at[size] ?? 0;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= size) break;
			const right = left + 1;
			const child = right < size && this.#worse(right, left) ? right : left;
			const childScore = this.#scores[child] ?? 0;
			const childAt = this.#at[child] ?? 0;
			// Stop where the moved entry is worse than both children (a lower score, or equal and later).
			if (childScore > score || (childScore === score && childAt < position)) break;
			this.#scores[i] = childScore;
			this.#at[i] = childAt;
			i = child;
		}
		this.#scores[i] = score;
		this.#at[i] = position;
	}

	/** The kept postings, best first, ties in posting order. */
	bestFirst(): { at: number; score: number }[] {
		const kept = Array.from({ length: this.#size }, (_, i) => ({ at: this.#at[i] ?? 0, score: this.#scores[i] ?? 0 }));
		return kept.sort((x, y) => y.score - x.score || x.at - y.at);
	}
}
