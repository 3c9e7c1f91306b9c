import { describe, expect, it } from 'vitest';
import { documentContext } from '../../src/search/document-context.ts';
import { indexOf, layoutsCorpus } from '../helpers/corpus.ts';

const corpus = layoutsCorpus();
const { analyzer } = indexOf(corpus);

describe('what a document says of all its paragraphs', () => {
	const context = documentContext(corpus.documents, analyzer);
	const of = (symbol: string) => {
		const slug = corpus.documents.find((d) => d.symbol === symbol)?.slug ?? '';
		return [...(context.get(slug) ?? [])].sort();
	};

	it("takes the meeting's ordinal from the title and the years of its dates", () => {
		expect(of('A/60/341')).toEqual(expect.arrayContaining([analyzer.term('sixth'), '2005']));
		expect(of('SG/2084')).toEqual(expect.arrayContaining([analyzer.term('fifth'), '2003']));
	});

	it("leaves out the title's other words, which most paragraphs have anyway", () => {
		for (const document of corpus.documents) {
			expect(context.get(document.slug)).not.toContain(analyzer.term('meeting'));
			expect(context.get(document.slug)).not.toContain(analyzer.term('organizations'));
			expect(context.get(document.slug)).not.toContain(analyzer.term('new'));
		}
	});

	it('finds the documents that name every term of a group, by term', () => {
		const sixth = analyzer.term('sixth') ?? '';
		const slugOf = (symbol: string) => corpus.documents.find((d) => d.symbol === symbol)?.slug;
		expect(context.naming([sixth])).toEqual([slugOf('A/60/341')]);
		expect(context.naming([sixth, '2005'])).toEqual([slugOf('A/60/341')]);
		expect(context.naming([sixth, '2003'])).toEqual([]);
		expect(context.naming(['2003'])).toContain(slugOf('SG/2084'));
		expect(context.naming([])).toEqual([]);
	});

	it("knows a document by the acronyms of its titles and the words of its symbol, not by a title's words in capitals nor its symbol's series", () => {
		const meta = (title: string, symbol: string) => ({
			...corpus.documents[0]!,
			slug: symbol,
			symbol,
			title,
			shortTitle: title,
		});
		const named = documentContext(
			[
				meta("G20 Rio de Janeiro Leaders' Declaration", 'G20 Declaration'),
				meta('Communiqué of the Peace and Security Council (PSC) of the African Union (AU)', 'PSC/PR/COMM.1200'),
				meta('COMMUNIQUÉ ISSUED AT THE CONCLUSION OF THE MEETING', 'CARICOM 47'),
			],
			analyzer,
		);
		const term = (word: string) => analyzer.term(word) ?? '';
		expect(named.named(term('G20'))).toEqual(['G20 Declaration']);
		expect(named.named(term('AU'))).toEqual(['PSC/PR/COMM.1200']);
		expect(named.named(term('PSC'))).toEqual(['PSC/PR/COMM.1200']);
		// A symbol's word set apart by spaces is how the document was named to the import (`--symbol "CARICOM 47"`):
		// its title in capitals throughout tells none.
		expect(named.named(term('CARICOM'))).toEqual(['CARICOM 47']);
		for (const word of ['THE', 'COMM', 'PR', 'Rio']) expect(named.named(term(word))).toEqual([]);
	});
});
