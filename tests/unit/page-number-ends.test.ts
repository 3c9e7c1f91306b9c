import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isLayoutNoise } from '../../src/corpus/layout-noise.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';
import { expectAsExpected, expectedOf, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * A word processor's footer (`Page 3`, a bare `3`, Word's `3 | P a g e`) left where a text layer reads it: on the line
 * of the page's last words, or on a line of its own after them. Page numbers are never a paragraph's text.
 */

describe('a chair’s summary exported from Word, its page numbers on the pages’ last lines', () => {
	it('ends each paragraph with its last sentence, without the page’s number', () => {
		const { want, parsed } = parsedFixture('word-footer-pdf');
		expectAsExpected(parsed, want);
	});

	it('does so too when the text was copied without its form feeds', () => {
		const want = expectedOf('word-footer-pdf');
		const parsed = parseSource(textOf('word-footer-pdf').replaceAll('\f', ''), want.title);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(want.paragraphs.map((p) => p.text));
		expect(parsed.problems).toEqual([]);
	});
});

describe('a number at a page’s end that is the text’s', () => {
	const pages = (...texts: string[]) => `${texts.join('\n\f')}\n\f`;
	const lastTexts = (text: string) =>
		parseSource(text, 'T').paragraphs.map((p) => p.text.split(' ').slice(-3).join(' '));

	it.each([
		['after an abbreviation', 'Parties ratified Protocol No. 3', 'Parties ratified Protocol No. 3'],
		['in a sentence the page breaks', 'as set out in annex 3', 'as set out in annex 3'],
		['not the page’s number', 'The meeting closed. 7', 'meeting closed. 7'],
	])('stays (%s)', (_why, end, kept) => {
		const text = pages(
			`Chair’s summary\n\n1. The Ministers met in Amman and reviewed the matters before them.\n\n2. ${end}`,
			'3. They thanked the host.',
		);
		expect(lastTexts(text)[1]).toBe(kept.split(' ').slice(-3).join(' '));
	});
});

describe('page numbers as word processors print them, alone on their line', () => {
	it.each([
		'Page 3',
		'Page 3 of 12',
		'Page 3 sur 12',
		'Página 3 de 12',
		'Pág. 3',
		'3 of 12',
		'– 3 –',
		'— 3 —',
		'~ 3 ~',
	])('%s is furniture', (line) => expect(isLayoutNoise(line)).toBe(true));
	it.each(['3 | Page', 'Page | 3', '3 | P a g e'])('Word’s “Accent Bar” footer %s is furniture', (line) =>
		expect(isLayoutNoise(line)).toBe(true),
	);
	it.each(['Page three', '3 of the members', 'Page 3 of the report'])('%s is not', (line) =>
		expect(isLayoutNoise(line)).toBe(false),
	);
});

describe('a PDF exported from Word with an “Accent Bar” page number in its footer', () => {
	/** Three pages: the paragraphs of the fixture, a page's number at its foot as Word's footer sets it. */
	async function wordPdf(): Promise<Uint8Array> {
		const pdf = await PDFDocument.create();
		const font = await pdf.embedFont(StandardFonts.TimesRoman);
		const text = textOf('word-footer-pdf')
			.split('\f')
			.map((page) => page.trim().replace(/\s+(?:Page\s+)?\d$|\n\d \| P a g e$/u, ''));
		for (const [at, page] of text.entries()) {
			const sheet = pdf.addPage([595, 842]);
			let y = 770;
			for (const line of page.split('\n')) {
				if (line !== '') sheet.drawText(line.replace('’', "'"), { x: 72, y, size: 11, font });
				y -= line === '' ? 8 : 14;
			}
			sheet.drawText(`${at + 1} | P a g e`, { x: 470, y: 40, size: 9, font });
		}
		return pdf.save();
	}

	it('leaves the footer out of the paragraph above it', async () => {
		const want = expectedOf('word-footer-pdf');
		const parsed = parseSource(await extractPdf(await wordPdf()), want.title);
		expect(parsed.paragraphs.map((p) => p.text.replace("'", '’'))).toEqual(want.paragraphs.map((p) => p.text));
	});
});
