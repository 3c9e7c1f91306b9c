import type { SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { rank } from '../../src/search/ranking.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const corpus = seedCorpus();
const index = indexOf(corpus);
const [first, second] = corpus.documents[0]?.paragraphs ?? [];
const paragraphOf = (id: string) => corpus.paragraphById.get(id);
/** A result as the executor gives it: the paragraph's id, its score and the terms it matched in its text. */
const result = (id: string, score: number, terms: string[]): SearchResult => ({
	id,
	score,
	terms,
	queryTerms: terms,
	match: Object.fromEntries(terms.map((t) => [t, ['text']])),
});
const order = (query: string, results: SearchResult[]) =>
	rank(results, paragraphOf, [], { plan: index.plan(query), writtenForms: (f) => [f] }).map((r) => r.paragraph.id);

describe('the curated table weighs below the words typed', () => {
	it('ranks a paragraph with the word as typed above one with only its meaning, whatever the scores', () => {
		if (!first || !second) throw new Error('the seed document has paragraphs');
		// "drugs" means "organized crime" in the table: two terms outscore one, yet the typed word comes first.
		expect(order('drugs', [result(second.id, 9, ['organize', 'crime']), result(first.id, 1, ['drug'])])).toEqual([
			first.id,
			second.id,
		]);
	});

	it('counts the meaning as the word itself where the text never has the word typed', () => {
		if (!first || !second) throw new Error('the seed document has paragraphs');
		// No paragraph says "kids": one saying "children" (the table's meaning) stands level with one saying "war".
		const plan = index.plan('kids war');
		expect(plan.units.map((u) => u.expansions)).toEqual([[['children']], expect.anything()]);
		expect(order('kids war', [result(second.id, 1, ['war']), result(first.id, 9, ['children'])])).toEqual([
			first.id,
			second.id,
		]);
	});
});
