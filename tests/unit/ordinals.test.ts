import { describe, expect, it } from 'vitest';
import { ordinalFigure, ordinalNumber, ordinalWord } from '../../src/corpus/ordinals.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

describe('ordinals written as words and as figures', () => {
	it.each([
		[1, 'first', '1st'],
		[5, 'fifth', '5th'],
		[12, 'twelfth', '12th'],
		[13, 'thirteenth', '13th'],
		[20, 'twentieth', '20th'],
		[21, 'twenty-first', '21st'],
		[47, 'forty-seventh', '47th'],
		[53, 'fifty-third', '53rd'],
		[62, 'sixty-second', '62nd'],
		[99, 'ninety-ninth', '99th'],
	])('%i is "%s" and "%s", either read back as it', (n, word, figure) => {
		expect([ordinalWord(n), ordinalFigure(n)]).toEqual([word, figure]);
		expect([ordinalNumber(word), ordinalNumber(figure), ordinalNumber(word.toUpperCase())]).toEqual([n, n, n]);
	});

	it('reads a compound written joined, with a hyphen or apart, and nothing that is not an ordinal', () => {
		expect(['FortySeventh', 'Forty-Seventh', 'forty seventh'].map(ordinalNumber)).toEqual([47, 47, 47]);
		expect(['fifty', 'firstly', '5', 'th', 'forty-seven', 'hundredth'].map(ordinalNumber)).toEqual(
			Array(6).fill(undefined),
		);
		expect([ordinalWord(0), ordinalWord(100), ordinalWord(2.5)]).toEqual([undefined, undefined, undefined]);
		expect([111, 112, 113, 101, 102].map(ordinalFigure)).toEqual(['111th', '112th', '113th', '101st', '102nd']);
	});

	it('finds the text\'s "fifth" meeting for a reader\'s "5th", and still nothing for a meeting it does not name', () => {
		const index = indexOf(seedCorpus());
		const fifth = index.search('5th high level meeting');
		expect(fifth.match).toBe('all');
		expect(fifth.hits[0]?.paragraph.number).toBe(1);
		expect(fifth.hits.map((h) => h.paragraph.id)).toEqual(
			index.search('fifth high level meeting').hits.map((h) => h.paragraph.id),
		);
		expect(index.search('4th high level meeting').match).toBe('none');
	});
});
