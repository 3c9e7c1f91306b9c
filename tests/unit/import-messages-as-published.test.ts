import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { missingDateAdvice } from '../../src/import/date-doubt.ts';
import { symbolAdvice } from '../../src/import/symbol-advice.ts';

describe('what the import says when it cannot read a symbol or a date', () => {
	it("names the masthead's line whose WHO-style symbol (EB156.R3) it could not read, and how to pass it", () => {
		// As a PDF of an Executive Board resolution gives its first lines: the body and the symbol in two columns.
		const text = [
			'EXECUTIVE BOARD    EB156.R3',
			'156th session    7 February 2025',
			'Agenda item 5',
			'',
			'Strengthening health emergency preparedness and response',
			'',
			'The Executive Board,',
			'',
			'1. URGES Member States to strengthen their core capacities;',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.symbol).toBeUndefined();
		expect(guessed).toMatchObject({ symbolLike: 'EB156.R3', symbolLikeLine: 1 });
		expect(symbolAdvice(guessed.symbolLike, guessed.symbolLikeLine)).toContain('line 1 "EB156.R3"');
		expect(symbolAdvice(guessed.symbolLike, guessed.symbolLikeLine)).toContain('--symbol "EB156.R3"');
	});

	it('says which line gives a day and month without their year, not that it reads the form the date is in', () => {
		const text = [
			'JOINT STATEMENT',
			'OF THE MINISTERS OF FOREIGN AFFAIRS',
			'',
			'The Ministers of Foreign Affairs met in Tashkent on 12 March to review cooperation in the region.',
			'',
			'The Ministers agreed to hold their next meeting in the first half of the year.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.releaseDate).toBeUndefined();
		const advice = missingDateAdvice(guessed.datelineLike, guessed.dateLines);
		expect(advice).toContain('"The Ministers of Foreign Affairs met in Tashkent on 12 March');
		expect(advice).toContain('(a day and month without their year)');
		expect(advice).toContain('--date YYYY-MM-DD');
	});
});
