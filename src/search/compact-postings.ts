import type MiniSearch from 'minisearch';

/**
 * MiniSearch's postings in typed arrays, for searching: MiniSearch keeps a `Map` per term and field with an entry per
 * paragraph (tens of bytes each), which at 30,000 paragraphs holds several times the text. Here every posting of every
 * term and field sits in two arrays (paragraphs, ascending within a term and field, and how often the term occurs in
 * each), with one offset per term and field; field lengths are one array per field, and ids one array: a few bytes per
 * posting, and a handful of objects in all (an object per term would be tens of thousands of young objects for the
 * garbage collector to copy after a build). MiniSearch builds the index; this is made from it once, the MiniSearch
 * object is then dropped, and a snapshot stores these arrays as they are (see `postings-snapshot.ts`).
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

/** Everything a `CompactPostings` holds, as plain arrays: what its snapshot stores (see `postings-snapshot.ts`). */
export interface PostingsParts {
	/** Every term, in the order of their numbers. */
	terms: readonly string[];
	/** Per slot (term number × field count + field id), where its postings start; one further, where the last ends. */
	starts: Int32Array;
	docs: Int32Array;
	freqs: Uint16Array;
	fieldIds: Readonly<Record<string, number>>;
	fields: readonly string[];
	fieldLengths: Uint32Array[];
	avgFieldLength: readonly number[];
	documentCount: number;
	ids: (string | undefined)[];
	bm25: Bm25;
}

export class CompactPostings {
	/** Per term, its number: its postings in field `f` are those of slot `number × fieldCount + f`. */
	readonly terms: Map<string, number>;
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

	/** Checks that the parts fit together (a snapshot's are read from disk); throws on any that do not. */
	constructor(parts: PostingsParts) {
		const fieldCount = Math.max(0, ...Object.values(parts.fieldIds)) + 1;
		const slots = parts.terms.length * fieldCount;
		const { starts, docs, freqs, ids } = parts;
		if (starts.length !== slots + 1 || freqs.length !== docs.length || starts[0] !== 0 || starts[slots] !== docs.length)
			throw new Error('compact postings: the arrays do not fit together');
		for (let slot = 0; slot < slots; slot += 1)
			if ((starts[slot] ?? 0) > (starts[slot + 1] ?? 0))
				throw new Error('compact postings: the arrays do not fit together');
		if (parts.fieldLengths.length !== fieldCount || parts.fieldLengths.some((f) => f.length !== ids.length))
			throw new Error('compact postings: the field lengths do not fit the documents');
		for (let at = 0; at < docs.length; at += 1) {
			const doc = docs[at] ?? -1;
			if (doc < 0 || doc >= ids.length) throw new Error('compact postings: a posting names no document');
		}
		// Set one by one: a [term, number] pair per term would be tens of thousands of young arrays at 30,000 paragraphs.
		this.terms = new Map();
		for (let number = 0; number < parts.terms.length; number += 1) this.terms.set(parts.terms[number] ?? '', number);
		if (this.terms.size !== parts.terms.length) throw new Error('compact postings: a term is listed twice');
		this.#starts = starts;
		this.#docs = docs;
		this.#freqs = freqs;
		this.#fieldCount = fieldCount;
		this.fieldIds = parts.fieldIds;
		this.fields = parts.fields;
		this.fieldLengths = parts.fieldLengths;
		this.avgFieldLength = parts.avgFieldLength;
		this.documentCount = parts.documentCount;
		this.ids = ids;
		this.bm25 = parts.bm25;
	}

	/** The compact copy of a MiniSearch index (which is then no longer needed). */
	static fromMiniSearch(miniSearch: MiniSearch<never> | MiniSearch<object>): CompactPostings {
		const index = miniSearch as unknown as MiniSearchInternals;
		let maxId = 0;
		for (const shortId of index._documentIds.keys()) maxId = Math.max(maxId, shortId);
		const ids: (string | undefined)[] = Array.from({ length: maxId + 1 });
		for (const [shortId, id] of index._documentIds) ids[shortId] = String(id);
		const fieldCount = Math.max(0, ...Object.values(index._fieldIds)) + 1;
		const fieldLengths = Array.from({ length: fieldCount }, () => new Uint32Array(maxId + 1));
		for (const [shortId, lengths] of index._fieldLength) {
			lengths.forEach((length, fieldId) => {
				const column = fieldLengths[fieldId];
				if (column) column[shortId] = length ?? 0;
			});
		}
		// Two passes over MiniSearch's index: count the live postings of each term and field, then copy them.
		const terms: string[] = [];
		let total = 0;
		for (const [term, byField] of index._index) {
			terms.push(term);
			for (const freqs of byField.values()) for (const docId of freqs.keys()) if (ids[docId] !== undefined) total += 1;
		}
		const starts = new Int32Array(terms.length * fieldCount + 1);
		const docs = new Int32Array(total);
		const freqs = new Uint16Array(total);
		let at = 0;
		let number = 0;
		for (const [, byField] of index._index) {
			for (let fieldId = 0; fieldId < fieldCount; fieldId += 1) {
				starts[number * fieldCount + fieldId] = at;
				at = copyLive(byField.get(fieldId), ids, docs, freqs, at);
			}
			number += 1;
		}
		starts[starts.length - 1] = at;
		return new CompactPostings({
			terms,
			starts,
			docs,
			freqs,
			fieldIds: { ...index._fieldIds },
			fields: [...index._options.fields],
			fieldLengths,
			avgFieldLength: [...index._avgFieldLength],
			documentCount: index._documentCount,
			ids,
			bm25: index._options.searchOptions?.bm25 ?? DEFAULT_BM25,
		});
	}

	/** What it holds, as plain arrays (shared, not copied: read only). */
	parts(): PostingsParts {
		return {
			terms: [...this.terms.keys()],
			starts: this.#starts,
			docs: this.#docs,
			freqs: this.#freqs,
			fieldIds: this.fieldIds,
			fields: this.fields,
			fieldLengths: this.fieldLengths,
			avgFieldLength: this.avgFieldLength,
			documentCount: this.documentCount,
			ids: this.ids,
			bm25: this.bm25,
		};
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

/** One term's postings in one field from `at`: only live documents, ascending. Returns where the next start. */
function copyLive(
	freqs: Map<number, number> | undefined,
	ids: readonly (string | undefined)[],
	docs: Int32Array,
	counts: Uint16Array,
	at: number,
): number {
	if (freqs === undefined) return at;
	const live = [...freqs].filter(([docId]) => ids[docId] !== undefined);
	// MiniSearch adds them in ascending order; a document removed and added again would not be.
	if (live.some(([docId], i) => i > 0 && docId < (live[i - 1]?.[0] ?? 0))) live.sort((a, b) => a[0] - b[0]);
	for (const [docId, freq] of live) {
		docs[at] = docId;
		counts[at] = Math.min(freq, 0xffff);
		at += 1;
	}
	return at;
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
