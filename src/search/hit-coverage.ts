import type { LentTerms } from './document-context.ts';
import type { MatchSet } from './match-set.ts';
import type { QueryUnit } from './query-unit.ts';
import { TEXT_FIELD } from './ranked.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';
import type { MatchKind } from './search-outcome.ts';

/**
 * Whether a hit has every one of some parts of the query: each in its own text, as typed or through any of the part's
 * forms and meanings, or, for the identifying words a document's title lends its paragraphs (see `documentContext`),
 * through its title. The parts' alternatives are gathered once, and the check makes no function per hit (plain
 * loops): at scale it is asked of thousands of hits, and the TypeScript loader names every closure as it is made.
 */
export function coverage(units: readonly QueryUnit[], context: LentTerms): (hit: SearchHit) => boolean {
	const alternatives = alternativesOf(units);
	// Where no document lends any of these terms, a search's hit is checked on its row's bits alone: no set of its
	// terms made, no paragraph read (at scale that was a tenth of a search, mostly waiting on memory).
	const lendable =
		context.lends === undefined ||
		alternatives.some((g) => g.some((group) => group.some((term) => context.lends?.(term) !== false)));
	const masks = new WeakMap<MatchSet, Uint32Array[][]>();
	return (hit) => {
		if (!lendable && hit instanceof LazyHit) {
			const { matches, row } = hit;
			let unitMasks = masks.get(matches);
			if (!unitMasks) masks.set(matches, (unitMasks = masksOf(alternatives, matches)));
			return coversRow(unitMasks, matches, row);
		}
		return covers(alternatives, hit.matchedTerms, context.get(hit.paragraph.document));
	};
}

/**
 * A search's match kind and, with every part, how many of its first hits have them all in their own text (see
 * `coverage`). Every part found only across a paragraph's text and its theme labels, none with all of them in its
 * text, is most parts, not all ("understanding where terrorism comes from" said "0 paragraphs have all the words").
 */
export function countedMatch(
	kind: MatchKind,
	hits: readonly SearchHit[],
	units: readonly QueryUnit[],
	context: LentTerms,
): { match: MatchKind; complete?: number } {
	if (kind !== 'all') return { match: kind };
	const complete = hits.filter(coverage(units, context)).length;
	return complete === 0 ? { match: 'some' } : { match: 'all', complete };
}

/** Per part of the query, the groups of terms any one of which finds it whole: its forms, meanings and corrections. */
function alternativesOf(units: readonly QueryUnit[]): string[][][] {
	return units.map((unit) => [
		...[...unit.literal, ...unit.expansions, ...unit.related, ...unit.narrower].filter((group) => group.length > 0),
		...unit.typos.map((t) => [t.term]),
		...unit.completions.map((term) => [term]),
	]);
}

/** Whether every part has an alternative whose mask the row has whole (plain loops: this runs once per hit). */
function coversRow(unitMasks: readonly (readonly Uint32Array[])[], matches: MatchSet, row: number): boolean {
	for (const groups of unitMasks) {
		let found = false;
		for (const mask of groups) {
			if (matches.hasAll(row, mask)) {
				found = true;
				break;
			}
		}
		if (!found) return false;
	}
	return true;
}

/**
 * Per part, a mask of each alternative's terms in the text field; an alternative with a term the query did not look
 * for can never be matched whole, and is left out.
 */
function masksOf(alternatives: readonly (readonly (readonly string[])[])[], matches: MatchSet): Uint32Array[][] {
	const field = matches.layout.fields.indexOf(TEXT_FIELD);
	return alternatives.map((groups) =>
		groups
			.filter((group) => group.every((term) => matches.layout.termIndex(term) >= 0))
			.map((group) => matches.layout.mask(group, field)),
	);
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

/**
 * Whether a match has only pieces of the query's parts: words of its text matched, but no part whole. `UN Charter`
 * means the United Nations Charter (¶2): a paragraph that names the United Nations without it says nothing of the
 * Charter. A paragraph matched through its theme alone matched no word of its text, and is not asked about here.
 * Checked on the row's bits (see `coverage`): a search asks it of every match; no set of terms is made per hit.
 */
export function onlyPieces(units: readonly QueryUnit[]): (hit: SearchHit) => boolean {
	const alternatives = alternativesOf(units);
	// Only a part of several words has pieces.
	if (!alternatives.some((groups) => groups.some((group) => group.length > 1))) return () => false;
	const masks = new WeakMap<MatchSet, Uint32Array[][]>();
	return (hit) => {
		if (hit instanceof LazyHit) {
			const { matches, row } = hit;
			if (!hit.inText) return false;
			let unitMasks = masks.get(matches);
			if (!unitMasks) masks.set(matches, (unitMasks = masksOf(alternatives, matches)));
			return !unitMasks.some((groups) => groups.some((mask) => matches.hasAll(row, mask)));
		}
		const terms = hit.matchedTerms;
		if (terms.size === 0) return false;
		return !alternatives.some((groups) => groups.some((group) => group.every((t) => terms.has(t))));
	};
}
