import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());

describe('a compound noun whose modifier the text lacks', () => {
	it('is one part the text lacks: "free trade" is not the illicit trade in small arms', () => {
		// Its modifier's own link (free: achieve) and another part's (agreements: agreed) agreed on ¶8 and ¶3.
		expect(index.search('free trade agreements between regional blocs')).toMatchObject({ match: 'none', hits: [] });
		// Typed alone or asked of the meeting, as well: not ¶8's "achieving" beside its "trade".
		expect(index.search('free trade').match).toBe('none');
		expect(index.search('what did the summit say about free trade').match).toBe('none');
		expect(index.search('free trade agreements').match).toBe('none');
		// The text's own compound still answers.
		expect(index.search('illicit trade in small arms').hits[0]?.paragraph.number).toBe(8);
	});
});
