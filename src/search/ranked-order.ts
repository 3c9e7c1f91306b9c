/**
 * Sorting a search's matches into their ranking order, fast: see `sortedPositions`.
 */

/** Positions in a packed key (below): more rows than this are sorted by the comparator alone. */
const POSITION_BITS = 17;
const POSITIONS = 2 ** POSITION_BITS;
/** Bits of a score kept in the key: its 11 bits of exponent and the top 18 of its mantissa (see `sortedPositions`). */
const SCORE_BITS = 29;
/** The direct count is held in steps of this much (a part found in close words counts a fraction of one). */
export const DIRECT_STEPS = 16;
/** Text flag and the direct count in steps (a multiple of 1/16, up to 64 parts): 11 of the bits the key has left. */
const GROUP_BITS = 11;
const GROUP_LIMIT = 2 ** GROUP_BITS;
/** Bits of the score key in the key's low word, below the position; the rest are in the high word. */
const LOW_SCORE_BITS = 32 - POSITION_BITS;

const scoreView = new Float64Array(1);
const scoreWords = new Uint32Array(scoreView.buffer);
/** Which of a 64-bit number's two 32-bit words holds its high bits, by the machine's byte order. */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;

/**
 * Positions 0…n−1 in the order `compare` gives (text before theme-only, more direct parts first, higher score first,
 * then corpus order), found faster than by sorting with `compare`: a search at scale ranks thousands of matches, and
 * the comparator's calls were a sixth of its time. Each position becomes one 64-bit integer (its text flag, direct
 * parts, the top bits of its score, then the position itself), written as two 32-bit words, that a BigUint64Array
 * sorts natively (about three times faster than a Float64Array, whose sort must order NaN and −0 as well); positions
 * whose keys tie but for the position (the same score to about five digits) are then ordered by `compare` itself, so
 * the result is exactly the comparator's. Falls back to `compare` alone where a key cannot hold the parts (a negative
 * score, a query of more than 31 parts, more rows than the position's bits can count).
 */
export function sortedPositions(
	n: number,
	inText: Uint8Array,
	directs: Float64Array,
	scores: Float64Array,
	compare: (a: number, b: number) => number,
): number[] {
	if (n > POSITIONS) return fallback(n, compare);
	const words = scratchWords(n);
	for (let i = 0; i < n; i += 1) {
		const steps = (directs[i] ?? 0) * DIRECT_STEPS;
		scoreView[0] = scores[i] ?? 0;
		const high = scoreWords[HIGH_WORD] ?? 0;
		// Past these, a part would not fit its bits (or a negative score's high word would not grow with it).
		if (!Number.isInteger(steps) || steps < 0 || steps >= GROUP_LIMIT / 2 || high >= 2 ** 31) {
			return fallback(n, compare);
		}
		// Higher groups and scores first: the key holds how far each is below its largest value.
		const group = GROUP_LIMIT - 1 - ((inText[i] ?? 0) * (GROUP_LIMIT / 2) + steps);
		// A non-negative double's high word grows with its value: 11 bits of exponent, then the mantissa's top 20, of
		// which the top 18 are kept.
		const scoreKey = 2 ** SCORE_BITS - 1 - (high >>> (31 - SCORE_BITS));
		words[2 * i + HIGH_WORD] = (group << (SCORE_BITS - LOW_SCORE_BITS)) | (scoreKey >>> LOW_SCORE_BITS);
		words[2 * i + LOW_WORD] = (((scoreKey & (2 ** LOW_SCORE_BITS - 1)) << POSITION_BITS) | i) >>> 0;
	}
	keyScratch.subarray(0, n).sort();
	const sorted: number[] = [];
	for (let at = 0; at < n; at += 1) sorted.push((words[2 * at + LOW_WORD] ?? 0) & (POSITIONS - 1));
	// Runs of equal keys (above the position) are ordered by the comparator: real scores, then corpus order.
	for (let start = 0; start < n;) {
		const high = words[2 * start + HIGH_WORD];
		const low = (words[2 * start + LOW_WORD] ?? 0) >>> POSITION_BITS;
		let end = start + 1;
		while (end < n && words[2 * end + HIGH_WORD] === high && (words[2 * end + LOW_WORD] ?? 0) >>> POSITION_BITS === low)
			end += 1;
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
let keyScratch = new BigUint64Array(1024);
/** The keys' two 32-bit words each (see `HIGH_WORD`). */
let wordScratch = new Uint32Array(keyScratch.buffer);

function scratchWords(n: number): Uint32Array {
	if (keyScratch.length < n) {
		keyScratch = new BigUint64Array(Math.max(n, keyScratch.length * 2));
		wordScratch = new Uint32Array(keyScratch.buffer);
	}
	return wordScratch;
}

function fallback(n: number, compare: (a: number, b: number) => number): number[] {
	const sorted: number[] = [];
	for (let i = 0; i < n; i += 1) sorted.push(i);
	return sorted.sort(compare);
}

/** A count of parts in the steps the sort's packed key holds (see `DIRECT_STEPS`). */
export const inSteps = (count: number): number => Math.round(count * DIRECT_STEPS) / DIRECT_STEPS;
