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

describe('a part owned by a word the text lacks, in a dead end', () => {
	it('says nothing of the query in other words: the causes are obesity’s, the impact the sanctions’', () => {
		expect(index.search('root causes of obesity').match).toBe('none');
		expect(index.search('humanitarian impact of sanctions').match).toBe('none');
		// The text's own word after the lacking one owns it: the benefits are of progress, which ¶7 has.
		expect(index.search('knock-on benefits of economic progress').hits[0]?.paragraph.number).toBe(7);
		// And a part owned by a word the text has is the reader's: the root causes of terrorism are ¶3's.
		expect(index.search('root causes of terrorism').hits[0]?.paragraph.number).toBe(3);
	});
});
