import { describe, expect, it } from 'vitest';
import { wordFilter, wordFilterHas, type WordFilter } from '../../src/search/word-filter.ts';

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
