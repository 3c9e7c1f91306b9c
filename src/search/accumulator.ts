/**
 * Scratch columns indexed by paragraph (short id) for merging lists of matches: a score and matched bits per
 * paragraph, and the list of paragraphs touched. Allocated once per index and reused by every query: a stamp per
 * paragraph says whether its entry belongs to the current merge, so nothing is cleared between merges. One merge at a
 * time (`begin` … `finish`); a caller must finish before another begins.
 */
export class Accumulator {
	readonly #stamps: Uint32Array;
	readonly #scores: Float64Array;
	readonly #touched: Int32Array;
	#bits = new Uint32Array(0);
	#epoch = 0;
	#count = 0;
	#words = 1;

	/** @param size - how many paragraphs (short ids run from 0 to size − 1) */
	constructor(readonly size: number) {
		this.#stamps = new Uint32Array(size);
		this.#scores = new Float64Array(size);
		this.#touched = new Int32Array(size);
	}

	/** Starts a merge of rows with `words` words of bits each. */
	begin(words: number): void {
		if (this.#bits.length < this.size * words) this.#bits = new Uint32Array(this.size * words);
		this.#words = words;
		this.#count = 0;
		this.#epoch += 1;
		if (this.#epoch === 0xffffffff) {
			this.#stamps.fill(0);
			this.#epoch = 1;
		}
	}

	/** Adds a score for a paragraph (summed in the order added) and ORs in one row of `bits`. */
	add(docId: number, score: number, bits: Uint32Array, row: number): void {
		const words = this.#words;
		if (this.#enter(docId, score)) {
			for (let w = 0; w < words; w += 1) this.#bits[docId * words + w] = bits[row * words + w] ?? 0;
		} else {
			for (let w = 0; w < words; w += 1) {
				this.#bits[docId * words + w] = (this.#bits[docId * words + w] ?? 0) | (bits[row * words + w] ?? 0);
			}
		}
	}

	/** Whether the paragraph is new to this merge (then its score is set), or its score is added to. */
	#enter(docId: number, score: number): boolean {
		if (this.#stamps[docId] === this.#epoch) {
			this.#scores[docId] = (this.#scores[docId] ?? 0) + score;
			return false;
		}
		this.#stamps[docId] = this.#epoch;
		this.#scores[docId] = score;
		this.#touched[this.#count] = docId;
		this.#count += 1;
		return true;
	}

	/** The merged rows, in ascending short id, in arrays of their own. */
	finish(): { docs: Int32Array; scores: Float64Array; bits: Uint32Array } {
		const words = this.#words;
		const docs = this.#touched.slice(0, this.#count).sort();
		const scores = new Float64Array(docs.length);
		const bits = new Uint32Array(docs.length * words);
		for (let row = 0; row < docs.length; row += 1) {
			const docId = docs[row] ?? 0;
			scores[row] = this.#scores[docId] ?? 0;
			for (let w = 0; w < words; w += 1) bits[row * words + w] = this.#bits[docId * words + w] ?? 0;
		}
		return { docs, scores, bits };
	}
}
