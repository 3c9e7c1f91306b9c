import type { Query } from 'minisearch';
import type { QueryPlan } from './query-plan.ts';
import type { QueryUnit } from './query-unit.ts';

/** What each kind of alternative weighs against the words as typed (1). */
export const WEIGHTS = {
	/** A completion of an unfinished last word. */
	completion: 0.75,
	/** A typo's correction, one edit away; two edits weigh `typo²`. */
	typo: 0.8,
	/** The curated table's meanings (UN jargon, acronyms). */
	curated: 0.5,
	/** Same-sense words from the lexical resource: below the curated table, which was written for this text. */
	related: 0.3,
	/** Narrower words of the lexical resource, beside the reader's own words. */
	narrower: 0.2,
	/** Looser neighbours, only when looking for the closest paragraphs of a dead end. */
	looser: 0.2,
} as const;

const leaf = (term: string): Query => ({ queries: [term] });
const all = (terms: readonly string[], weight: number): Query =>
	weight === 1
		? { combineWith: 'AND', queries: terms.map(leaf) }
		: { combineWith: 'AND', boostTerm: () => weight, queries: terms.map(leaf) };

/** One unit as alternatives: the words typed, then each kind of expansion at its weight. */
function unitQuery(unit: QueryUnit, { looser, narrower }: Reach): Query {
	const alternatives: Query[] = unit.literal.map((terms) => all(terms, 1));
	for (const terms of unit.expansions) alternatives.push(all(terms, WEIGHTS.curated));
	for (const terms of unit.related) alternatives.push(all(terms, WEIGHTS.related));
	for (const { term, distance, likelihood } of unit.typos)
		alternatives.push(all([term], WEIGHTS.typo ** distance * likelihood));
	if (unit.completions.length > 0) {
		alternatives.push({
			combineWith: 'OR',
			boostTerm: () => WEIGHTS.completion,
			queries: unit.completions.map(leaf),
		});
	}
	if (narrower) for (const terms of unit.narrower) alternatives.push(all(terms, WEIGHTS.narrower));
	if (looser) for (const terms of unit.looser) alternatives.push(all(terms, WEIGHTS.looser));
	return { combineWith: 'OR', queries: alternatives };
}

/** Which of the lexical resource's wider links a query takes in. */
export interface Reach {
	/** Narrower words: matches when the reader's own words match too. */
	narrower: boolean;
	/** Looser neighbours: the query then finds related paragraphs, not matches. */
	looser: boolean;
}

/** The MiniSearch query for a plan: units combined with AND (or OR for partial matches), exclusions removed. */
export function toMiniSearchQuery(
	plan: QueryPlan,
	combineWith: 'AND' | 'OR',
	reach: Reach = { narrower: false, looser: false },
): Query {
	const positive: Query = { combineWith, queries: plan.units.map((u) => unitQuery(u, reach)) };
	if (plan.excluded.length === 0) return positive;
	// Exclusions look at the paragraph's own words, not at its theme labels.
	const negative: Query = {
		combineWith: 'OR',
		fields: ['text'],
		queries: plan.excluded.map((terms) => all(terms, 1)),
	};
	return { combineWith: 'AND_NOT', queries: [positive, negative] };
}
