import type MiniSearch from 'minisearch';

/**
 * MiniSearch's postings in typed arrays, for searching: MiniSearch keeps a `Map` per term and field with an entry per
 * paragraph (tens of bytes each), which at 30,000 paragraphs holds several times the text. Here one term in one field
 * is two arrays (paragraphs in ascending order, and how often the term occurs in each), field lengths are one array per
 * field, and ids one array: a few bytes per posting. MiniSearch still builds the index and writes its snapshot; this is
 * made from it once, and the MiniSearch object is then dropped.
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
	/** Per term, its postings per field id (undefined where the term is not in that field). */
	readonly terms = new Map<string, (FieldPostings | undefined)[]>();
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
		for (const [term, byField] of index._index) {
			const fields: (FieldPostings | undefined)[] = [];
			for (const [fieldId, freqs] of byField) fields[fieldId] = this.#compact(freqs);
			this.terms.set(term, fields);
		}
	}

	/** One term's postings in one field: only live documents, ascending (MiniSearch adds them in that order). */
	#compact(freqs: Map<number, number>): FieldPostings {
		const live = [...freqs].filter(([docId]) => this.ids[docId] !== undefined);
		if (live.some(([docId], i) => i > 0 && docId < (live[i - 1]?.[0] ?? 0))) live.sort((a, b) => a[0] - b[0]);
		const docs = new Int32Array(live.length);
		const counts = new Uint16Array(live.length);
		live.forEach(([docId, freq], i) => {
			docs[i] = docId;
			counts[i] = Math.min(freq, 0xffff);
		});
		return { docs, freqs: counts };
	}

	postings(term: string, fieldId: number): FieldPostings | undefined {
		return this.terms.get(term)?.[fieldId];
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
