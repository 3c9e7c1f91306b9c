/**
 * The paragraphs a query matched, as columns: short ids ascending, MiniSearch's score, and which query term matched
 * in which field as bits. A search at 30,000 paragraphs matches thousands of them; a result object, a `match` record
 * and a terms array for each (as MiniSearch makes) cost more than the scoring itself, and most are never shown. The
 * records are made here only for the rows asked for (see `match`).
 */

/** Where each (term, field) pair of one query has its bit: term index × field count + field id. */
export class SlotLayout {
	readonly terms: string[] = [];
	readonly #termIndex = new Map<string, number>();
	/** 32-bit words of bits per row. */
	words = 1;

	constructor(readonly fields: readonly string[]) {}

	/** Gives a term its index (once): called for every leaf before the query runs. */
	add(term: string): void {
		if (this.#termIndex.has(term)) return;
		this.#termIndex.set(term, this.terms.length);
		this.terms.push(term);
		this.words = Math.max(1, Math.ceil((this.terms.length * this.fields.length) / 32));
	}

	termIndex(term: string): number {
		return this.#termIndex.get(term) ?? -1;
	}

	slot(termIndex: number, fieldId: number): number {
		return termIndex * this.fields.length + fieldId;
	}

	/** A row-sized mask with the bits of these terms in one field (terms not in the query are left out). */
	mask(terms: Iterable<string>, fieldId: number): Uint32Array {
		const mask = new Uint32Array(this.words);
		for (const term of terms) {
			const index = this.termIndex(term);
			if (index < 0) continue;
			const slot = this.slot(index, fieldId);
			mask[slot >>> 5] = (mask[slot >>> 5] ?? 0) | (1 << (slot & 31));
		}
		return mask;
	}

	/** A mask with every term's bit in one field. */
	fieldMask(fieldId: number): Uint32Array {
		return this.mask(this.terms, fieldId);
	}
}

export class MatchSet {
	/**
	 * @param docs - MiniSearch's short ids, ascending
	 * @param scores - MiniSearch's final score of each row (its sum times how many query terms matched)
	 * @param bits - `layout.words` words per row: the (term, field) pairs that matched
	 * @param ids - external ids by short id
	 */
	/** Per field id, the mask of every term's bit in that field (made on first use). */
	readonly #fieldMasks: Uint32Array[] = [];

	constructor(
		readonly docs: Int32Array,
		readonly scores: Float64Array,
		readonly bits: Uint32Array,
		readonly layout: SlotLayout,
		readonly ids: readonly (string | undefined)[],
	) {}

	get size(): number {
		return this.docs.length;
	}

	id(row: number): string {
		return this.ids[this.docs[row] ?? -1] ?? '';
	}

	/** Whether any bit of `mask` is set in the row. */
	intersects(row: number, mask: Uint32Array): boolean {
		const words = this.layout.words;
		for (let w = 0; w < words; w += 1) if (((this.bits[row * words + w] ?? 0) & (mask[w] ?? 0)) !== 0) return true;
		return false;
	}

	/** Whether every bit of `mask` is set in the row. */
	hasAll(row: number, mask: Uint32Array): boolean {
		const words = this.layout.words;
		for (let w = 0; w < words; w += 1) {
			const wanted = mask[w] ?? 0;
			if (((this.bits[row * words + w] ?? 0) & wanted) !== wanted) return false;
		}
		return true;
	}

	/** Whether the row matched any term in this field. */
	inField(row: number, fieldId: number): boolean {
		const mask = (this.#fieldMasks[fieldId] ??= this.layout.fieldMask(fieldId));
		return this.intersects(row, mask);
	}

	/** The query terms the row matched in one field. */
	termsIn(row: number, fieldId: number): string[] {
		const { terms } = this.layout;
		const found: string[] = [];
		for (let t = 0; t < terms.length; t += 1)
			if (this.#has(row, this.layout.slot(t, fieldId))) found.push(terms[t] ?? '');
		return found;
	}

	/** MiniSearch's `match` record of the row: each matched term with the fields it matched in, in field order. */
	match(row: number): Record<string, string[]> {
		const { terms, fields } = this.layout;
		const match: Record<string, string[]> = {};
		for (let t = 0; t < terms.length; t += 1) {
			for (let f = 0; f < fields.length; f += 1) {
				if (!this.#has(row, this.layout.slot(t, f))) continue;
				const term = terms[t] ?? '';
				(match[term] ??= []).push(fields[f] ?? '');
			}
		}
		return match;
	}

	#has(row: number, slot: number): boolean {
		return ((this.bits[row * this.layout.words + (slot >>> 5)] ?? 0) & (1 << (slot & 31))) !== 0;
	}
}
