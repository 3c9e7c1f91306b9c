/**
 * Sorting a search's matches into their ranking order, fast: see `sortedPositions`.
 */

/** Positions in a packed key (below): more rows than this are sorted by the comparator alone. */
const POSITION_BITS = 17;
const POSITIONS = 2 ** POSITION_BITS;
/** Bits of a score kept in the key: its 11 bits of exponent and the top 18 of its mantissa (see `sortedPositions`). */
const SCORE_BITS = 29;
/** Text flag and twice the direct count (a multiple of ½): what is left of a double's 53 exact bits. */
const GROUP_LIMIT = 2 ** (53 - SCORE_BITS - POSITION_BITS);

const scoreView = new Float64Array(1);
const scoreWords = new Uint32Array(scoreView.buffer);
/** Which of a double's two 32-bit words holds its sign and exponent, by the machine's byte order. */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Positions 0…n−1 in the order `compare` gives (text before theme-only, more direct parts first, higher score first,
 * then corpus order), found faster than by sorting with `compare`: a search at scale ranks thousands of matches, and
 * the comparator's calls were a sixth of its time. Each position becomes one number (its text flag, direct parts,
 * the top bits of its score, then the position itself) that a Float64Array sorts natively; positions whose numbers
 * tie but for the position (the same score to about five digits) are then ordered by `compare` itself, so the result
 * is exactly the comparator's. Falls back to `compare` alone where a number cannot hold the parts (a negative score,
 * a query of more than 31 parts, more rows than the position's bits can count).
 */
export function sortedPositions(
	n: number,
	inText: Uint8Array,
	directs: Float64Array,
	scores: Float64Array,
	compare: (a: number, b: number) => number,
): number[] {
	const keys = n <= POSITIONS ? scratchKeys(n) : undefined;
	for (let i = 0; keys && i < n; i += 1) {
		const twiceDirect = (directs[i] ?? 0) * 2;
		scoreView[0] = scores[i] ?? 0;
		const high = scoreWords[HIGH_WORD] ?? 0;
		// Past these, a part would not fit its bits (or a negative score's high word would not grow with it).
		if (!Number.isInteger(twiceDirect) || twiceDirect < 0 || twiceDirect >= GROUP_LIMIT / 2 || high >= 2 ** 31) {
			return fallback(n, compare);
		}
		const group = (inText[i] ?? 0) * (GROUP_LIMIT / 2) + twiceDirect;
		// A non-negative double's high word grows with its value: 11 bits of exponent, then the mantissa's top 20, of
		// which the top 18 are kept.
		const scoreKey = high >>> (31 - SCORE_BITS);
		keys[i] = ((GROUP_LIMIT - 1 - group) * 2 ** SCORE_BITS + (2 ** SCORE_BITS - 1 - scoreKey)) * POSITIONS + i;
	}
	if (!keys) return fallback(n, compare);
	keys.sort();
	const sorted: number[] = [];
	for (let at = 0; at < n; at += 1) sorted.push((keys[at] ?? 0) % POSITIONS);
	// Runs of equal keys (above the position) are ordered by the comparator: real scores, then corpus order.
	for (let start = 0; start < n;) {
		const run = Math.floor((keys[start] ?? 0) / POSITIONS);
		let end = start + 1;
		while (end < n && Math.floor((keys[end] ?? 0) / POSITIONS) === run) end += 1;
		if (end - start > SHORT_RUN) {
			const part = sorted.slice(start, end).sort(compare);
			for (let k = 0; k < part.length; k += 1) sorted[start + k] = part[k] ?? 0;
		} else if (end - start > 1) {
			insertionSort(sorted, start, end, compare);
		}
		start = end;
	}
	return sorted;
}

/** Runs of tied keys up to this long are sorted in place: most are a few equal scores, already in corpus order. */
const SHORT_RUN = 32;

/** Sorts `items[start…end)` in place, stably: for short runs, without the copies a general sort makes. */
function insertionSort(items: number[], start: number, end: number, compare: (a: number, b: number) => number): void {
	for (let i = start + 1; i < end; i += 1) {
		const item = items[i] ?? 0;
		let at = i;
		while (at > start && compare(items[at - 1] ?? 0, item) > 0) {
			items[at] = items[at - 1] ?? 0;
			at -= 1;
		}
		items[at] = item;
	}
}

/** Room for the keys, kept between searches: a search at scale sorts thousands of them, and a new array is garbage. */
let keyScratch = new Float64Array(1024);

function scratchKeys(n: number): Float64Array {
	if (keyScratch.length < n) keyScratch = new Float64Array(Math.max(n, keyScratch.length * 2));
	return keyScratch.subarray(0, n);
}

function fallback(n: number, compare: (a: number, b: number) => number): number[] {
	const sorted: number[] = [];
	for (let i = 0; i < n; i += 1) sorted.push(i);
	return sorted.sort(compare);
}
