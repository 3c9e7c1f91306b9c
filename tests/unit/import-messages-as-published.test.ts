import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { missingDateAdvice } from '../../src/import/date-doubt.ts';
import { symbolAdvice } from '../../src/import/symbol-advice.ts';

describe('what the import says when it cannot read a symbol or a date', () => {
	it("names the masthead's line whose symbol (the IAEA's GC(68)/RES/3) it could not read, and how to pass it", () => {
		// As a PDF of a General Conference resolution gives its first lines: the body and the symbol in two columns.
		// (A WHO resolution's, `EB156.R3`, is read: see health-assembly-and-climate-decisions.test.ts.)
		const text = [
			'GENERAL CONFERENCE    GC(68)/RES/3',
			'68th regular session    20 September 2024',
			'Agenda item 15',
			'',
			'Strengthening the Agency’s activities related to nuclear safety',
			'',
			'The General Conference,',
			'',
			'1. URGES Member States to strengthen their regulatory capacities;',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.symbol).toBeUndefined();
		expect(guessed).toMatchObject({ symbolLike: 'GC(68)/RES/3', symbolLikeLine: 1 });
		expect(symbolAdvice(guessed.symbolLike, guessed.symbolLikeLine)).toContain('line 1 "GC(68)/RES/3"');
		expect(symbolAdvice(guessed.symbolLike, guessed.symbolLikeLine)).toContain('--symbol "GC(68)/RES/3"');
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
