import { describe, expect, it } from 'vitest';
import { SLUG } from '../../src/corpus/document-meta.ts';
import { slugOf } from '../../src/import/document-slug.ts';
import { NO_SYMBOL_ADVICE, symbolAdvice } from '../../src/import/symbol-advice.ts';

describe('the slug the import gives a document', () => {
	it.each([
		['SG/2084', 'sg2084'],
		['A/60/341', 'a60341'],
		// The year of a Security Council resolution is set apart from its number.
		['S/RES/9876 (2031)', 'sres9876-2031'],
		// A label in words: accents are folded to their letters, not dropped.
		['Joint Communiqué of the Fifth Conference', 'jointcommuniqueofthefifthconference'],
		['Œuvre commune à Genève', 'oeuvrecommuneageneve'],
	])('%s → %s', (symbol, slug) => {
		expect(slugOf(symbol, 'x.txt')).toBe(slug);
		expect(SLUG.test(slugOf(symbol, 'x.txt'))).toBe(true);
	});

	it("falls back to the file's name, accents folded, when the symbol has no letter or digit", () => {
		expect(slugOf('–', '/tmp/Communiqué final.txt')).toBe('communique-final');
	});
});

describe('the advice when no symbol was read', () => {
	it('names a line that looks like a symbol and how to pass it', () => {
		const advice = symbolAdvice('E/CN.99/2031/L.3 Rev.1');
		expect(advice).toContain('--symbol "E/CN.99/2031/L.3 Rev.1"');
		expect(advice).not.toContain('in words');
	});

	it('tells how to label a document published without a symbol otherwise', () => {
		expect(symbolAdvice(undefined)).toBe(NO_SYMBOL_ADVICE);
	});
});
