/**
 * The positions in `docs` (ascending) of the candidates it holds (ascending too). Where the candidates are few
 * beside the postings, each is found by galloping from the last one found (steps doubling, then a binary search
 * between the last two): a walk costs the logarithm of the gap, not the gap. Where they are as many, a plain merge.
 */
export function positionsOf(candidates: Int32Array, docs: Int32Array): Int32Array {
	const found = new Int32Array(Math.min(candidates.length, docs.length));
	const size = docs.length;
	let n = 0;
	let low = 0;
	if (candidates.length * 4 < size) {
		// Indexed loops, not `for…of`: before the code is optimized, each step of an iterator is an object.
		for (let c = 0; c < candidates.length && low < size; c += 1) {
			const docId = candidates[c] ?? 0;
			if ((docs[low] ?? 0) < docId) {
				let step = 1;
				while (low + step < size && (docs[low + step] ?? 0) < docId) step *= 2;
				// docs[low + step / 2] < docId (or step is 1 and docs[low] is), and docs[low + step] ≥ docId or past the end.
				let high = Math.min(low + step, size);
				low += (step >> 1) + 1;
				while (low < high) {
					const mid = (low + high) >>> 1;
					if ((docs[mid] ?? 0) < docId) low = mid + 1;
					else high = mid;
				}
			}
			if (low < size && docs[low] === docId) found[n++] = low;
		}
	} else {
		for (let c = 0; c < candidates.length; c += 1) {
			const docId = candidates[c] ?? 0;
			while (low < size && (docs[low] ?? 0) < docId) low += 1;
			if (low < size && docs[low] === docId) found[n++] = low;
		}
	}
	return found.subarray(0, n);
}
