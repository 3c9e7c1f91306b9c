import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { elsewhereLines } from '../../src/render/search-scope.ts';

describe('other documents a limited search points to', () => {
	it('names at most five, those with most matches first, and counts the rest', () => {
		const elsewhere = [1, 7, 2, 9, 3, 5, 4].map((count, i) => ({ symbol: `DOC/${i}`, count }));
		expect(elsewhereLines(elsewhere, en)).toEqual([
			'Other documents match: **DOC/3** (9), **DOC/1** (7), **DOC/5** (5), **DOC/6** (4), **DOC/4** (3) and 2 more. Leave out **document:** to see them.',
		]);
	});

	it('escapes a symbol and says nothing when no other document matches', () => {
		expect(elsewhereLines([{ symbol: 'A_B*', count: 1 }], en)).toEqual([
			'Other documents match: **A\\_B\\*** (1). Leave out **document:** to see them.',
		]);
		expect(elsewhereLines([], en)).toEqual([]);
		expect(elsewhereLines(undefined, en)).toEqual([]);
	});
});
