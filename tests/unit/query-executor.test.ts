import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { indexedDocuments } from '../../src/search/indexed-documents.ts';
import { toMiniSearchQuery } from '../../src/search/minisearch-query.ts';
import { CompactPostings } from '../../src/search/compact-postings.ts';
import { KeptHeap } from '../../src/search/kept-heap.ts';
import { KeystrokeTop } from '../../src/search/keystroke-top.ts';
import { QueryExecutor } from '../../src/search/query-executor.ts';
import { miniSearchResults } from '../../src/search/minisearch-results.ts';
import { indexOptions, SEARCH_OPTIONS } from '../../src/search/search-options.ts';
import { indexOf, twoDocumentCorpus } from '../helpers/corpus.ts';

const corpus = twoDocumentCorpus();
const index = indexOf(corpus);
// MiniSearch's own index of the same documents with the same options: what the compact postings must answer like.
const miniSearch = new MiniSearch(indexOptions(new Analyzer(corpus.language.spelling), () => {}));
miniSearch.addAll(indexedDocuments(corpus));
const executor = new QueryExecutor(CompactPostings.fromMiniSearch(miniSearch));

/** Queries of every shape the search builds: one word, several (AND of ORs), completions, meanings, exclusions. */
const QUERIES = [
	'terrorism',
	'counter terrorism',
	'human rights',
	'security council sanctions',
	'peace-building',
	'climate chang',
	'CTC',
	'terrorism -financing',
	'"rule of law" cooperation',
	'cooperaiton',
	'regional organizations',
];

const shape = (results: readonly SearchResult[]) =>
	results.map((r) => ({ id: String(r.id), score: r.score, match: r.match, queryTerms: [...r.queryTerms].sort() }));

describe('the query executor gives MiniSearch’s own results with less work', () => {
	const trees: [string, Query][] = QUERIES.flatMap((q) => {
		const plan = index.plan(q);
		return [
			[`${q} (AND)`, toMiniSearchQuery(plan, 'AND')],
			[`${q} (OR, narrower and looser)`, toMiniSearchQuery(plan, 'OR', { narrower: true, looser: true })],
		] as [string, Query][];
	});

	it.each(trees)('%s: same paragraphs, scores and matched terms', (_, query) => {
		const expected = miniSearch.search(query, SEARCH_OPTIONS);
		const actual = miniSearchResults(executor, query, SEARCH_OPTIONS);
		// Same order too: ties aside, both sort by score (the ranking breaks ties by corpus order afterwards).
		const byIdThenScore = (a: { id: unknown; score: number }, b: { id: unknown; score: number }) =>
			b.score - a.score || String(a.id).localeCompare(String(b.id));
		expect(shape(actual).sort(byIdThenScore)).toEqual(shape(expected).sort(byIdThenScore));
		expect(actual.map((r) => r.score)).toEqual(expected.map((r) => r.score));
	});

	it('finds something for most of these queries (the comparison is not between empty lists)', () => {
		const found = trees.filter(([, query]) => miniSearchResults(executor, query, SEARCH_OPTIONS).length > 0);
		expect(found.length).toBeGreaterThan(trees.length / 2);
	});

	it('applies the filter like MiniSearch', () => {
		const query = toMiniSearchQuery(index.plan('terrorism'), 'AND');
		const filter = (r: SearchResult) => String(r.id).endsWith('1');
		const expected = miniSearch.search(query, { ...SEARCH_OPTIONS, filter }).map((r) => String(r.id));
		expect(expected.length).toBeGreaterThan(0);
		expect(miniSearchResults(executor, query, { ...SEARCH_OPTIONS, filter }).map((r) => String(r.id))).toEqual(
			expected,
		);
	});

	// The keystroke path's ranking reads the same postings.
	const keystroke = new KeystrokeTop(CompactPostings.fromMiniSearch(miniSearch));

	it.each(['terror', 'secur', 'council', 'nation'])(
		'top(%s) is the head of MiniSearch’s search for the term in the text alone',
		(term) => {
			const options = { fields: ['text'], tokenize: (q: string) => [q], processTerm: (t: string) => t };
			const expected = miniSearch
				.search({ queries: [term] }, options)
				.slice(0, 3)
				.map((r) => ({ id: String(r.id), score: r.score }));
			expect(expected.length).toBeGreaterThan(0);
			expect(keystroke.top(term, 'text', 3)).toEqual(expected);
		},
	);

	it('keeps the best of a stream in a bounded heap as a stable sort would, among many ties', () => {
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let trial = 0; trial < 300; trial += 1) {
			const scores = Array.from({ length: 1 + Math.floor(random() * 40) }, () => 1 + Math.floor(random() * 3));
			const capacity = Math.floor(random() * 12);
			const heap = new KeptHeap(Math.min(capacity, scores.length));
			scores.forEach((score, at) => heap.offer(score, at));
			const expected = scores
				.map((score, at) => ({ at, score }))
				.sort((x, y) => y.score - x.score)
				.slice(0, capacity);
			expect(heap.bestFirst()).toEqual(expected);
		}
	});

	it('top keeps MiniSearch’s order for every term and limit, ties included (first posting first)', () => {
		const options = { fields: ['text'], tokenize: (q: string) => [q], processTerm: (t: string) => t };
		const terms = [...new Set(corpus.paragraphs.flatMap((p) => index.analyzer.tokens(p.searchText)))]
			.map((word) => index.analyzer.term(word))
			.filter((term): term is string => term !== null);
		let ties = 0;
		for (const term of new Set(terms)) {
			const all = miniSearch.search({ queries: [term] }, options).map((r) => ({ id: String(r.id), score: r.score }));
			ties += all.filter((r, i) => i > 0 && r.score === all[i - 1]?.score).length;
			for (const limit of [1, 2, 3, 5, 8]) expect(keystroke.top(term, 'text', limit)).toEqual(all.slice(0, limit));
		}
		// The corpus has tied scores (same count in paragraphs of the same length): the order among them is checked.
		expect(ties).toBeGreaterThan(0);
	});

	it.each([
		[['terror']],
		[['secur'], ['council', 'counter', 'countri']],
		[['nation'], ['unit'], ['region', 'regim']],
		[['terror', 'terrorist'], ['terror']],
		[['nation'], ['unit', 'secur', 'council', 'intern']],
	])('topAll(%j) ranks like search over the AND of those ORs in the text', (...parts: string[][]) => {
		const options = { fields: ['text'], tokenize: (q: string) => [q], processTerm: (t: string) => t };
		const query: Query = { combineWith: 'AND', queries: parts.map((terms) => ({ combineWith: 'OR', queries: terms })) };
		const expected = miniSearch.search(query, options).map((r) => ({ id: String(r.id), score: r.score }));
		expect(expected.length).toBeGreaterThan(0);
		const actual = keystroke.topAll(parts, 'text', 1000, () => true);
		expect(new Set(actual)).toEqual(new Set(expected.map((r) => r.id)));
		// Best first: scores never rise along the list (ties come in corpus order).
		const scoreOf = new Map(expected.map((r) => [r.id, r.score]));
		const scores = actual.map((id) => scoreOf.get(id) ?? Number.NaN);
		expect(scores.every((score, i) => i === 0 || score <= (scores[i - 1] ?? 0) + 1e-9)).toBe(true);
		expect(keystroke.topAll(parts, 'text', 2, (id) => id !== actual[0])).toEqual(actual.slice(1, 3));
	});
});
