import type { QueryUnit } from './query-unit.ts';
import type { SearchHit } from './search-hit.ts';

/**
 * Whether a hit has every one of some parts of the query: each in its own text, as typed or through any of the part's
 * forms and meanings, or, for the identifying words a document's title lends its paragraphs (see `documentContext`),
 * through its title. The parts' alternatives are gathered once: at scale this is asked of thousands of hits.
 */
export function coverage(
	units: readonly QueryUnit[],
	context: ReadonlyMap<string, ReadonlySet<string>>,
): (hit: SearchHit) => boolean {
	const alternatives = units.map((unit) => [
		...[...unit.literal, ...unit.expansions, ...unit.related, ...unit.narrower].filter((group) => group.length > 0),
		...unit.typos.map((t) => [t.term]),
		...unit.completions.map((term) => [term]),
	]);
	return (hit) => {
		const lent = context.get(hit.paragraph.document);
		const has = (term: string) => hit.matchedTerms.has(term) || lent?.has(term) === true;
		return alternatives.every((groups) => groups.some((group) => group.every(has)));
	};
}
