/** The positions in `docs` (ascending) of the candidates it holds: binary searches for few, a merge for many. */
export function positionsOf(candidates: Int32Array, docs: Int32Array): Int32Array {
	const found = new Int32Array(Math.min(candidates.length, docs.length));
	let n = 0;
	if (candidates.length * 16 < docs.length) {
		let low = 0;
		for (const docId of candidates) {
			let high = docs.length;
			while (low < high) {
				const mid = (low + high) >>> 1;
				if ((docs[mid] ?? 0) < docId) low = mid + 1;
				else high = mid;
			}
			if (low < docs.length && docs[low] === docId) found[n++] = low;
		}
	} else {
		let i = 0;
		for (const docId of candidates) {
			while (i < docs.length && (docs[i] ?? 0) < docId) i += 1;
			if (i < docs.length && docs[i] === docId) found[n++] = i;
		}
	}
	return found.subarray(0, n);
}
