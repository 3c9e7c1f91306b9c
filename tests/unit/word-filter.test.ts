import { describe, expect, it } from 'vitest';
import { defaultWordNetDir } from '../../src/search/related-words.ts';
import { wordFilter, wordFilterHas, type WordFilter } from '../../src/search/word-filter.ts';
import { commonWords, nameWords } from '../../src/search/wordnet-common.ts';

describe('a word filter', () => {
	it('keeps every word it was given and takes few others for them', () => {
		const words = new Set(Array.from({ length: 5000 }, (_, i) => `word${i}`));
		// Through JSON, as it is cached with the index.
		const has = wordFilterHas(JSON.parse(JSON.stringify(wordFilter(words))) as WordFilter);
		expect([...words].every(has)).toBe(true);
		const others = Array.from({ length: 5000 }, (_, i) => `other${i}`).filter(has).length;
		expect(others).toBeLessThan(150);
	});

	it('says no for every word when it was given none', () => {
		expect(wordFilterHas(wordFilter(new Set()))('crisis')).toBe(false);
	});
});

describe('the common words of WordNet', () => {
	it('are its lower-case lemmas: not names only, nor words it lacks', () => {
		const dir = defaultWordNetDir();
		expect(dir).toBeDefined();
		const common = wordFilterHas(commonWords(dir ?? ''));
		for (const word of ['crisis', 'unrest', 'epidemic', 'prejudice', 'earthquake'])
			expect(common(word), word).toBe(true);
		for (const word of ['iran', 'kosovo', 'taliban', 'apec', 'sadc']) expect(common(word), word).toBe(false);
	});

	it('take almost no misspelling for a word: one so taken is not corrected', () => {
		const common = wordFilterHas(commonWords(defaultWordNetDir() ?? ''));
		// At one in a hundred, "counter-terrorsim" was a word of English, and a reader's slip found nothing.
		const slips = Array.from({ length: 20_000 }, (_, i) => `counter-terrorsim${i}`);
		expect(slips.filter(common).length).toBeLessThan(20);
	});
});

describe('the names of WordNet', () => {
	it('are its capitalized lemmas of several words, and almost no other pair of words', () => {
		const dir = defaultWordNetDir();
		expect(dir).toBeDefined();
		const name = wordFilterHas(nameWords(dir ?? ''));
		for (const words of ['middle east', 'cold war', 'world bank']) expect(name(words), words).toBe(true);
		// A pair wrongly taken for a name makes a whole query name another thing the text lacks (see
		// `namesOtherThing`): at one in a hundred, a reader's "Climate Securty Mechanism" found nothing.
		const pairs = Array.from({ length: 20_000 }, (_, i) => `climate securty${i}`);
		expect(pairs.filter(name).length).toBeLessThan(20);
	});
});
