import { describe, expect, it } from 'vitest';
import { foldCase } from '../../src/corpus/text.ts';

/** The full folding, without the ASCII shortcut: what `foldCase` must always agree with. */
const fullFold = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(/[‘’ʼ′]/g, "'")
		.toLowerCase();

describe('foldCase', () => {
	it.each([
		['Terrorism', 'terrorism'],
		['U.N.', 'u.n.'],
		['Non-Proliferation', 'non-proliferation'],
		['Émigré', 'emigre'],
		['naïve CAFÉ', 'naive cafe'],
		['ﬁnance', 'finance'],
		['Ｕｎｉｔｅｄ', 'united'],
		['Côte d’Ivoire', "cote d'ivoire"],
		['', ''],
	])('%j → %j', (text, folded) => {
		expect(foldCase(text)).toBe(folded);
	});

	it('agrees with the full folding on every ASCII character and on the whole corpus alphabet', () => {
		const ascii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
		expect(foldCase(ascii)).toBe(fullFold(ascii));
		const mixed = `${ascii}ÀÉÎÕÜçñœ–—’“”…¶`;
		expect(foldCase(mixed)).toBe(fullFold(mixed));
	});
});
