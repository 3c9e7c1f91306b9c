import { describe, expect, it } from 'vitest';
import {
	cardinalNumber,
	cardinalWord,
	numberOtherWay,
	numberOtherWays,
	ordinalFigure,
	ordinalNumber,
	ordinalWord,
} from '../../src/corpus/number-words.ts';
import { indexOf, layoutsCorpus, seedCorpus } from '../helpers/corpus.ts';

describe('numbers written as words and as figures', () => {
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

	it.each([
		[2, 'two'],
		[10, 'ten'],
		[13, 'thirteen'],
		[21, 'twenty-one'],
		[40, 'forty'],
		[99, 'ninety-nine'],
	])('%i is the cardinal "%s", read back as it', (n, word) => {
		expect(cardinalWord(n)).toBe(word);
		expect([cardinalNumber(word), cardinalNumber(String(n)), cardinalNumber(word.replace('-', ''))]).toEqual([n, n, n]);
	});

	it('writes a number the other way, leaving "one" (as often a pronoun) and what is no number', () => {
		expect(['5th', 'fifth', '10', 'ten', '47th', 'Forty-Seventh', '2'].map(numberOtherWay)).toEqual([
			'fifth',
			'5th',
			'ten',
			'10',
			'forty-seventh',
			'47th',
			'two',
		]);
		expect(['one', '1', 'fifty-fifty', 'tenure', '2003', '1373'].map(numberOtherWay)).toEqual(Array(6).fill(undefined));
	});

	it('writes an ordinal that may be a day also as the plain number dates write', () => {
		expect(numberOtherWays('30th')).toEqual(['thirtieth', '30']);
		expect(numberOtherWays('twenty-ninth')).toEqual(['29th', '29']);
		expect(numberOtherWays('47th')).toEqual(['forty-seventh']);
		expect(numberOtherWays('ten')).toEqual(['10']);
		const index = indexOf(seedCorpus());
		// SG/2084's meeting was "held on 29 and 30 July 2003" (¶1).
		for (const query of ['30th July', 'July 30th', 'twenty-ninth July'])
			expect(index.search(query).hits.map((h) => h.paragraph.number)).toEqual([1]);
	});

	it('finds the text\'s "ten-year" programme for a reader\'s "10-year" or "10 year"', () => {
		const index = indexOf(layoutsCorpus());
		for (const query of ['10-year capacity-building programme', '10 year capacity building programme']) {
			const found = index.search(query);
			expect(found.match).toBe('all');
			expect(found.hits[0]?.paragraph.text).toContain('ten-year capacity-building programme');
		}
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
