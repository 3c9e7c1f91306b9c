import type { Bm25 } from './compact-postings.ts';

/**
 * BM25+ as MiniSearch scores a term in a field: the same formula in the same order of operations, so that scores
 * computed here (the executor, the keystroke path) equal MiniSearch's own to the last bit.
 */

/** How rare a term is: from the paragraphs in the index and those whose field has it. */
export function inverseFrequency(documentCount: number, postingCount: number): number {
	return Math.log(1 + (documentCount - postingCount + 0.5) / (postingCount + 0.5));
}

/** A term's score in one paragraph's field: its rarity, how often it occurs there, and the field's length. */
export function bm25(idf: number, termFreq: number, fieldLength: number, avgLength: number, { k, b, d }: Bm25): number {
	return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgLength)));
}
