import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { evaluate, summarize } from '../relevance/evaluate.ts';
import { RELEVANCE_TABLE } from '../relevance/relevance-table.ts';

describe('measured relevance', () => {
	const results = evaluate(indexOf(seedCorpus()), RELEVANCE_TABLE);

	it('has at least 30 queries covering every category', () => {
		expect(RELEVANCE_TABLE.length).toBeGreaterThanOrEqual(30);
		const categories = new Set(RELEVANCE_TABLE.map((c) => c.category));
		expect([...categories].sort()).toEqual([
			'acronym',
			'exclusion',
			'hyphen',
			'phrase',
			'spelling',
			'stemming',
			'synonym',
			'topic',
			'typo',
		]);
	});

	it('keeps recall@3 at 0.95 or more', () => {
		expect(summarize(results).recallAt3).toBeGreaterThanOrEqual(0.95);
	});

	it.each(results.map((r) => [r.case.query, r] as const))('finds an answer to %s in the top 3', (_query, result) => {
		expect(result.reciprocalRank).toBeGreaterThanOrEqual(1 / 3);
	});
});
