import type MiniSearch from 'minisearch';

/**
 * MiniSearch's postings in typed arrays, for searching: MiniSearch keeps a `Map` per term and field with an entry per
 * paragraph (tens of bytes each), which at 30,000 paragraphs holds several times the text. Here every posting of every
 * term and field sits in two arrays (paragraphs, ascending within a term and field, and how often the term occurs in
 * each), with one offset per term and field; field lengths are one array per field, and ids one array: a few bytes per
 * posting, and a handful of objects in all (an object per term would be tens of thousands of young objects for the
 * garbage collector to copy after a build). MiniSearch still builds the index and writes its snapshot; this is made
 * from it once, and the MiniSearch object is then dropped.
 */
export interface FieldPostings {
	/** MiniSearch's short document ids, ascending. */
	docs: Int32Array;
	/** The term's frequency in that document's field, by position in `docs`. */
	freqs: Uint16Array;
}

/** The parts of MiniSearch's index that are read to make the compact copy. */
interface MiniSearchInternals {
	_index: Iterable<[string, Map<number, Map<number, number>>]>;
	_fieldIds: Record<string, number>;
	_avgFieldLength: number[];
	_fieldLength: Map<number, number[]>;
	_documentCount: number;
	_documentIds: Map<number, unknown>;
	_options: { fields: string[]; searchOptions?: { bm25?: Bm25 | undefined } | undefined };
}

export interface Bm25 {
	k: number;
	b: number;
	d: number;
}

/** MiniSearch's defaults (its constructor merges them into the search options). */
const DEFAULT_BM25: Bm25 = { k: 1.2, b: 0.7, d: 0.5 };

export class CompactPostings {
	/** Per term, its number: its postings in field `f` are those of slot `number × fieldCount + f`. */
	readonly terms = new Map<string, number>();
	/** Per slot, where its postings start in `#docs` and `#freqs` (and, one further, where they end). */
	readonly #starts: Int32Array;
	readonly #docs: Int32Array;
	readonly #freqs: Uint16Array;
	readonly #fieldCount: number;
	readonly fieldIds: Readonly<Record<string, number>>;
	readonly fields: readonly string[];
	/** Per field id, each document's length in terms, by short id. */
	readonly fieldLengths: Uint32Array[];
	readonly avgFieldLength: readonly number[];
	readonly documentCount: number;
	/** External ids by short id (undefined for an id MiniSearch discarded). */
	readonly ids: (string | undefined)[];
	readonly bm25: Bm25;

	constructor(miniSearch: MiniSearch<never> | MiniSearch<object>) {
		const index = miniSearch as unknown as MiniSearchInternals;
		this.fieldIds = { ...index._fieldIds };
		this.fields = [...index._options.fields];
		this.avgFieldLength = [...index._avgFieldLength];
		this.documentCount = index._documentCount;
		this.bm25 = index._options.searchOptions?.bm25 ?? DEFAULT_BM25;
		let maxId = 0;
		for (const shortId of index._documentIds.keys()) maxId = Math.max(maxId, shortId);
		this.ids = Array.from({ length: maxId + 1 });
		for (const [shortId, id] of index._documentIds) this.ids[shortId] = String(id);
		const fieldCount = Math.max(0, ...Object.values(this.fieldIds)) + 1;
		this.fieldLengths = Array.from({ length: fieldCount }, () => new Uint32Array(maxId + 1));
		for (const [shortId, lengths] of index._fieldLength) {
			lengths.forEach((length, fieldId) => {
				const column = this.fieldLengths[fieldId];
				if (column) column[shortId] = length ?? 0;
			});
		}
		this.#fieldCount = fieldCount;
		// Two passes over MiniSearch's index: count the live postings of each term and field, then copy them.
		let total = 0;
		for (const [term, byField] of index._index) {
			this.terms.set(term, this.terms.size);
			for (const freqs of byField.values())
				for (const docId of freqs.keys()) if (this.ids[docId] !== undefined) total += 1;
		}
		this.#starts = new Int32Array(this.terms.size * fieldCount + 1);
		this.#docs = new Int32Array(total);
		this.#freqs = new Uint16Array(total);
		let at = 0;
		for (const [term, byField] of index._index) {
			const first = (this.terms.get(term) ?? 0) * fieldCount;
			for (let fieldId = 0; fieldId < fieldCount; fieldId += 1) {
				this.#starts[first + fieldId] = at;
				at = this.#copy(byField.get(fieldId), at);
			}
		}
		this.#starts[this.#starts.length - 1] = at;
	}

	/** One term's postings in one field from `at`: only live documents, ascending. Returns where the next start. */
	#copy(freqs: Map<number, number> | undefined, at: number): number {
		if (freqs === undefined) return at;
		const live = [...freqs].filter(([docId]) => this.ids[docId] !== undefined);
		// MiniSearch adds them in ascending order; a document removed and added again would not be.
		if (live.some(([docId], i) => i > 0 && docId < (live[i - 1]?.[0] ?? 0))) live.sort((a, b) => a[0] - b[0]);
		for (const [docId, freq] of live) {
			this.#docs[at] = docId;
			this.#freqs[at] = Math.min(freq, 0xffff);
			at += 1;
		}
		return at;
	}

	/** One term's postings in one field (views into the shared arrays, made per call), or undefined when none. */
	postings(term: string, fieldId: number): FieldPostings | undefined {
		const number = this.terms.get(term);
		if (number === undefined || fieldId < 0 || fieldId >= this.#fieldCount) return undefined;
		const slot = number * this.#fieldCount + fieldId;
		const start = this.#starts[slot] ?? 0;
		const end = this.#starts[slot + 1] ?? 0;
		if (end <= start) return undefined;
		return { docs: this.#docs.subarray(start, end), freqs: this.#freqs.subarray(start, end) };
	}
}

/** The position of `docId` in ascending `docs`, or -1. */
export function findDoc(docs: Int32Array, docId: number): number {
	let low = 0;
	let high = docs.length - 1;
	while (low <= high) {
		const mid = (low + high) >>> 1;
		const value = docs[mid] ?? 0;
		if (value === docId) return mid;
		if (value < docId) low = mid + 1;
		else high = mid - 1;
	}
	return -1;
}
