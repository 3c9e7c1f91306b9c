import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compactVectors } from '../../src/search/compact-vectors.ts';
import { wordVectorsPath } from '../../src/search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR } from '../../src/search/index-cache.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { SemanticNeighbours } from '../../src/search/semantic-neighbours.ts';
import { SAME_SENSE } from '../../src/search/semantic-thresholds.ts';
import { cosine, WordVectors } from '../../src/search/word-vectors.ts';
import { seedCorpus } from '../helpers/corpus.ts';

/**
 * A few hand-made vectors in the package's shape (most frequent word first; the package appends a norm and an index
 * after the dimensions, which the conversion drops): "parleys" means dialogue (cosine 0.95); "women" is near
 * "children" (0.7) the way real vectors put words of one context together, without meaning them.
 */
/** The most common words of English come first in the package; words this far down are not among them. */
/** Plain words only (letters) are kept by the conversion: "commonaa", "commonab", … */
const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
const COMMON = Array.from({ length: 300 }, (_, i) => `common${letters(i)}`);
const TINY = {
	dimensions: 3,
	words: ['the', ...COMMON, 'children', 'dialogue', 'women', 'parleys', 'Capitalised', 'été', '42', 'parleyed'],
	vectors: {
		the: [0.1, 0.1, 0.1, 0.17, 0],
		...Object.fromEntries(COMMON.map((word, i) => [word, [0.2, 1, 0.1, 1.025, i + 1]])),
		children: [0, 0.7, 0.71, 1, 1],
		dialogue: [0.95, 0.31, 0, 1, 2],
		women: [0, 1, 0, 1, 3],
		parleys: [2, 0, 0, 2, 4],
		Capitalised: [1, 1, 1, 1.7, 5],
		été: [0, 0, 1, 1, 6],
		'42': [1, 0, 0, 1, 7],
		// Another inflection of "parleys", learnt apart and far from its meaning (as "smuggled" is from smuggling's).
		parleyed: [-1, 0.1, 0, 1.005, 8],
	},
};

