import { describe, expect, it } from 'vitest';
import { alignedShare, sentenceAlignment } from '../../src/search/sentence-alignment.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { unit } from '../helpers/query-units.ts';

/** Word vectors that know a few cosines between a reader's word and the text's terms (0 for any other pair). */
const vectorsOf = (cosines: Record<string, Record<string, number>>) => ({
	closenessTo: (word: string) => {
		const known = cosines[word];
		return known && ((term: string) => known[term] ?? 0);
	},
});

describe("how much of the whole query a paragraph's best sentence says", () => {
	const { analyzer } = indexOf(seedCorpus());
	const term = (word: string) => analyzer.term(word) ?? word;
	const units = [
		unit('poverty', { literal: [[term('poverty')]], answerable: true }),
		unit('top', { literal: [[term('top')]] }),
		unit('the', { literal: [[term('the')]] }),
	];
	// "top" is 0.65 from "highest": (0.65 - 0.3) / 0.7 = 0.5 of its weight, above the floor.
	const vectors = vectorsOf({ top: { [term('highest')]: 0.65, [term('meetings')]: 0.2 } });

	it('counts a part in its own words whole, one in near words as close as they come, a function word not at all', () => {
		const aligned = sentenceAlignment(units, [1, 2, 1], vectors, analyzer);
		expect(aligned('Poverty was given the highest priority.')).toBeCloseTo(1 + 2 * 0.5);
		// Below the floor, a word of the sentence says nothing of the part.
		expect(aligned('Poverty and meetings.')).toBe(1);
		expect(aligned('The the the.')).toBe(0);
	});

	it('reads the sentence that says the most, not the paragraph as a whole', () => {
		const aligned = sentenceAlignment(units, [1, 1, 1], vectors, analyzer);
		// Poverty in one sentence and "highest" in another: the best sentence says one part.
		expect(aligned('Poverty was noted. The highest aims.')).toBeCloseTo(1);
		expect(aligned('Poverty is of the highest concern. Nothing else.')).toBeCloseTo(1.5);
	});

	it.each([
		// ¶7: "Peace-building activities should be accorded the highest priority."
		['rebuilding societies after wars is top priority', 7],
		// ¶3: "providing assistance to fulfil international obligations … resolution 1373".
		['help for states meeting their anti-terror duties', 3],
		// ¶4: "respect for human rights constituted a basic element in ensuring security".
		["respecting people's rights actually makes countries safer", 4],
	])(
		'puts, for "%s", the paragraph whose one sentence says it in near words among the first three: ¶%i',
		(query, n) => {
			const outcome = indexOf(seedCorpus()).search(query);
			expect(outcome.hits.slice(0, 3).map((h) => h.paragraph.number)).toContain(n);
		},
	);
});

describe("the share of the query a dead end's match says in one sentence", () => {
	const { analyzer } = indexOf(seedCorpus());
	const term = (word: string) => analyzer.term(word) ?? word;

	it('weighs every part alike, and is none without word vectors', () => {
		const units = [unit('poverty', { literal: [[term('poverty')]] }), unit('top', { literal: [[term('top')]] })];
		const vectors = vectorsOf({ top: { [term('highest')]: 0.65 } });
		expect(alignedShare(units, vectors, analyzer)?.('Poverty was given the highest priority.')).toBeCloseTo(1.5 / 2);
		expect(alignedShare(units, undefined, analyzer)).toBeUndefined();
	});

	it.each([
		// ¶6: children in armed conflict, "monitoring and peer review"; ¶7 is a little closer as a whole.
		["keeping kids safe in war zones, with states checking each other's record", 6],
		// ¶5: "confront terrorist groups with determination … strengthen cultural and religious understanding".
		['crack down on terror cells but also foster mutual understanding', 5],
	])('finds first, for "%s", the paragraph one of whose sentences says most of it: ¶%i', (query, n) => {
		const outcome = indexOf(seedCorpus()).search(query);
		expect(outcome.match).toBe('some');
		expect(outcome.hits[0]?.paragraph.number).toBe(n);
	});
});
