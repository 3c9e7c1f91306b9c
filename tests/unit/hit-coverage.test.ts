import { describe, expect, it } from 'vitest';
import { documentContext } from '../../src/search/document-context.ts';
import { coverage } from '../../src/search/hit-coverage.ts';
import { indexOf, layoutsCorpus } from '../helpers/corpus.ts';

const corpus = layoutsCorpus();
const index = indexOf(corpus);
const context = documentContext(corpus.documents, index.analyzer);

describe('coverage: whether a hit has every part of the query', () => {
	// Queries whose parts match through forms, the curated table, related words and, for the meeting's ordinal and
	// the years, only through a document's title.
	const queries = [
		'terrorism',
		'human rights terrorism',
		'small arms',
		'WMD',
		'sixth meeting terrorism',
		'2005 peacekeeping',
		'regional organizations cooperation',
		'kids in war',
	];

	it('counts the same hits from their row bits as from their terms and titles', () => {
		let fromBits = 0;
		for (const query of queries) {
			const { hits, plan } = index.search(query);
			// A plain map (no `lends`) is checked term by term; the context itself lets hits be checked on their bits.
			const byTerms = hits.filter(coverage(plan.units, { get: (slug: string) => context.get(slug) }));
			const byBits = hits.filter(coverage(plan.units, context));
			expect(
				byBits.map((h) => h.paragraph.id),
				query,
			).toEqual(byTerms.map((h) => h.paragraph.id));
			if (!plan.units.some((u) => u.literal.flat().some((t) => context.lends(t)))) fromBits += byBits.length;
		}
		// The bit path did decide some hits (and was not skipped for all of them).
		expect(fromBits).toBeGreaterThan(0);
	});

	it('lets a document title lend the ordinal a paragraph lacks', () => {
		const { hits, plan } = index.search('sixth meeting');
		const lent = hits.filter(coverage(plan.units, context)).filter((hit) => !/\bsixth\b/i.test(hit.paragraph.text));
		expect(lent.length).toBeGreaterThan(0);
		for (const hit of lent) expect(corpus.documentBySlug.get(hit.paragraph.document)?.symbol).toBe('A/60/341');
	});
});
