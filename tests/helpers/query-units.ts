import type { QueryPlan } from '../../src/search/query-plan.ts';
import type { QueryUnit } from '../../src/search/query-unit.ts';
import { literalUnit } from '../../src/search/literal-unit.ts';

/** A query's part as planning makes it, with nothing found unless `parts` says so. */
export const unit = (typed: string, parts: Partial<QueryUnit>): QueryUnit => ({
	...literalUnit(typed, [[typed]]),
	...parts,
});

/** A plan of these parts alone. */
export const planOf = (units: QueryUnit[]): QueryPlan => ({
	units,
	excluded: [],
	unbalancedQuote: false,
	onlyAsks: false,
	terms: [],
	singles: [],
	groups: [],
});
