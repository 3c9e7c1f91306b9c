import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';
import { orderedItemMark } from '../../src/import/list-marks.ts';
import { withItemLevels } from '../../src/render/item-levels.ts';
import { expectAsExpected, expectedOf, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * Sub-items marked otherwise than `(a)`: the OAS's `a.`, `b.` (with `i.`, `ii.` under them), the French `a)`, `b)`,
 * and a saved page's nested `<ol type="a">`. Each item is a line of its own in its paragraph, marked as printed.
 */

describe.each(['oas-declaration', 'oas-declaracion', 'conclusions-fr-items'])(
	'items marked as %s marks them',
	(name) => {
		it('keeps each item on a line of its own in its paragraph, with its mark as printed', () => {
			const { want, parsed } = parsedFixture(name);
			expectAsExpected(parsed, want);
		});
	},
);

describe('items whose marks stand on lines of their own, as `pdftotext` prints a mark set at a tab stop', () => {
	it.each([
		['a.', (line: string) => line],
		['(a)', (line: string) => line.replace(/^([a-z]|[ivx]+)\. /u, '($1) ')],
	])('puts each %s mark back before its words', (_mark, marked) => {
		const want = expectedOf('oas-declaracion');
		const apart = textOf('oas-declaracion')
			.split('\n')
			.map((line) => marked(line).replace(/^(\(?(?:[a-z]|[ivx]+)[.)]) /u, '$1\n'))
			.join('\n');
		const parsed = parseSource(apart, want.title);
		const items = (text: string) => text.split('\n').map(marked).join('\n');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(want.paragraphs.map((p) => items(p.text)));
	});
});

describe('a declaration page whose numbered items hold lettered lists (`<ol type="a">`, `lower-alpha`)', () => {
	const page = readFileSync(new URL('../fixtures/published/declaration-lettered-lists.html', import.meta.url), 'utf8');

	it('writes the letters and roman numerals a browser shows, not numbers', () => {
		const { text } = extractHtml(page);
		expect(text).toContain('\na. Strengthening social protection systems');
		expect(text).toContain('\nc. Collecting disaggregated data');
		expect(text).toContain('\niii. older persons;');
		expect(text).not.toMatch(/^\d\. (?:Strengthening|Adopting|persons)/mu);
	});

	it('gives the same numbered paragraphs as the published text', () => {
		const want = expectedOf('oas-declaration');
		const parsed = parseSource(extractHtml(page).text, want.title);
		// The page leaves out the published text's RECOGNIZING paragraph (its preamble ¶1).
		const numbered = want.paragraphs.filter((p) => !p.mark.startsWith('preamble'));
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(numbered.map((p) => p.text));
	});
});

describe('the mark a browser draws before an ordered list item', () => {
	const itemOf = (html: string, at = 0) => {
		const list = parse(html).querySelector('ol');
		const item = list?.querySelectorAll('li')[at];
		if (!list || !item) throw new Error('no list item in the example');
		return { list, item };
	};

	it.each([
		['<ol><li>x</li></ol>', 3, '3.'],
		['<ol type="a"><li>x</li></ol>', 3, 'c.'],
		['<ol type="A"><li>x</li></ol>', 2, 'B.'],
		['<ol type="i"><li>x</li></ol>', 4, 'iv.'],
		['<ol type="I"><li>x</li></ol>', 9, 'IX.'],
		['<ol style="list-style-type: lower-alpha"><li>x</li></ol>', 27, 'aa.'],
		['<ol style="margin:0; list-style: upper-roman inside"><li>x</li></ol>', 12, 'XII.'],
		['<ol style="list-style-type:lower-latin"><li>x</li></ol>', 1, 'a.'],
		// The item's own style wins over its list's.
		['<ol type="a"><li style="list-style-type: decimal">x</li></ol>', 2, '2.'],
	])('%s, item %i → %s', (html, position, mark) => {
		const { list, item } = itemOf(html);
		expect(orderedItemMark(list, item, position)).toBe(mark);
	});

	it('adds none to an item that prints its own `a.`', () => {
		const html = '<main><ul style="list-style: none"><li>a. Strengthening social protection;</li></ul></main>';
		expect(extractHtml(html).text.trim()).toBe('a. Strengthening social protection;');
	});

	it('counts from `start`, and on from an item’s `value`', () => {
		const html = '<ol type="a" start="3"><li>c</li><li value="6">f</li><li>g</li></ol>';
		const { text } = extractHtml(`<main>${html}</main>`);
		expect(text.trim().split('\n\n')).toEqual(['c. c', 'f. f', 'g. g']);
	});
});

describe('the OAS declaration as a PDF', () => {
	/** The Spanish text's lines as its PDF prints them: items set in under their paragraph, a blank line between. */
	async function declarationPdf(): Promise<Uint8Array> {
		const pdf = await PDFDocument.create();
		const font = await pdf.embedFont(StandardFonts.TimesRoman);
		const page = pdf.addPage([612, 1008]);
		let y = 960;
		for (const line of textOf('oas-declaracion').split('\n')) {
			if (line === '') {
				y -= 10;
				continue;
			}
			const indent = /^(?:[a-z]|[ivx]+)\. /u.test(line) ? (/^[ivx]+\. /u.test(line) ? 108 : 90) : 72;
			// Characters outside the standard font's encoding would not draw: the text is plain Latin-1 here.
			page.drawText(line, { x: indent, y, size: 10, font });
			y -= 13;
		}
		return pdf.save();
	}

	it('keeps each lettered and roman item on a line of its own', async () => {
		const want = expectedOf('oas-declaracion');
		const parsed = parseSource(await extractPdf(await declarationPdf()), want.title);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(want.paragraphs.map((p) => p.text));
	});
});

describe('a quote sets roman items in under the letter marked with a stop', () => {
	it('indents `i.` under `b.` and takes `c.` back to the letters', () => {
		const text = 'Lead-in:\na. first;\nb. second, with:\ni. one;\nii. two;\nc. third.';
		expect(withItemLevels(text, '>>').split('\n')).toEqual([
			'Lead-in:',
			'a. first;',
			'b. second, with:',
			'>>i. one;',
			'>>ii. two;',
			'c. third.',
		]);
	});
});
