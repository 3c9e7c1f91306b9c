import { describe, expect, it } from 'vitest';
import { indexOf, layoutsCore, seedCorpus } from '../helpers/corpus.ts';

const where = (hit: { paragraph: { document: string; number: number } }) =>
	`${hit.paragraph.document} ¶${hit.paragraph.number}`;

describe('a word typed with "ex-", where the text writes "former"', () => {
	// The annex writes "the disarmament, demobilization and reintegration (DDR) of former combatants" (¶4 (b)); SG/2084
	// writes "the fight against terrorism" (¶4), which is no ex-fighter's.
	const index = layoutsCore().context.index;

	it('finds the former ones, not the word after the prefix alone', () => {
		const found = index.search('ex-fighters');
		expect(found.match).toBe('all');
		expect(found.hits.map(where)).toEqual(['annex-roman ¶4']);
		expect(found.hits[0]?.matchedTerms.has(index.analyzer.term('former') ?? '')).toBe(true);
	});

	it("puts them first in a reader's paraphrase", () => {
		const found = index.search('getting ex-fighters back into civilian life');
		expect(found.hits.map(where)[0]).toBe('annex-roman ¶4');
	});

	it('leaves a word the text writes with the prefix as typed', () => {
		// No "ex-" in the text, and no "former" in SG/2084: nothing changes there.
		const seed = indexOf(seedCorpus());
		expect(seed.search('ex-fighters').hits.map(where)).not.toContain('annex-roman ¶4');
	});
});

describe('a same-sense phrase of a word typed, among related paragraphs ordered by closeness', () => {
	it('counts where all its words are said ("wars": armed conflict)', () => {
		// ¶9: "the prevention of armed conflict"; ¶2 speaks of the use of force, which only the curated table brings.
		const seed = indexOf(seedCorpus());
		expect(seed.search('stopping wars before they break out').hits[0]?.paragraph.number).toBe(9);
	});
});
