import { describe, expect, it } from 'vitest';
import { typedTogether } from '../../src/search/typed-together.ts';
import { layoutsCore } from '../helpers/corpus.ts';

describe('words typed together', () => {
	it('are not together across a comma, a semicolon or a colon', () => {
		const words = ['Bamako', 'Ouagadougou', 'and', 'Niamey'];
		expect(typedTogether('Bamako Ouagadougou', words, words, 0)).toBe(true);
		expect(typedTogether('juntas in Bamako, Ouagadougou and Niamey', words, words, 0)).toBe(false);
		expect(typedTogether('Bamako; Ouagadougou', words, words, 0)).toBe(false);
		expect(typedTogether('Bamako : Ouagadougou', words, words, 0)).toBe(false);
		// A comma elsewhere in the query leaves these two together.
		expect(typedTogether('Bamako Ouagadougou, and Niamey', words, words, 0)).toBe(true);
		// A small word dropped between them (the kept words skip it) still parts them.
		expect(typedTogether('Bamako and Niamey', ['Bamako', 'and', 'Niamey'], ['Bamako', 'Niamey'], 0)).toBe(false);
	});

	it("in a list of capitals, each is its own word, the capital of the text's country", () => {
		// The annex and the extract write "the Sudan" and "Liberia"; WordNet's Khartoum and Monrovia are their capitals.
		// Read together, two capitalized words the text lacks were one name, and neither was the capital of anything.
		const index = layoutsCore().context.index;
		const narrower = (query: string) => index.plan(query).units.map((u) => u.narrower.flat());
		const [sudan, liberia] = ['sudan', 'liberia'].map((w) => index.analyzer.term(w));
		expect(narrower('Khartoum, Monrovia')).toEqual([[sudan], [liberia]]);
		expect(narrower('Khartoum Monrovia')).toEqual([[], []]);
	});
});
