import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe('a dead end orders its closest paragraphs as its matches count them', () => {
	it.each([
		// ¶6: peer review of how civilians are protected.
		['countries checking each other on how they treat noncombatants', 6],
		// ¶2: the use of force under the Charter, not ¶8's treaty regimes.
		['going to war only with legal approval under the founding treaty', 2],
	])('"%s" finds ¶%i first', (query, paragraph) => {
		const { match, hits } = indexOf(seedCorpus()).search(query);
		expect(match).not.toBe('none');
		expect(hits[0]?.paragraph.number).toBe(paragraph);
	});

	it('does not lift a link the vectors deny ("extremism" is not the "high" of High-Level)', () => {
		const { hits } = indexOf(seedCorpus()).search('grasp root causes of extremism');
		expect(hits[0]?.paragraph.number).toBe(3);
	});
});