const dir = mkdtempSync(join(tmpdir(), 'word-vectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tinyFile = join(dir, 'tiny.bin');
writeFileSync(tinyFile, compactVectors(TINY, 1000));

describe('the compact word-vectors file', () => {
	const vectors = WordVectors.open(tinyFile);
	if (!vectors) throw new Error('the tiny vectors file does not open');
	afterAll(() => vectors.close());

	it('finds a word by binary search and reads its unit vector', () => {
		const parleys = vectors.vector('parleys');
		const dialogue = vectors.vector('dialogue');
		if (!parleys || !dialogue) throw new Error('missing vectors');
		expect(cosine(parleys, parleys)).toBeCloseTo(1, 1);
		expect(cosine(parleys, dialogue)).toBeCloseTo(0.95, 1);
		expect(vectors.vector('été')).toBeDefined();
		expect(vectors.rank('the')).toBe(0);
		expect(vectors.rank('parleys')).toBe(COMMON.length + 4);
	});

	it('lists the words that begin with a prefix, as many as asked for', () => {
		expect(vectors.wordsStartingWith('parley', 10)).toEqual(['parleyed', 'parleys']);
		expect(vectors.wordsStartingWith('parley', 1)).toEqual(['parleyed']);
		expect(vectors.wordsStartingWith('zebra', 10)).toEqual([]);
	});

	it('keeps plain lower-case words only, and says so of a word it lacks', () => {
		expect(vectors.vector('Capitalised')).toBeUndefined();
		expect(vectors.vector('capitalised')).toBeUndefined();
		expect(vectors.vector('42')).toBeUndefined();
		expect(vectors.vector('zebra')).toBeUndefined();
		expect(vectors.vector('a')).toBeUndefined();
	});

	it('keeps only the most frequent words asked for', () => {
		const small = join(dir, 'small.bin');
		// "the", the common words, then "children": the next one, "dialogue", is left out.
		writeFileSync(small, compactVectors(TINY, COMMON.length + 2));
		const two = WordVectors.open(small);
		expect(two?.vector('children')).toBeDefined();
		expect(two?.vector('dialogue')).toBeUndefined();
		two?.close();
	});

	it('reads many vectors in one pass the same as one by one', () => {
		// Plain lower-case words, as the conversion keeps: i written in letters (a, b, …, ba, bb, …).
		const letters = (i: number): string =>
			(i < 26 ? '' : letters(Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));
		const words = Array.from({ length: 2500 }, (_, i) => `w${letters(i)}`);
		const many = {
			dimensions: 3,
			words,
			vectors: Object.fromEntries(words.map((w, i) => [w, [i % 7, 1, i % 3, 0, i]])),
		};
		const file = join(dir, 'many.bin');
		writeFileSync(file, compactVectors(many, 3000));
		const opened = WordVectors.open(file);
		if (!opened) throw new Error('the vectors file does not open');
		const batch = opened.vectors([...words, 'missing']);
		expect(batch.size).toBe(words.length);
		for (const word of [words[0], words[1234], words[2499]]) {
			expect(batch.get(word ?? '')).toEqual(opened.vector(word ?? ''));
		}
		opened.close();
	});

	it('keeps the vectors a reduction reads for the next one, until the file is written again', () => {
		const file = join(dir, 'kept.bin');
		writeFileSync(file, compactVectors(TINY, 1000));
		const first = WordVectors.open(file);
		const second = WordVectors.open(file);
		if (!first || !second) throw new Error('the vectors file does not open');
		const parleys = first.keptReader()('parleys');
		expect(parleys).toEqual(first.vector('parleys'));
		// Another reader of the same file (the next corpus's reduction) gets the vector already read.
		expect(second.keptReader()('parleys')).toBe(parleys);
		expect(second.keptReader()('zebra')).toBeUndefined();
		// Written again (other vectors, another size): read from the new file, not from what was kept.
		writeFileSync(file, compactVectors({ ...TINY, dimensions: 2 }, 1000));
		const rewritten = WordVectors.open(file);
		if (!rewritten) throw new Error('the rewritten vectors file does not open');
		expect(rewritten.keptReader()('parleys')).toHaveLength(2);
		for (const opened of [first, second, rewritten]) opened.close();
	});

	it('is not opened when missing or not a vectors file', () => {
		const other = join(dir, 'other.bin');
		writeFileSync(other, 'not vectors at all');
		expect(WordVectors.open(other)).toBeUndefined();
		expect(WordVectors.open(join(dir, 'missing.bin'))).toBeUndefined();
	});
});

describe('word-vector neighbours in search', () => {
	const index = new ParagraphIndex(seedCorpus(), undefined, { wordVectorsFile: tinyFile });

	it('match a word the text lacks to a text word of the same sense, weighted as a related word', () => {
		// ¶5 and ¶10 speak of dialogue; nobody listed "parleys".
		const outcome = index.search('parleys');
		expect(outcome.match).toBe('all');
		expect(outcome.hits.map((h) => h.paragraph.number)).toEqual(expect.arrayContaining([5, 10]));
		expect(outcome.plan.units[0]?.related).toEqual([['dialog']]);
	});

	it('never make a mere neighbour a match: it only leads a dead end to the closest paragraphs', () => {
		// "women" sits near "children" (0.7) in the vectors, as in real ones; SG/2084 never speaks of women.
		const outcome = index.search('women');
		expect([outcome.match, outcome.hits]).toEqual(['none', []]);
		// Ranked by how close each paragraph's words are to the words typed: ¶6's "children" first.
		expect(outcome.related[0]?.paragraph.number).toBe(6);
	});

	it('measure how closely a paragraph answers the words typed, the rarer words counting for more', () => {
		const vectors = WordVectors.open(tinyFile);
		if (!vectors) throw new Error('the tiny vectors file does not open');
		const neighbours = new SemanticNeighbours(vectors, {
			entries: () => [
				['children', 'children'],
				['dialog', 'dialogue'],
			],
		});
		const women = [{ word: 'women', term: 'women' }];
		expect(neighbours.relevance(women, new Set(['women']))).toBe(1);
		expect(neighbours.relevance(women, new Set(['children']))).toBeCloseTo(0.7, 1);
		expect(neighbours.relevance(women, new Set(['dialog']))).toBeLessThan(0.4);
		// "the", the most frequent word, weighs least: "the parleys" is answered by a paragraph on dialogue.
		const query = [
			{ word: 'the', term: null },
			{ word: 'parleys', term: 'parley' },
		];
		expect(neighbours.relevance(query, new Set(['dialog']))).toBeGreaterThan(0.7);
		vectors.close();
	});

	it("read a typed inflection's meaning from its other inflections when its own vector finds no same-sense word", () => {
		// "parleyed" sits far from "dialogue"; "parleys", stemmed alike and of the same base, means it.
		const outcome = index.search('parleyed');
		expect(outcome.plan.units[0]?.related).toEqual([['dialog']]);
		expect(outcome.match).toBe('all');
		expect(outcome.hits.map((h) => h.paragraph.number)).toEqual(expect.arrayContaining([5, 10]));
	});

	it('are not used when turned off', () => {
		const plain = new ParagraphIndex(seedCorpus(), undefined, { wordVectorsFile: null });
		expect(plain.search('parleys').match).toBe('none');
	});
});

describe('the converted embeddings package (converted once per run by the global setup)', () => {
	const file = wordVectorsPath(DEFAULT_INDEX_CACHE_DIR);
	const vectors = file === undefined ? undefined : WordVectors.open(file);
	afterAll(() => vectors?.close());

	it('holds the package words with their meaning', () => {
		if (!vectors) throw new Error(`no converted vectors at ${String(file)}`);
		const similarity = (a: string, b: string) => {
			const x = vectors.vector(a);
			const y = vectors.vector(b);
			if (!x || !y) throw new Error(`no vector for ${a} or ${b}`);
			return cosine(x, y);
		};
		expect(similarity('talks', 'negotiations')).toBeGreaterThan(SAME_SENSE);
		expect(similarity('smuggling', 'trafficking')).toBeGreaterThan(SAME_SENSE);
		expect(similarity('women', 'children')).toBeLessThan(SAME_SENSE);
		expect(similarity('climate', 'environment')).toBeLessThan(SAME_SENSE);
	});

	it('tell a derived form of a text word from another word with the same stem', () => {
		if (!vectors) throw new Error(`no converted vectors at ${String(file)}`);
		const neighbours = new SemanticNeighbours(vectors, { entries: () => [] });
		expect(neighbours.sameWord('discussion', ['discussed'])).toBe(true);
		expect(neighbours.sameWord('execution', ['executive'])).toBe(false);
	});

	it('keep a WordNet word that only shares a stem with the text from matching it', () => {
		const index = new ParagraphIndex(seedCorpus(), undefined, { wordVectorsFile: file ?? null });
		const plain = new ParagraphIndex(seedCorpus(), undefined, { wordVectorsFile: null });
		// WordNet has "smuggling" as a kind of "import"; the text says "important", never "import".
		expect(plain.search('weapons smuggling').plan.units[1]?.narrower).toContainEqual(['import']);
		expect(index.search('weapons smuggling').plan.units[1]?.narrower).not.toContainEqual(['import']);
	});

	it("find a text word's same sense through an inflection the text does not write", () => {
		if (!vectors) throw new Error(`no converted vectors at ${String(file)}`);
		const similarity = (a: string, b: string) =>
			cosine(vectors.vector(a) ?? new Int8Array(), vectors.vector(b) ?? new Int8Array());
		// SG/2084 writes "terrorist" (0.73 from "extremists"), never "terrorists" (0.82).
		expect(similarity('extremists', 'terrorist')).toBeLessThan(SAME_SENSE);
		expect(similarity('extremists', 'terrorists')).toBeGreaterThan(SAME_SENSE);
		const index = new ParagraphIndex(seedCorpus(), undefined, { wordVectorsFile: file ?? null });
		const outcome = index.search('extremists');
		expect(outcome.plan.units[0]?.related).toContainEqual(['terrorist']);
		expect(outcome.match).toBe('all');
		expect(outcome.hits.map((h) => h.paragraph.number)).toContain(5);
	});
});

describe('looser neighbours', () => {
	it('leave out the most common words of English, which sit near everything', () => {
		const vectors = WordVectors.open(tinyFile);
		if (!vectors) throw new Error('the tiny vectors file does not open');
		const neighbours = new SemanticNeighbours(vectors, {
			entries: () => [
				['commonaa', 'commonaa'],
				['children', 'children'],
			],
		});
		// "women" is nearer the common word (0.97) than "children" (0.7) here; only "children" leads anywhere.
		expect(neighbours.neighbours('women', 0.6).map((n) => n.term)).toContain('commonaa');
		expect(neighbours.neighbours('women', 0.6, { uncommon: true }).map((n) => n.term)).toEqual(['children']);
	});
});
