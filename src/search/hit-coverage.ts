import type { QueryUnit } from './query-plan.ts';
import type { SearchHit } from './search-hit.ts';

/**
 * Whether a hit has one part of the query: in its own text, as typed or through any of the part's forms and meanings,
 * or, for the identifying words a document's title lends its paragraphs (see `documentContext`), through its title.
 */
export function covers(hit: SearchHit, unit: QueryUnit, context: ReadonlyMap<string, ReadonlySet<string>>): boolean {
	const lent = context.get(hit.paragraph.document);
	const has = (term: string) => hit.matchedTerms.has(term) || lent?.has(term) === true;
	return (
		[...unit.literal, ...unit.expansions, ...unit.related, ...unit.narrower].some(
			(group) => group.length > 0 && group.every(has),
		) ||
		unit.typos.some((t) => has(t.term)) ||
		unit.completions.some(has)
	);
}
