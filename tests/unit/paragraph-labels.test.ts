import { describe, expect, it } from 'vitest';
import { paragraphNumber } from '../../src/corpus/markers.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * Paragraph labels other than `N.` and `N)`: `1-`, `2 -` (translations from Arabic) and ordinals (`First:`,
 * `Second:`). Each is the paragraph's number, as the document prints it; none stays in the quoted text.
 */
describe('paragraphs labelled `1-` or `First:`', () => {
	it('an Arab summit declaration copied from a news page: `First:`…`Fifth:`, its opening naming who met kept', () => {
		const { want, parsed } = parsedFixture('arab-summit-declaration-copied');
		expectAsExpected(parsed, want);
	});

	it('a communiqué numbered `1-`, `2-`, `3 -` as pdftotext gives it', () => {
		const { want, parsed } = parsedFixture('gulf-communique-dash-numbers');
		expectAsExpected(parsed, want);
	});

	it('an extract starting at `5-` holds its paragraphs under the numbers it prints', () => {
		const text = '5- We affirm our support for the people of the Sudan.\n\n6- We condemn terrorism in all its forms.\n';
		expect(parseSource(text, 'x').paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['¶5', 'We affirm our support for the people of the Sudan.'],
			['¶6', 'We condemn terrorism in all its forms.'],
		]);
	});

	it.each([
		['1- We affirm', 1, 'We affirm'],
		['12 – The Council', 12, 'The Council'],
		['SECOND: We call', 2, 'We call'],
		['Thirdly: We note', 3, 'We note'],
		['Tenth - We thank', 10, 'We thank'],
	])('reads `%s` as number %i', (line, number, rest) => {
		expect(paragraphNumber(line)).toEqual({ number, rest });
	});

	it.each([
		'10 - 15 per cent of the budget',
		'2041-2042 programme',
		'First, we note',
		'First: the meeting',
		'Second-hand goods',
	])('reads `%s` as no number', (line) => {
		expect(paragraphNumber(line)).toBeUndefined();
	});
});
