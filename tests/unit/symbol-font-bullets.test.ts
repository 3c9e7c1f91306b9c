import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { withSymbolFontBullets } from '../../src/corpus/symbol-font-bullets.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/** Word's symbol-font bullets as "Plain Text" saves them: private-use characters, then a tab. */
const SYMBOL_BULLET = '\uF0B7';
const PRIVATE_USE = /[\uE000-\uF8FF]/u;

describe("Word's symbol-font bullets", () => {
	it('are the items of the paragraph they follow, with the bullets Word shows (an ECOWAS communiqué as Plain Text)', () => {
		const { want, parsed } = parsedFixture('ecowas-communique-word-symbol-bullets');
		expectAsExpected(parsed, want);
		for (const paragraph of parsed.paragraphs) expect(paragraph.text).not.toMatch(PRIVATE_USE);
	});

	it('keep short items on lines of their own, not run into the lead-in', () => {
		const text = [
			'Communiqué of the 42nd Extraordinary Assembly',
			'18 January 2024',
			'1.\tOn the situation in the Sudan, the Assembly:',
			`${SYMBOL_BULLET}\tEXPRESSED grave concern over the continued fighting;`,
			`${SYMBOL_BULLET}\tDEMANDED an immediate ceasefire.`,
			'2.\tThe Assembly EXPRESSED its appreciation to the Government of Uganda.',
		].join('\r\n');
		expect(parseSource(text, 'Communiqué of the 42nd Extraordinary Assembly').paragraphs.map((p) => p.text)).toEqual([
			'On the situation in the Sudan, the Assembly:\n• EXPRESSED grave concern over the continued fighting;\n• DEMANDED an immediate ceasefire.',
			'The Assembly EXPRESSED its appreciation to the Government of Uganda.',
		]);
	});

	it('are read at a line start only, after its indent, with or without the tab; elsewhere the character stays', () => {
		expect(withSymbolFontBullets('\uF0A7\tin Accra;\r\n  \uF0D8 in Lomé;\n\uF0FCdone')).toBe(
			'▪ in Accra;\r\n  ➢ in Lomé;\n✓ done',
		);
		// A symbol-font character no list above names is still a bullet at a line's start: the round one.
		expect(withSymbolFontBullets('\uF0A8\tan item')).toBe('• an item');
		expect(withSymbolFontBullets('a sign \uF0B7 inside a line')).toBe('a sign \uF0B7 inside a line');
		const plain = 'No symbol font here.\n- an item';
		expect(withSymbolFontBullets(plain)).toBe(plain);
	});
});
