import type { MatchSet } from './match-set.ts';
import type { Reach } from './minisearch-query.ts';
import type { QueryPlan } from './query-plan.ts';
import { TEXT_FIELD } from './ranked.ts';
import type { MatchKind } from './search-outcome.ts';
import { showsSomething, type SearchHit } from './search-hit.ts';

/** Fewer full matches than this leave room for partial ones after them (a page of results shows three). */
const FULL_PAGE = 3;
/** At most this many partial matches follow the full ones. */
const MAX_FILL = 5;

/** What a query allows to count as a match (see `matchRules`). */
export interface Allowed {
	/** Every part of the query in one paragraph makes a match. */
	whole: boolean;
	/** Most parts make one too, after those with every part. */
	partial: boolean;
	/** Whether a paragraph states the kind of fact the question asks for. */
	answers: (hit: SearchHit) => boolean;
	/** Whether a partial match keeps what the question names. */
	names: (hit: SearchHit) => boolean;
	/**
	 * The partial matches that stay when the query names a document (see `namedScope`); all by default. `found`: every
	 * paragraph found, whether it states what the question asks or not, where the name is looked for.
	 */
	scope?: (hits: SearchHit[], found?: readonly SearchHit[]) => SearchHit[];
	/** Whether a partial match may follow the full ones (see `restsOnStemMates`); all may by default. */
	fills?: (hit: SearchHit) => boolean;
	/** Whether a match has only pieces of the query's parts, none whole (see `onlyPieces`); none by default. */
	onlyPieces?: (hit: SearchHit) => boolean;
	/** Whether a partial match says something of the query in the reader's own words (see `restsOnOtherSenses`). */
	saysSomething?: (hit: SearchHit) => boolean;
	/**
	 * Whether, when no paragraph with every part states what the question asks, one with most parts may: "how often
	 * should high-level meetings be held" is answered by "more frequent high-level meetings", which need not say held
	 * again. Not a time, a place or a count: there, one without every part is about another meeting. None by default.
	 */
	answeredByMost?: boolean;
	/**
	 * Whether, when no paragraph with every part states what the question asks, one with most parts in the same
	 * documents may, keeping what it names (see `names`): "where and when is the thirteenth session of the fisheries
	 * council?" meets ¶6 of the council's press release, "by the thirteenth session of the Council", which says neither,
	 * and ¶8 of the same, "its thirteenth session in Mahé, Seychelles, in February 2026", says both. Asked of a question
	 * that names which one (an ordinal, a number, the next): the same meeting, not another. None by default.
	 */
	answeredNearby?: boolean;
	/** The matches in the order shown, when the query asks for another than the ranking's (see `topicFirst`). */
	order?: (hits: SearchHit[]) => SearchHit[];
}

/**
 * The matches, every part first, then (when the query allows it) most parts; undefined when nothing matches. Found
 * paragraphs that do not state the fact a question asks for (see `answers`) are related, not matches.
 */
export function findMatches(
	plan: QueryPlan,
	allow: Allowed,
	run: (combineWith: 'AND' | 'OR', reach?: Reach) => MatchSet,
	hitsOf: (matches: MatchSet, rows: ArrayLike<number>) => SearchHit[],
): { match: MatchKind; hits: SearchHit[]; related: SearchHit[] } | undefined {
	const several = plan.units.length > 1;
	if (allow.whole) {
		const all = run('AND', { narrower: several, looser: false });
		if (all.size > 0) {
			const found = hitsOf(all, allRows(all));
			const hits = found.filter((h) => allow.answers(h) && !(allow.onlyPieces?.(h) ?? false));
			const most = hits.length === 0 && allow.answeredByMost === true && allow.partial ? partly(found) : undefined;
			const nearby = hits.length === 0 && allow.answeredNearby === true && allow.partial ? near(found) : undefined;
			if (nearby) return nearby;
			if (hits.length === 0) return most ?? { match: 'none', hits, related: found };
			// A first page with room left shows, after the paragraphs with every word, those with most of them; so it
			// does after full matches that say a part the text lacks in other words, which may be another sense of it
			// ("tackling poverty": "facing the world today" is no tackling, and the paragraph on poverty follows).
			const inOtherWords = plan.units.some((u) => !u.answerable && u.phrase === undefined);
			if ((allow.partial || inOtherWords) && hits.length < FULL_PAGE) {
				const ids = new Set(all.docs);
				const more = run('OR', { narrower: true, looser: false });
				const rows = textRows(more).filter((row) => !ids.has(more.docs[row] ?? -1));
				const candidates = hitsOf(more, rows).filter((h) => allow.answers(h) && allow.names(h));
				// Scoped beside the full matches: one in the named document says more of the query than its name.
				const scoped = allow.scope
					? new Set(allow.scope([...hits, ...candidates], [...found, ...candidates]))
					: undefined;
				// A paragraph that would bold nothing (a narrower word alone, which is never bolded) shows the reader
				// nothing of the query ("tackling poverty": ¶10's "confronting"); asked of the first few only.
				const full = hits.length;
				for (const h of candidates) {
					if (hits.length >= full + MAX_FILL) break;
					if ((scoped?.has(h) ?? true) && (allow.fills?.(h) ?? true) && showsSomething(h)) hits.push(h);
				}
			}
			return { match: 'all', hits: allow.order?.(hits) ?? hits, related: [] };
		}
	}
	return allow.partial ? partly() : undefined;

	/** The matches with most parts in the documents of those found with every part (see `answeredNearby`). */
	function near(found: SearchHit[]) {
		const documents = new Set(found.map((h) => h.paragraph.document));
		const some = run('OR', { narrower: true, looser: false });
		const hits = hitsOf(some, textRows(some)).filter(
			(h) => documents.has(h.paragraph.document) && allow.answers(h) && allow.names(h),
		);
		return hits.length > 0 ? { match: 'some' as const, hits: allow.order?.(hits) ?? hits, related: [] } : undefined;
	}

	/** The matches with most parts, or, with none, the paragraphs found (`unstating`, when given) as related. */
	function partly(unstating?: SearchHit[]) {
		const some = run('OR', { narrower: true, looser: false });
		const rows = textRows(some);
		if (rows.length === 0) return unstating && { match: 'none' as const, hits: [], related: unstating };
		const found = hitsOf(some, rows);
		const answering = found.filter((h) => allow.answers(h) && allow.names(h) && (allow.saysSomething?.(h) ?? true));
		const hits = allow.scope?.(answering, found) ?? answering;
		if (hits.length > 0) return { match: 'some' as const, hits: allow.order?.(hits) ?? hits, related: [] };
		return { match: 'none' as const, hits, related: unstating ?? found };
	}
}

/** Every row of a query's matches. */
export function allRows(matches: MatchSet): Int32Array {
	const rows = new Int32Array(matches.size);
	for (let row = 0; row < rows.length; row += 1) rows[row] = row;
	return rows;
}

/** The rows of a query's matches whose paragraph's own text matched (not only its theme labels). */
export function textRows(matches: MatchSet): number[] {
	const field = matches.layout.fields.indexOf(TEXT_FIELD);
	const rows: number[] = [];
	for (let row = 0; row < matches.size; row += 1) if (matches.inField(row, field)) rows.push(row);
	return rows;
}
