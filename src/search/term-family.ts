import { lowerBound } from './lower-bound.ts';
import { cosine } from './word-vectors.ts';

/** A term's family: words of at least this many letters (shorter ones begin too many words). */
const MIN_FAMILY = 5;

/**
 * The text's other words of a term's family: one's term begins the other's, both of `MIN_FAMILY` letters or more,
 * and vectors find them the same word at `floor` ("terrorist" and terrorism 0.82; never "civilian" and its
 * civilizations 0.04). `sorted`: the text's terms in order; `vectorsOf`: a term's written forms' vectors.
 */
export function familyOf(
	term: string,
	sorted: readonly string[],
	vectorsOf: (term: string) => readonly Int8Array[],
	floor: number,
): string[] {
	if (term.length < MIN_FAMILY) return [];
	const shorter = Array.from({ length: term.length - MIN_FAMILY }, (_, i) => term.slice(0, MIN_FAMILY + i));
	const longer: string[] = [];
	for (let i = lowerBound(sorted, term); i < sorted.length && (sorted[i] ?? '').startsWith(term); i += 1)
		if (sorted[i] !== term) longer.push(sorted[i] ?? '');
	const own = vectorsOf(term);
	return [...shorter, ...longer].filter((other) =>
		vectorsOf(other).some((v) => own.some((o) => cosine(o, v) >= floor)),
	);
}
