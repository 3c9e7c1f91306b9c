import type { LentTerms } from './document-context.ts';
import type { QueryUnit } from './query-unit.ts';
import type { SearchHit } from './search-hit.ts';

/**
 * Whether a hit has every one of some parts of the query: each in its own text, as typed or through any of the part's
 * forms and meanings, or, for the identifying words a document's title lends its paragraphs (see `documentContext`),
 * through its title. The parts' alternatives are gathered once, and the check makes no function per hit (plain
 * loops): at scale it is asked of thousands of hits, and the TypeScript loader names every closure as it is made.
 */
export function coverage(units: readonly QueryUnit[], context: LentTerms): (hit: SearchHit) => boolean {
	const alternatives = units.map((unit) => [
		...[...unit.literal, ...unit.expansions, ...unit.related, ...unit.narrower].filter((group) => group.length > 0),
		...unit.typos.map((t) => [t.term]),
		...unit.completions.map((term) => [term]),
	]);
	return (hit) => covers(alternatives, hit.matchedTerms, context.get(hit.paragraph.document));
}

/** Whether every part has an alternative whose terms are all matched (or lent by the document's title). */
function covers(
	alternatives: readonly (readonly (readonly string[])[])[],
	matched: ReadonlySet<string>,
	lent: ReadonlySet<string> | undefined,
): boolean {
	for (const groups of alternatives) {
		let found = false;
		for (const group of groups) {
			let all = true;
			for (const term of group) {
				if (!matched.has(term) && lent?.has(term) !== true) {
					all = false;
					break;
				}
			}
			if (all) {
				found = true;
				break;
			}
		}
		if (!found) return false;
	}
	return true;
}
