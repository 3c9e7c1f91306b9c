import { describe, expect, it } from 'vitest';
import { MatchSet, SlotLayout } from '../../src/search/match-set.ts';
import { ParagraphColumns } from '../../src/search/paragraph-columns.ts';
import { rank } from '../../src/search/ranking.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const corpus = seedCorpus();
const index = indexOf(corpus);
const [first, second] = corpus.documents[0]?.paragraphs ?? [];
/** A result as the executor gives it: the paragraph's id, its score and the terms it matched in its text. */
interface Result {
	id: string;
	score: number;
	terms: string[];
}
const result = (id: string, score: number, terms: string[]): Result => ({ id, score, terms });
/** The results as the executor's columns: row i is paragraph i of `ids`, its terms' bits set in the text field. */
function matchSet(results: readonly Result[]): { matches: MatchSet; columns: ParagraphColumns } {
	const layout = new SlotLayout(['text', 'themes']);
	for (const r of results) for (const term of r.terms) layout.add(term);
	const bits = new Uint32Array(results.length * layout.words);
	results.forEach((r, row) => {
		for (const term of r.terms) {
			const slot = layout.slot(layout.termIndex(term), 0);
			bits[row * layout.words + (slot >>> 5)] = (bits[row * layout.words + (slot >>> 5)] ?? 0) | (1 << (slot & 31));
		}
	});
	const ids = results.map((r) => r.id);
	const docs = Int32Array.from(results, (_, row) => row);
	const scores = Float64Array.from(results, (r) => r.score);
	return {
		matches: new MatchSet(docs, scores, bits, layout, ids),
		columns: new ParagraphColumns(ids, corpus.paragraphById),
	};
}
const order = (query: string, results: Result[]) => {
	const { matches, columns } = matchSet(results);
	const rows = Int32Array.from(results, (_, row) => row);
	const exact = { plan: index.plan(query), writtenForms: (f: string) => [f] };
	return rank(matches, rows, columns, [], exact).map((r) => r.paragraph.id);
};

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
