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
