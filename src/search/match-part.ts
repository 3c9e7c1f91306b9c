/** One node's matches while a query runs: rows in ascending short id, the scores summed so far, matched bits. */
export interface Part {
	docs: Int32Array;
	scores: Float64Array;
	/** `layout.words` words per row. */
	bits: Uint32Array;
}

export const NONE: Part = { docs: new Int32Array(0), scores: new Float64Array(0), bits: new Uint32Array(0) };

/** The rows of `part` whose paragraph is not in `excluded` (both ascending). */
export function without(part: Part, excluded: Int32Array, words: number): Part {
	if (excluded.length === 0) return part;
	const size = part.docs.length;
	const docs = new Int32Array(size);
	const scores = new Float64Array(size);
	const bits = new Uint32Array(size * words);
	let n = 0;
	let e = 0;
	for (let row = 0; row < size; row += 1) {
		const docId = part.docs[row] ?? 0;
		while (e < excluded.length && (excluded[e] ?? 0) < docId) e += 1;
		if (excluded[e] === docId) continue;
		docs[n] = docId;
		scores[n] = part.scores[row] ?? 0;
		for (let w = 0; w < words; w += 1) bits[n * words + w] = part.bits[row * words + w] ?? 0;
		n += 1;
	}
	return { docs: docs.subarray(0, n), scores: scores.subarray(0, n), bits: bits.subarray(0, n * words) };
}

/** Above this many parts, a merge scans too many heads per row: the executor merges in scratch columns instead. */
export const MAX_MERGED_PARTS = 8;

/**
 * The union of a few parts (each ascending), as one: a paragraph's scores summed in the parts' order (as MiniSearch's
 * reduce sums them, so that scores are identical) and its bits ORed. A walk over the parts in step reads and writes
 * in order; scattering rows into columns indexed by paragraph would touch a cache line per row (cold, right after
 * anything else ran).
 */
export function mergeParts(parts: readonly Part[], words: number): Part {
	let total = 0;
	for (const part of parts) total += part.docs.length;
	const docs = new Int32Array(total);
	const scores = new Float64Array(total);
	const bits = new Uint32Array(total * words);
	const heads = new Int32Array(parts.length);
	let n = 0;
	for (;;) {
		let next = -1;
		for (let p = 0; p < parts.length; p += 1) {
			const part = parts[p] as Part;
			const at = heads[p] ?? 0;
			if (at < part.docs.length && (next < 0 || (part.docs[at] ?? 0) < next)) next = part.docs[at] ?? 0;
		}
		if (next < 0) break;
		let score = 0;
		let first = true;
		for (let p = 0; p < parts.length; p += 1) {
			const part = parts[p] as Part;
			const at = heads[p] ?? 0;
			if (at >= part.docs.length || part.docs[at] !== next) continue;
			score = first ? (part.scores[at] ?? 0) : score + (part.scores[at] ?? 0);
			first = false;
			for (let w = 0; w < words; w += 1)
				bits[n * words + w] = (bits[n * words + w] ?? 0) | (part.bits[at * words + w] ?? 0);
			heads[p] = at + 1;
		}
		docs[n] = next;
		scores[n] = score;
		n += 1;
	}
	return { docs: docs.subarray(0, n), scores: scores.subarray(0, n), bits: bits.subarray(0, n * words) };
}
