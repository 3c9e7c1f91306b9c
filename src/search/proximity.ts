import type { Analyzer } from './analyzer.ts';
import { termsAt } from './text-terms.ts';

/**
 * A paragraph with the query's parts side by side scores up to this much more (see `closeness`): among paragraphs with
 * as many of the parts, the one where they stand together is about them.
 */
const PROXIMITY_BONUS = 5;
/**
 * And this much more again when it has the words typed one after another, as typed (see `quotes`): a reader who
 * pastes a fragment of a sentence asks where it is from ("today's challenges to international peace and security"
 * is ¶2's, though ¶1 has every word, farther apart, and more often).
 */
const QUOTED_BONUS = 5;
/** Fewer words than this typed in a row say nothing of where they were quoted from. */
const MIN_QUOTED_TERMS = 4;

/** How much more a paragraph scores for how close together it has the query's parts (see `closeness`, `quotes`). */
export function nearness(
	analyzer: Analyzer,
	text: string,
	units: readonly ReadonlySet<string>[],
	typed: readonly string[],
): number {
	const quoted = typed.length >= MIN_QUOTED_TERMS && quotes(termsAt(analyzer, text).terms, typed);
	return (1 + PROXIMITY_BONUS * closeness(analyzer, text, units)) * (quoted ? 1 + QUOTED_BONUS : 1);
}

/** Whether a text's terms have these terms one after another, in this order. */
export function quotes(terms: readonly string[], typed: readonly string[]): boolean {
	for (let start = 0; start + typed.length <= terms.length; start += 1)
		if (typed.every((term, i) => terms[start + i] === term)) return true;
	return false;
}

/**
 * How close together a paragraph has the parts of a query it has: 1 when they stand side by side ("joint programmes
 * … financed" for `financing joint programme` is close; a long paragraph with "financing" in one sentence and
 * "joint" three sentences on is not), falling as the fewest consecutive words that hold one of each grow. 0 when it
 * has fewer than two of the parts. Words stay close in a paragraph that is about what the reader typed; a long
 * paragraph that mentions everything in passing gathers the same words far apart.
 *
 * `units`: per part of the query, the index terms that find it.
 */
export function closeness(analyzer: Analyzer, text: string, units: readonly ReadonlySet<string>[]): number {
	// Per word, in order, which part it belongs to (a compound's parts are its own words).
	const at: number[] = [];
	const part: number[] = [];
	const { terms, positions } = termsAt(analyzer, text);
	const parts = partsByTerm(units);
	for (let t = 0; t < terms.length; t += 1) {
		const of = parts.get(terms[t] ?? '');
		if (of === undefined) continue;
		for (const u of of) {
			at.push(positions[t] ?? 0);
			part.push(u);
		}
	}
	const present = new Set(part).size;
	if (present < 2) return 0;
	// The shortest run of words holding every part present: a sliding window over the parts' positions.
	const seen = new Array<number>(units.length).fill(0);
	let inside = 0;
	let shortest = Infinity;
	for (let end = 0, start = 0; end < at.length; end += 1) {
		if ((seen[part[end] ?? 0] = (seen[part[end] ?? 0] ?? 0) + 1) === 1) inside += 1;
		while (inside === present) {
			shortest = Math.min(shortest, (at[end] ?? 0) - (at[start] ?? 0) + 1);
			const left = part[start] ?? 0;
			seen[left] = (seen[left] ?? 0) - 1;
			if (seen[left] === 0) inside -= 1;
			start += 1;
		}
	}
	return (present - 1) / Math.max(present - 1, shortest - 1);
}

/** Per query (its units' array), each term's parts: one lookup per word of each candidate, not one per part. */
const partsOf = new WeakMap<readonly ReadonlySet<string>[], Map<string, number[]>>();

function partsByTerm(units: readonly ReadonlySet<string>[]): Map<string, number[]> {
	let parts = partsOf.get(units);
	if (parts === undefined) {
		parts = new Map();
		for (let u = 0; u < units.length; u += 1) {
			for (const term of units[u] ?? []) {
				const of = parts.get(term);
				if (of === undefined) parts.set(term, [u]);
				else of.push(u);
			}
		}
		partsOf.set(units, parts);
	}
	return parts;
}
