import { describe, expect, it } from 'vitest';
import { sharedSenses } from '../../src/search/text-senses.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe("the text's words that share a sense", () => {
	it('are the one-word meanings of one reader word of WordNet, two or three of them, close by word vectors', () => {
		// Made-up cosines: "often" and "frequent" 0.61 as in the real vectors, "meet" and "accord" far apart.
		const cosines: Record<string, number> = { 'frequent often': 0.61, 'accord meet': 0.2 };
		const closeness = (a: string, b: string) => cosines[[a, b].sort().join(' ')] ?? 0.9;
		const shared = sharedSenses(
			{
				match: {
					oftentim: [['frequent'], ['often']],
					encount: [['meet'], ['accord']],
					// Four meanings are a word's several senses, not one.
					run: [['manag'], ['oper'], ['flow'], ['campaign']],
					// A phrase is no one word.
					bluepr: [['framework'], ['plan', 'action']],
				},
			},
			closeness,
		);
		expect(shared.get('often')).toEqual(['frequent']);
		expect(shared.get('frequent')).toEqual(['often']);
		expect(shared.has('meet')).toBe(false);
		expect(shared.has('manag')).toBe(false);
		expect(shared.has('framework')).toBe(false);
	});

	it('make a word the text has find its fellow too, once the table is at hand: "more often" is ¶2’s "more frequent"', () => {
		const index = indexOf(seedCorpus());
		// The table is never made for words the text has: here it is made first, as the warm-up does.
		index.relatedWords();
		const often = index.plan('did they agree to meet more often?').units.find((unit) => unit.typed === 'often');
		expect(often?.related).toContainEqual([index.analyzer.term('frequent')]);
		// ¶2: "the importance of more frequent high-level meetings"; ¶1 says threats are "often described" as new.
		expect(index.search('did they agree to meet more often?').hits[0]?.paragraph.number).toBe(2);
		// An acronym's name written out is not a sense shared with another word.
		expect(index.plan('UN').units[0]?.related).toEqual([]);
	});
});
