import { describe, expect, it } from 'vitest';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

const index = indexOf(seedCorpus());
const numbers = (query: string) => index.search(query).hits.map((h) => h.paragraph.number);

/** SG/2084 writes "civilizations" (¶5, ¶10), never "civil": the stemmer cuts both to "civil". */
describe('a typed word whose stem the text has only in another word', () => {
	it('is a word the text lacks: `civil society` is no match in the paragraphs on civilizations', () => {
		const found = index.search('civil society');
		expect(found.match).toBe('none');
		expect(found.hits).toEqual([]);
		expect(index.search('civil').match).toBe('none');
		expect(index.search('executive').match).toBe('none');
	});

	it('is not taken for a typo of that other word either: "equality" is two edits from the text\'s "equally"', () => {
		const equality = index.plan('gender equality').units.find((unit) => unit.typed === 'equality');
		expect(equality?.typos.map((t) => t.term)).not.toContain(index.analyzer.term('equally'));
		const found = index.search('gender equality women in peace processes');
		expect([found.match, found.hits]).toEqual(['none', []]);
		// Nor offered as one: "Did you mean equally?" helps nobody who typed "equality".
		expect(index.search('equality').suggestions).not.toContain('equally');
	});

	it("keeps the text's own words and their inflections, typed otherwise", () => {
		// The text's word spelt the British way, and inflections it does not write (proliferation, recognized).
		expect(numbers('civilisation')).toEqual(expect.arrayContaining([5, 10]));
		expect(numbers('proliferating')).toEqual(expect.arrayContaining([8, 1]));
		expect(numbers('recognising')[0]).toBeDefined();
	});

	it('cannot be told without word vectors: the stem stands', () => {
		const plain = new ParagraphIndex(seedCorpus(), undefined, { wordVectorsFile: null });
		expect(plain.search('civil').hits.map((h) => h.paragraph.number)).toEqual(expect.arrayContaining([5, 10]));
	});
});
