import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { symbolAdvice } from '../../src/import/symbol-advice.ts';
import { defaultSourceUrl } from '../../src/corpus/source-url.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');

/** A European Council masthead as `pdftotext -layout` gives it, with `cell` where the symbol stands. */
const masthead = (cell: string) =>
	[
		'                                                   Brussels, 24 October 2031',
		'      European Council',
		'                                                   (OR. en)',
		'',
		`                                                   ${cell}`,
		'',
		'      Conclusions of the European Council meeting on competitiveness',
		'',
		'      1.      The European Council met.',
	].join('\n');

describe('symbols printed as an organisation code, a space and a number over the year', () => {
	it('reads the European Council conclusions symbol from the masthead column, not the cover note', () => {
		const guessed = guessMetadata(fixture('euco-conclusions-layout.txt'));
		expect(guessed).toMatchObject({
			symbol: 'EUCO 21/31',
			title: 'European Council meeting (23 and 24 October 2031) – Conclusions',
			releaseDate: '2031-10-24',
			place: 'Brussels',
		});
		expect(guessed.symbolLike).toBeUndefined();
	});

	it.each([
		['EUCO 21/31', 'EUCO 21/31'],
		['EUCO XT 20004/31', 'EUCO XT 20004/31'],
		['SN 2345/31', 'SN 2345/31'],
		['PE-CONS 12/31', 'PE-CONS 12/31'],
		['ST 10234/1/31 REV 1', 'ST 10234/1/31 REV 1'],
		['COM(2031) 123 final', 'COM(2031) 123 final'],
		['PAGE 1/12', undefined],
		['CO EUR 19', undefined],
	])('the cell %j gives the symbol %j', (cell, symbol) => {
		expect(guessMetadata(masthead(cell)).symbol).toBe(symbol);
	});

	it('makes no UN source URL from them', () => {
		expect(defaultSourceUrl('EUCO 21/31', '2031-10-24')).toBeUndefined();
	});

	it('names a line in that shape it cannot read, with its line number, and says to pass it', () => {
		const guessed = guessMetadata(masthead('EUCO 21/31 REV.A'));
		expect(guessed.symbol).toBeUndefined();
		expect(guessed).toMatchObject({ symbolLike: 'EUCO 21/31 REV.A', symbolLikeLine: 5 });
		const advice = symbolAdvice(guessed.symbolLike, guessed.symbolLikeLine);
		expect(advice).toContain('The line 5 "EUCO 21/31 REV.A" looks like a document symbol');
		expect(advice).toContain('--symbol "EUCO 21/31 REV.A"');
	});

	it('reads a reissued one, the asterisk a footnote mark: EUCO 21/31*', () => {
		expect(guessMetadata(masthead('EUCO 21/31*')).symbol).toBe('EUCO 21/31');
	});

	it('counts a copied page’s menu lines in the line number it gives', () => {
		const guessed = guessMetadata(`Skip to content\nHome\n${masthead('EUCO 21/31 REV.A')}`);
		expect(guessed.symbolLikeLine).toBe(7);
	});

	it.each(['PIFS(25)FEM.07', 'GC(68)/RES/3'])('names %j, a series with its session in brackets', (cell) => {
		const text = `PACIFIC ISLANDS FORUM SECRETARIAT\n${cell}\n\nFORUM ECONOMIC MINISTERS MEETING\n\nOUTCOMES\n\n1. Ministers met.\n`;
		expect(guessMetadata(text)).toMatchObject({ symbol: undefined, symbolLike: cell, symbolLikeLine: 2 });
	});

	it('does not name a page number as a symbol', () => {
		expect(guessMetadata(masthead('PAGE 1/12')).symbolLike).toBeUndefined();
	});
});
