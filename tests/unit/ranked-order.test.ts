import { describe, expect, it } from 'vitest';
import { sortedPositions } from '../../src/search/ranked-order.ts';

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		return state / 2 ** 31;
	};
}

/** Columns of `n` matches, as ranking fills them, and the comparator ranking sorts by. */
function matches(n: number, next: () => number, score: (i: number) => number, direct: (i: number) => number) {
	const inText = new Uint8Array(n).map(() => (next() < 0.9 ? 1 : 0));
	const directs = new Float64Array(n).map((_, i) => direct(i));
	const scores = new Float64Array(n).map((_, i) => score(i));
	// Corpus order is not always the rows' order (a paragraph's place in a later document).
	const orders = new Int32Array(n).map(() => Math.floor(next() * n * 4));
	const compare = (a: number, b: number) =>
		(inText[b] ?? 0) - (inText[a] ?? 0) ||
		(directs[b] ?? 0) - (directs[a] ?? 0) ||
		(scores[b] ?? 0) - (scores[a] ?? 0) ||
		(orders[a] ?? 0) - (orders[b] ?? 0);
	const expected = Array.from({ length: n }, (_, i) => i).sort(compare);
	return { actual: sortedPositions(n, inText, directs, scores, compare), expected };
}

describe('sortedPositions, the fast order of a search’s matches', () => {
	it('gives exactly the comparator’s order, with exact ties, near ties and scores of every size', () => {
		for (let seed = 1; seed <= 40; seed += 1) {
			const next = random(seed);
			// A few distinct scores (exact ties), scores a millionth apart (near ties: equal in the packed bits), and
			// scores from tiny to huge.
			const base = [0, 1e-9, 0.5, 3.25, 3.25 * (1 + 1e-7), 3.25 * (1 + 2e-6), 17, 1e6];
			const { actual, expected } = matches(
				300,
				next,
				() => (next() < 0.5 ? (base[Math.floor(next() * base.length)] ?? 0) : next() * 40),
				() => Math.floor(next() * 7) / 2,
			);
			expect(actual).toEqual(expected);
		}
	});

	it('orders parts counted in sixteenths (a part said in close words counts a fraction of one) as the comparator does', () => {
		for (let seed = 1; seed <= 20; seed += 1) {
			const next = random(seed);
			const { actual, expected } = matches(
				300,
				next,
				() => Math.floor(next() * 5),
				() => Math.floor(next() * 64) / 16,
			);
			expect(actual).toEqual(expected);
		}
	});

	it('falls back to the comparator for what a packed number cannot hold, with the same order', () => {
		const next = random(7);
		const negative = matches(
			200,
			next,
			() => next() * 10 - 5,
			() => 1,
		);
		expect(negative.actual).toEqual(negative.expected);
		const longQuery = matches(
			200,
			next,
			() => next() * 10,
			() => Math.floor(next() * 80),
		);
		expect(longQuery.actual).toEqual(longQuery.expected);
		const oddDirect = matches(
			200,
			next,
			() => next() * 10,
			() => next() * 3,
		);
		expect(oddDirect.actual).toEqual(oddDirect.expected);
	});

	it('orders an empty and a single match', () => {
		expect(sortedPositions(0, new Uint8Array(0), new Float64Array(0), new Float64Array(0), () => 0)).toEqual([]);
		expect(sortedPositions(1, new Uint8Array(1), new Float64Array(1), new Float64Array([2]), () => 0)).toEqual([0]);
	});
});
