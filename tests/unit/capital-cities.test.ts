import { beforeAll, describe, expect, it } from 'vitest';
import { renderHighlighted } from '../../src/render/quote.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { publishedIndex } from '../helpers/published-index.ts';

describe("a country's capital, as the news names its government", () => {
	let index: ParagraphIndex;
	let first: (query: string) => string | undefined;
	beforeAll(async () => {
		({ index, first } = await publishedIndex());
	});

	it('finds the paragraphs on that country beside the words of the text typed with it', () => {
		// SC/15969 ¶3: "the representative of the Russian Federation said … the sanctions regime should not be used". Before,
		// "moscow" was no word of the text nor of its WordNet table: only the sanctions were found.
		const outcome = index.search('sanctions on moscow');
		expect(outcome.match).toBe('all');
		expect(first('sanctions on moscow')).toBe('SC/15969 ¶3');
		expect(outcome.plan.units[1]?.narrower).toContainEqual(['russian', 'feder']);
		// Bolded whole: word vectors also put "russian" near "moscow" (a looser neighbour, never bolded alone), and a
		// stranger saw "Russian **Federation**".
		const hit = outcome.hits[0];
		if (!hit) throw new Error('no hit');
		expect(renderHighlighted(hit.paragraph.searchText, hit.highlighter)).toContain('**Russian Federation**');
	});

	it('is no match alone, nor for a question about the city itself', () => {
		// A narrower word, like a place the text's place lies in: it matches only beside words of the text.
		for (const query of ['moscow', 'moscow metro', 'weather in moscow']) expect(index.search(query).match).toBe('none');
	});
});
