/** The first index of a sorted list whose entry is not before `key` (its length when every entry is): a binary search. */
export function lowerBound(sorted: ArrayLike<string | undefined>, key: string): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((sorted[mid] ?? '') < key) low = mid + 1;
		else high = mid;
	}
	return low;
}
