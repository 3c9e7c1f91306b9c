import type { Analyzer } from './analyzer.ts';
import type { QueryUnit } from './query-unit.ts';
import { sentencesOf } from './sentences.ts';
import { within } from './table-meanings.ts';

/** How much one part of a query counts in a piece of text, from the terms it has and its word-vector closeness. */
export type PartCount = (unit: number, terms: ReadonlySet<string>, closeness: number | undefined) => number;

/**
 * What a paragraph's closest sentence says of each part of the query: per sentence, each part counted as `count`
 * counts it (weighed by its rarity); the counts of the sentence that says the most. With a part the text lacks, word
 * vectors find a close word for it somewhere in most long paragraphs; said in one sentence beside the other parts, it
 * is what the paragraph says ("staff-level collaboration needs fresh energy": "Current cooperation at the working
 * level should be pursued with renewed vigour").
 *
 * `soft`: per sentence, each part's word-vector closeness (see `softCoverage`).
 */
export function closestSentence(
	text: string,
	analyzer: Analyzer,
	parts: number,
	count: PartCount,
	soft: (text: string) => (number | undefined)[],
): number[] {
	let best: number[] = new Array<number>(parts).fill(0);
	let most = -1;
	for (const sentence of sentencesOf(text)) {
		const terms = new Set(analyzer.tokens(sentence).flatMap((w) => analyzer.term(w) ?? []));
		const close = soft(sentence);
		const counts = Array.from({ length: parts }, (_, unit) => count(unit, terms, close[unit]));
		const sum = counts.reduce((a, b) => a + b, 0);
		if (sum > most) [best, most] = [counts, sum];
	}
	return best;
}

/**
 * How much each part counts in a sentence, as `rank` counts it in a paragraph: the reader's own words, or a document
 * naming it (`inDocument`), whole; the curated table's meaning as much as it counts there; else its word-vector
 * closeness, or a same-sense or narrower word of the lexical resource (as much as `counts` says).
 */
export function saidIn(
	units: readonly QueryUnit[],
	tableCounts: readonly number[],
	weights: readonly number[],
	counts: { sameSense: number; narrower: number },
): (inDocument: (unit: number) => boolean) => PartCount {
	const own = units.map((u) => [...u.literal.flat(), ...u.typos.map((t) => t.term), ...u.completions]);
	return (inDocument) => (unit, terms, closeness) => {
		const u = units[unit];
		const weight = weights[unit] ?? 1;
		if (u === undefined) return 0;
		if ((own[unit] ?? []).some((t) => terms.has(t)) || inDocument(unit)) return weight;
		if (u.expansions.some(within(terms))) return (tableCounts[unit] ?? 1) * weight;
		if (closeness !== undefined) return closeness * weight;
		if (u.related.some(within(terms))) return counts.sameSense * weight;
		if (u.narrower.some(within(terms))) return counts.narrower * weight;
		return 0;
	};
}
