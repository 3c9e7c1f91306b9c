import type { Corpus } from '../../src/corpus/types.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import type { RelevanceCase } from './relevance-table.ts';

export interface CaseResult {
	case: RelevanceCase;
	/** The first matches as `SYMBOL ¶n`. */
	top: string[];
	/** 1 when the best match answers (or, for a no-answer query, when nothing is reported as a match). */
	recallAt1: number;
	/** Share of the relevant paragraphs (at most 3 count) among the first 3 matches; for no-answer, as recall@1. */
	recallAt3: number;
	/** 1 / rank of the first relevant match, 0 when none; for no-answer, as recall@1. */
	reciprocalRank: number;
}

export interface Scores {
	count: number;
	recallAt1: number;
	recallAt3: number;
	mrr: number;
}

/**
 * What each score means, printed under every table's header by `npm run eval` and said in the README: R@3 below R@1
 * in a class looks like a bug to a reader who takes both for "found in the first n".
 */
export const METRICS_LEGEND = [
	'R@1: the share of queries whose first match is relevant.',
	'R@3: the share of the relevant paragraphs (at most 3 count) found among the first 3 matches, averaged over queries;',
	'  a query with several relevant paragraphs can score less on R@3 than on R@1 (first right, others missed).',
	'MRR: the mean of 1 / the rank of the first relevant match (0 when no match is relevant).',
	'A query with no answer scores 1 on all three only when nothing is reported as a match.',
] as const;

/** The header of one table's scores: the columns, then what they mean. */
export function scoreHeader(table: string): string {
	const legend = METRICS_LEGEND.map((line) => `  ${line}\n`).join('');
	return `\n${table} table          queries  R@1     R@3     MRR\n${legend}`;
}

/**
 * Runs every case over the whole corpus, as a reader searches (no document filter), and scores it. Only matches
 * count, unless `countRelated`: paragraphs offered as related (not containing the words typed) are not answers. A case that names the
 * documents it was written over is scored on their matches alone.
 */
export function evaluate(
	index: ParagraphIndex,
	corpus: Corpus,
	cases: readonly RelevanceCase[],
	options: { countRelated?: boolean } = {},
): CaseResult[] {
	const symbolOf = new Map(corpus.documents.map((d) => [d.slug, d.symbol]));
	return cases.map((c) => {
		const outcome = index.search(c.query);
		const scope = c.documents === undefined ? undefined : new Set(c.documents);
		// Counting related paragraphs after the matches measures what a reader sees, not what the bot calls an answer.
		const shown = options.countRelated === true ? [...outcome.hits, ...outcome.related] : outcome.hits;
		const hits = shown
			.map((h) => ({ symbol: symbolOf.get(h.paragraph.document) ?? h.paragraph.document, number: h.paragraph.number }))
			.filter((h) => scope === undefined || scope.has(h.symbol));
		const ranked = hits.map((h) => `${h.symbol} ¶${h.number}`);
		const top = ranked.slice(0, 3);
		if (c.relevant.length === 0) {
			const right = hits.length === 0 ? 1 : 0;
			return { case: c, top, recallAt1: right, recallAt3: right, reciprocalRank: right };
		}
		const wanted = c.relevant.map((r) => `${r.document} ¶${r.paragraph}`);
		const firstRank = ranked.findIndex((key) => wanted.includes(key));
		return {
			case: c,
			top,
			recallAt1: firstRank === 0 ? 1 : 0,
			recallAt3: wanted.filter((key) => top.includes(key)).length / Math.min(3, wanted.length),
			reciprocalRank: firstRank < 0 ? 0 : 1 / (firstRank + 1),
		};
	});
}

export function summarize(results: readonly CaseResult[]): Scores {
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
	return {
		count: results.length,
		recallAt1: mean(results.map((r) => r.recallAt1)),
		recallAt3: mean(results.map((r) => r.recallAt3)),
		mrr: mean(results.map((r) => r.reciprocalRank)),
	};
}

/** Scores per query class, classes in first-seen order. */
export function byClass(results: readonly CaseResult[]): Map<string, Scores> {
	const groups = new Map<string, CaseResult[]>();
	for (const r of results) groups.set(r.case.class, [...(groups.get(r.case.class) ?? []), r]);
	return new Map([...groups].map(([name, group]) => [name, summarize(group)]));
}

/**
 * Splits a table into the cases the corpus can answer (every document they cite is loaded) and the symbols it lacks,
 * so that a table written for more documents than are loaded is scored on what is there, and says what is missing.
 */
export function loadedCases(
	corpus: Corpus,
	cases: readonly RelevanceCase[],
): { cases: RelevanceCase[]; missing: string[] } {
	const symbols = new Set(corpus.documents.map((d) => d.symbol));
	const missing = new Set<string>();
	const kept = cases.filter((c) => {
		const absent = c.relevant.filter((r) => !symbols.has(r.document)).map((r) => r.document);
		for (const symbol of absent) missing.add(symbol);
		return absent.length === 0;
	});
	return { cases: kept, missing: [...missing].sort() };
}
