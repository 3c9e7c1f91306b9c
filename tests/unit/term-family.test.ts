import { describe, expect, it } from 'vitest';
import { familyOf } from '../../src/search/term-family.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

/** Unit vectors in two dimensions, scaled as the compact file stores them. */
const at = (degrees: number) =>
	Int8Array.from(
		[Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)].map((x) => Math.round(x * 127)),
	);

describe("a term's family in the text", () => {
	const vectors: Record<string, Int8Array[]> = {
		terror: [at(0)],
		terrorist: [at(20)],
		civil: [at(90)],
		civilian: [at(0)],
		civilization: [at(180)],
		peac: [at(0)],
		peaceful: [at(10)],
	};
	const sorted = Object.keys(vectors).sort();
	const family = (term: string) => familyOf(term, sorted, (t) => vectors[t] ?? [], 0.6);

	it('is the words one of whose terms begins the other, when vectors find them the same word', () => {
		expect(family('terrorist')).toEqual(['terror']);
		expect(family('terror')).toEqual(['terrorist']);
		// "civilian" is not "civilization" nor "civil" (cosine 0 and -1 here, 0.04 and 0.47 in the real vectors).
		expect(family('civilian')).toEqual([]);
		expect(family('civil')).toEqual([]);
	});

	it('leaves out terms too short to tell a family by its first letters', () => {
		expect(family('peac')).toEqual([]);
	});

	it('is what a same-sense word means too: "extremists" finds terrorism, not only the terrorist groups of ¶5', () => {
		const outcome = indexOf(seedCorpus()).search('extremists');
		expect(outcome.plan.units[0]?.related).toEqual(expect.arrayContaining([['terrorist'], ['terror']]));
		expect(outcome.hits.map((hit) => hit.paragraph.number)).toEqual(expect.arrayContaining([3, 4, 5]));
	});
});
