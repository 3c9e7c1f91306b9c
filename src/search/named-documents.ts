import type { Analyzer } from './analyzer.ts';
import { soleWriter, type LentTerms } from './document-context.ts';
import { coverage } from './hit-coverage.ts';
import type { QueryPlan } from './query-plan.ts';
import { isWholeToken } from './query-unit.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';

/** How many of the query's parts a hit matched in its own words; as many as it needs when not known. */
const partsOf = (hit: SearchHit): number => (hit instanceof LazyHit ? hit.direct : Infinity);

/**
 * The partial matches of a query that names a body by the name its document goes by ("what did the G7 say about
 * energy prices?"), when that document says nothing else the query asks: then only paragraphs that name the body
 * themselves and say something more of the query. Another body's paragraph on energy prices says what that body said;
 * the G7's paragraphs that only name the G7 say nothing of them. When the named document does say more of the query,
 * the matches are left as they are: the name may be who acts ("AU troops"), not whose words are asked for. A name no
 * title gives that one document's paragraphs alone write ("BRICS") names that document too. Undefined when the query
 * types no acronym.
 */
export function namedScope(
	plan: QueryPlan,
	analyzer: Pick<Analyzer, 'term'>,
	context: LentTerms,
): ((hits: SearchHit[], found?: readonly SearchHit[]) => SearchHit[]) | undefined {
	const names = plan.units.flatMap((unit) => {
		if (!unit.answerable || unit.phrase !== undefined || !isWholeToken(unit.typed)) return [];
		const name = analyzer.term(unit.typed);
		const documents = name === null ? [] : (context.named?.(name) ?? []);
		return [{ documents, inText: coverage([unit], context) }];
	});
	if (names.length === 0) return undefined;
	return (hits, found = hits) => {
		let kept = hits;
		for (const name of names) {
			const { inText } = name;
			// A name no title gives, that the paragraphs of one document alone write (BRICS, in the Kazan Declaration):
			// that document's body, as its title would say were it in the title (see `partSpread`).
			const documents = name.documents.length > 0 ? name.documents : writers(found, inText);
			if (documents.length === 0) continue;
			// The named document's paragraph says more of the query than the name its title lends it.
			const saysMore = (hit: SearchHit) => partsOf(hit) + (inText(hit) ? 0 : 1) >= 2;
			if (hits.some((hit) => documents.includes(hit.paragraph.document) && saysMore(hit))) continue;
			kept = kept.filter((hit) => inText(hit) && partsOf(hit) >= 2);
		}
		return kept;
	};
}

/** The one document whose found paragraphs write a name (see `soleWriter`), when several documents were found. */
function writers(found: readonly SearchHit[], inText: (hit: SearchHit) => boolean): readonly string[] {
	if (new Set(found.map((hit) => hit.paragraph.document)).size < 2) return [];
	return soleWriter(found.filter(inText).map((hit) => hit.paragraph.document));
}
