import { describe, expect, it } from 'vitest';
import { ITEM_INDENT, withItemLevels } from '../../src/render/item-levels.ts';
import { renderQuote } from '../../src/render/quote.ts';
import { renderMessage } from '../../src/console/render-text.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';

/** A paragraph whose lettered items hold roman sub-items, each on its own line, as the parser keeps them. */
const NESTED = [
	'The Council calls upon all parties to armed conflict:',
	'(a) To comply with their obligations under international humanitarian law;',
	'(b) To ensure accountability for serious violations, including:',
	'(i) Killings and maiming of civilians;',
	'(ii) Attacks on schools and hospitals;',
	'(iii) Denial of humanitarian access;',
	'(c) To cooperate with the mechanisms established to that end.',
].join('\n');

const shown = (text: string) => withItemLevels(text, '>>').split('\n');

describe('sub-items keep their level in a quote', () => {
	it('sets roman items in under the lettered item they belong to, and the next letter back', () => {
		expect(shown(NESTED)).toEqual([
			'The Council calls upon all parties to armed conflict:',
			'(a) To comply with their obligations under international humanitarian law;',
			'(b) To ensure accountability for serious violations, including:',
			'>>(i) Killings and maiming of civilians;',
			'>>(ii) Attacks on schools and hospitals;',
			'>>(iii) Denial of humanitarian access;',
			'(c) To cooperate with the mechanisms established to that end.',
		]);
	});

	it.each([
		// `(i)` after `(h)` is the ninth letter, not a roman one.
		['(g) g;\n(h) h;\n(i) i;\n(j) j.', ['(g) g;', '(h) h;', '(i) i;', '(j) j.']],
		// Roman items of the first level stay flush; a third level goes deeper still.
		[
			'(i) one:\n(a) a;\n(1) one;\n(b) b;\n(ii) two.',
			['(i) one:', '>>(a) a;', '>>>>(1) one;', '>>(b) b;', '(ii) two.'],
		],
		// `(v)` and `(x)` go on with roman items; `(c)` after `(b)` with the letters.
		[
			'(b) b:\n(i) 1;\n(ii) 2;\n(iii) 3;\n(iv) 4;\n(v) 5;\n(c) c.',
			['(b) b:', '>>(i) 1;', '>>(ii) 2;', '>>(iii) 3;', '>>(iv) 4;', '>>(v) 5;', '(c) c.'],
		],
		// Text without items, or a mark that opens and continues nothing, is left as it is.
		['One line (i) only.', ['One line (i) only.']],
		['Lead-in:\n(d) d;\n(q) q.', ['Lead-in:', '(d) d;', '(q) q.']],
	])('%j', (text, lines) => {
		expect(shown(text)).toEqual(lines);
	});

	it('never changes the words, only what stands before a line', () => {
		expect(withItemLevels(NESTED).replaceAll(ITEM_INDENT, '')).toBe(NESTED);
	});

	it("shows the levels in a Discord quote with em spaces, which Discord keeps at a line's start", () => {
		const highlighter = indexOf(seedCorpus()).highlighter(new Set());
		const { markdown } = renderQuote(NESTED, highlighter, 4000);
		expect(markdown).toContain('\n\u2003\u2003(ii) Attacks on schools and hospitals;\n');
		expect(markdown).toContain('\n(c) To cooperate');
		expect(markdown).not.toMatch(/\n {1,}\(/u);
	});

	it('shows the same levels in the console, which prints the quote as the embed holds it', () => {
		const { markdown } = renderQuote(NESTED, indexOf(seedCorpus()).highlighter(new Set()), 4000);
		const printed = renderMessage({ embeds: [{ description: markdown }] }, { ansi: false }).split('\n');
		expect(printed).toContain('> \u2003\u2003(i) Killings and maiming of civilians;');
		expect(printed).toContain('> (c) To cooperate with the mechanisms established to that end.');
	});
});
