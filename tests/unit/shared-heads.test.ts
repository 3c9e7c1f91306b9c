import { describe, expect, it } from 'vitest';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const parts = (query: string) => index.plan(query).units.map((unit) => unit.typed);

describe('modifiers typed one after another before one head', () => {
	it('each get the head where the two make one thing the planner knows', () => {
		expect(parts('curbing the spread of nuclear, chemical and biological arms')).toEqual([
			'curbing',
			'spread',
			'nuclear arms',
			'chemical arms',
			// The last keeps the head it was typed with: "biological arms" is no one thing of the table's or WordNet's.
			'biological',
			'arms',
		]);
		expect(parts('chemical or biological weapons')).toEqual(['chemical weapons', 'biological weapons']);
		// Not where the two make nothing ("poverty change"), nor for a word the text has ("regional").
		expect(parts('poverty and climate change')).toEqual(['poverty', 'climate', 'change']);
		expect(parts('regional and international organizations')).toEqual(['regional', 'international', 'organizations']);
	});

	it('finds SG/2084’s weapons of mass destruction for nuclear, chemical and biological arms', () => {
		const outcome = index.search('curbing the spread of nuclear, chemical and biological arms');
		expect(outcome.match).not.toBe('none');
		expect(outcome.hits[0]?.paragraph.number).toBe(8);
		expect(index.search('chemical and biological weapons').match).toBe('all');
		// Every part but "spread" found, a partial match: ¶1 and ¶8 both say "the proliferation of weapons of mass
		// destruction" (¶1's "increasing" is nearer "spread" by word vectors, so it comes first).
		const both = index.search('spread of nukes, chemical and biological weapons').hits.slice(0, 2);
		expect(both.map((hit) => hit.paragraph.number).sort()).toEqual([1, 8]);
	});
});
