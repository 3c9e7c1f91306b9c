import { describe, expect, it } from 'vitest';
import { enumerationSpans, listedParts } from '../../src/search/listed-terms.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const corpus = seedCorpus();
const index = indexOf(corpus);
const text = (n: number) => corpus.documents[0]?.paragraphs.find((p) => p.number === n)?.text ?? '';

describe('enumerations in a paragraph', () => {
	it('finds the run of short items between commas: ¶1’s list of the challenges discussed', () => {
		const spans = enumerationSpans(text(1)).map(([start, end]) => text(1).slice(start, end).trim());
		expect(spans).toEqual([
			'including international terrorism, poverty, as well as intra and inter-State conflicts, the proliferation of ' +
				'weapons of mass destruction, organized crime and violations of human rights',
		]);
	});

	it('finds none in three items, nor in clauses between commas', () => {
		// ¶5: "values of tolerance, respect and peaceful coexistence"; ¶6: "civilians, especially children, in situations…".
		expect(enumerationSpans(text(5))).toEqual([]);
		expect(enumerationSpans(text(6))).toEqual([]);
		expect(
			enumerationSpans('While the text, which is long and has many clauses in it, goes on, it lists nothing at all.'),
		).toEqual([]);
	});

	it('names the parts listed only: a term the paragraph also says outside the list is not', () => {
		const term = (word: string) => index.analyzer.term(word) ?? '';
		const parts = ['poverty', 'terrorism', 'crime', 'proliferation', 'international'].map((w) => [term(w)]);
		// "international" also stands in "international peace and security", before the list.
		expect(listedParts(index.analyzer, text(1), new Set(parts.flat()), parts)).toEqual([true, true, true, true, false]);
	});

	it('marks a query part listed only when every term through which the paragraph has it is', () => {
		const term = (word: string) => index.analyzer.term(word) ?? '';
		const parts = [[term('poverty')], [term('threats')]];
		expect(listedParts(index.analyzer, text(1), new Set(parts.flat()), parts)).toEqual([true, false]);
		expect(listedParts(index.analyzer, text(1), new Set([term('threats')]), parts)).toBeUndefined();
		expect(listedParts(index.analyzer, text(7), new Set(parts.flat()), parts)).toBeUndefined();
	});
});

describe('a search whose words a paragraph only lists', () => {
	it('puts the paragraph about them first: ¶7 (poverty and deprivation as threats) before ¶1’s list', () => {
		const ids = index.search('hunger and want as dangers').hits.map((h) => h.paragraph.id);
		expect(ids.slice(0, 2)).toEqual(['sg2084-7', 'sg2084-1']);
	});

	it('keeps a paragraph that alone lists a topic as its match: ¶1 for organized crime', () => {
		expect(index.search('organized crime').hits.map((h) => h.paragraph.id)).toEqual(['sg2084-1']);
	});
});
