import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import type { RelevanceCase } from './relevance-table.ts';

export interface CaseResult {
	case: RelevanceCase;
	top: number[];
	/** Share of the relevant paragraphs (at most 3 count) found in the top 3. */
	recallAt3: number;
	/** 1 / rank of the first relevant paragraph, 0 when none is found. */
	reciprocalRank: number;
}

/** Runs every case against one document's paragraphs and scores it. */
export function evaluate(index: ParagraphIndex, cases: readonly RelevanceCase[], document = 'sg2084'): CaseResult[] {
	return cases.map((c) => {
		const ranked = index.search(c.query, { document }).hits.map((h) => h.paragraph.number);
		const top = ranked.slice(0, 3);
		const found = c.relevant.filter((n) => top.includes(n)).length;
		const firstRank = ranked.findIndex((n) => c.relevant.includes(n));
		return {
			case: c,
			top,
			recallAt3: found / Math.min(3, c.relevant.length),
			reciprocalRank: firstRank < 0 ? 0 : 1 / (firstRank + 1),
		};
	});
}

export function summarize(results: readonly CaseResult[]): { recallAt3: number; mrr: number } {
	const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
	return { recallAt3: mean(results.map((r) => r.recallAt3)), mrr: mean(results.map((r) => r.reciprocalRank)) };
}
