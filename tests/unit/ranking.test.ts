import { describe, expect, it } from 'vitest';
import { MatchSet, SlotLayout } from '../../src/search/match-set.ts';
import { ParagraphColumns } from '../../src/search/paragraph-columns.ts';
import { rank } from '../../src/search/ranking.ts';
import { closeness, nearness, quotes } from '../../src/search/proximity.ts';
import type { QueryPlan } from '../../src/search/query-plan.ts';
import type { QueryUnit } from '../../src/search/query-unit.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { unit as partOf } from '../helpers/query-units.ts';

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
	const exact = { plan: index.plan(query), writtenForms: (f: string) => [f], analyzer: index.analyzer };
	return rank(matches, rows, columns, [], exact).map((r) => r.paragraph.id);
};

describe('the curated table weighs below the words typed', () => {
	it('ranks a paragraph with the word as typed above one with only its meaning, whatever the scores', () => {
		if (!first || !second) throw new Error('the seed document has paragraphs');
		// "gangs" means "organized crime" in the table: two terms outscore one, yet the typed word comes first.
		expect(index.plan('gangs').units[0]?.expansions).toEqual([['organize', 'crime']]);
		expect(order('gangs', [result(second.id, 9, ['organize', 'crime']), result(first.id, 1, ['gang'])])).toEqual([
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

describe('an acronym written out is the acronym', () => {
	it('counts "United Nations" as much as `UN` typed, where the text also writes "UN"', () => {
		if (!first || !second) throw new Error('the seed document has paragraphs');
		expect(index.plan('UN peace').units[0]?.expansions).toEqual([['unit', 'nation']]);
		// One paragraph says "UN" (as typed), another "United Nations": both have both parts, so the score decides.
		expect(
			order('UN peace', [result(first.id, 1, ['un', 'peac']), result(second.id, 100, ['unit', 'nation', 'peac'])]),
		).toEqual([second.id, first.id]);
	});
});

describe("a paragraph with the query's parts close together ranks above one with them far apart", () => {
	const paragraph = (n: number) => {
		const found = corpus.documents[0]?.paragraphs.find((p) => p.number === n);
		if (!found) throw new Error(`the seed document has ¶${n}`);
		return found;
	};

	it('outranks a higher score from a paragraph that has the same words sentences apart', () => {
		// ¶7: "poverty and deprivation continued to constitute equally important threats"; ¶1 names poverty in one
		// sentence and "these threats" two sentences on.
		const [close, far] = [paragraph(7), paragraph(1)];
		expect(
			order('poverty threats', [result(far.id, 10, ['poverti', 'threat']), result(close.id, 8, ['poverti', 'threat'])]),
		).toEqual([close.id, far.id]);
	});

	it('never lifts a paragraph above one with more of the parts', () => {
		// Whatever its score and closeness, ¶7 matched (here) one part of two: ¶1 has both.
		const [close, far] = [paragraph(7), paragraph(1)];
		expect(
			order('poverty threats', [result(close.id, 100, ['poverti']), result(far.id, 1, ['poverti', 'threat'])]),
		).toEqual([far.id, close.id]);
	});
});

describe('closeness', () => {
	const parts = (...terms: string[][]) => terms.map((t) => new Set(t));
	it.each([
		['side by side', 'joint programmes', parts(['joint'], ['program']), 1],
		[
			'stop words between count as words',
			'joint programmes could be developed and financed',
			parts(['joint'], ['program'], ['financ']),
			2 / 6,
		],
		[
			'the closest occurrences count',
			'financed far away from here, then joint programmes financed',
			parts(['joint'], ['financ']),
			1 / 2,
		],
		['one part alone', 'joint efforts', parts(['joint'], ['program']), 0],
		['a compound part is a word', 'the Counter-Terrorism Committee', parts(['counter', 'terror'], ['committe']), 1],
	])('%s', (_, text, units, expected) => {
		expect(closeness(index.analyzer, text, units)).toBeCloseTo(expected, 5);
	});
});

describe('words typed one after another as a paragraph has them', () => {
	it('put first the paragraph they were quoted from, over one with every word farther apart and more often', () => {
		// ¶2: "effective responses to today’s challenges to international peace and security"; ¶1 has every word too.
		const query = "today's challenges to international peace and security";
		expect(
			index
				.search(query)
				.hits.map((h) => h.paragraph.number)
				.slice(0, 2),
		).toEqual([2, 1]);
	});

	it('are told in order, stop words aside; too few say nothing', () => {
		const terms = index.analyzer
			.tokens('challenges to international peace and security')
			.map((w) => index.analyzer.term(w) ?? '');
		const typed = terms.filter(Boolean);
		expect(quotes(typed, typed)).toBe(true);
		expect(quotes(['a', ...typed, 'b'], typed)).toBe(true);
		expect(quotes([...typed].reverse(), typed)).toBe(false);
		const units = typed.map((t) => new Set([t]));
		const text = 'peace and security';
		expect(nearness(index.analyzer, text, units.slice(2), typed.slice(2))).toBeCloseTo(
			1 + 5 * closeness(index.analyzer, text, units.slice(2)),
			5,
		);
	});
});

describe('a part the text lacks counts as closely as word vectors find it said', () => {
	const paragraph = (n: number) => {
		const found = corpus.documents[0]?.paragraphs.find((p) => p.number === n);
		if (!found) throw new Error(`the seed document has ¶${n}`);
		return found;
	};
	/** A query's part the text has (unless `fields` says otherwise). */
	const unit = (typed: string, fields: Partial<QueryUnit>): QueryUnit => partOf(typed, { answerable: true, ...fields });
	const plan: QueryPlan = {
		units: [
			unit('poverty', { literal: [['poverti']] }),
			unit('destitution', { literal: [['destitut']], related: [['depriv'], ['threat']], answerable: false }),
		],
		excluded: [],
		unbalancedQuote: false,
		onlyAsks: false,
		terms: ['poverti', 'depriv', 'threat'],
		singles: ['poverti', 'depriv', 'threat'],
		groups: [],
	};
	// Made-up vectors: "deprivation" means destitution; "threats" only shares a context with it.
	const vectors = {
		closenessTo: (word: string) =>
			word === 'destitution' ? (term: string) => ({ depriv: 0.7, threat: 0.25 })[term] ?? 0 : undefined,
	};
	const ranked = (results: Result[], withVectors: boolean) => {
		const { matches, columns } = matchSet(results);
		const rows = Int32Array.from(results, (_, row) => row);
		const exact = {
			plan,
			writtenForms: (f: string) => [f],
			analyzer: index.analyzer,
			vectors: withVectors ? () => vectors : undefined,
		};
		return rank(matches, rows, columns, [], exact).map((r) => r.paragraph.id);
	};

	it('ranks a paragraph saying it in close words above a higher score with a link the vectors do not bear out', () => {
		// ¶7 says "poverty and deprivation"; ¶2 is made to match poverty and "threats", which the resource links but the
		// vectors do not (its text has no word close to destitution).
		const [close, loose] = [paragraph(7), paragraph(2)];
		const results = [result(loose.id, 10, ['poverti', 'threat']), result(close.id, 1, ['poverti', 'depriv'])];
		expect(ranked(results, true)).toEqual([close.id, loose.id]);
		// Without vectors only the reader's own words count: both have poverty, and the score decides.
		expect(ranked(results, false)).toEqual([loose.id, close.id]);
	});

	it('counts a part a paragraph names only in an enumeration for less than one it says something of', () => {
		// ¶1 names poverty in its list of the meeting's challenges ("international terrorism, poverty, …"); ¶7 says that
		// poverty and deprivation are threats. Without vectors both have poverty and a threat, and the score would decide.
		const [about, listing] = [paragraph(7), paragraph(1)];
		const results = [result(listing.id, 10, ['poverti', 'threat']), result(about.id, 1, ['poverti', 'threat'])];
		expect(ranked(results, false)).toEqual([about.id, listing.id]);
		// Made to match only in its own sentence ("these threats"), ¶1 keeps its place by its score.
		const unlisted = [result(listing.id, 10, ['threat']), result(about.id, 1, ['threat'])];
		expect(ranked(unlisted, false)).toEqual([listing.id, about.id]);
	});

	it('never lifts a paragraph saying it in close words above one with the reader’s own word for every part', () => {
		const [close, own] = [paragraph(7), paragraph(1)];
		const results = [result(close.id, 100, ['poverti', 'depriv']), result(own.id, 1, ['poverti', 'destitut'])];
		expect(ranked(results, true)).toEqual([own.id, close.id]);
	});
});
