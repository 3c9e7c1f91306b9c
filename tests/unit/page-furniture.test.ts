import { describe, expect, it } from 'vitest';
import {
	isAdoptionDateBeside,
	isCitedSymbolLine,
	isLayoutNoise,
	isShareWidgetBeside,
	leftoverNoise,
} from '../../src/corpus/layout-noise.ts';
import { bullet } from '../../src/corpus/markers.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { readBlocks } from '../../src/corpus/source-lines.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/**
 * Page furniture of resolutions and copied pages: running heads that are the symbol with its year, Geneva job
 * numbers, the adoption lines under a resolution's last paragraph, share widgets; and the `o` bullets of pdftotext.
 */
const linesOf = (source: string) => readBlocks(source).map((block) => block.map((line) => line.text));

describe.each([
	['council-resolution-pdf', 'a Security Council resolution as pdftotext gives it: symbol and year as running head'],
	['council-resolution-layout', 'a Human Rights Council resolution as pdftotext -layout gives it: GE job number'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph in document order, with its mark, section and exact text, and no warning', () => {
		expectAsExpected(parsed, want);
	});

	it('leaves the running head, job number, barcode, page marks and adoption lines out of every paragraph', () => {
		for (const p of parsed.paragraphs) {
			expect(p.text).not.toMatch(
				/S\/RES\/9811|A\/HRC\/RES\/97\/23|\d{2}-\d{5}|\*\d{7}\*|(?<!\d)\d\/\d(?!\d)|meeting\b|Adopted|\]/u,
			);
		}
	});
});

describe('a running head that is the document symbol', () => {
	it.each([
		'S/RES/2811 (2026)',
		'A/HRC/RES/58/14',
		'A/81/250',
		'A/81/250 2/12',
		'A/81/250    Page 2',
		'S/RES/2811 (2026) 3/3',
	])('"%s" alone on its line is furniture', (line) => {
		expect(isLayoutNoise(line)).toBe(true);
	});

	it.each(['Recalling resolution S/RES/2760 (2025),', 'S/RES/2811 (2026) was adopted unanimously.', '(2026)'])(
		'"%s" is text',
		(line) => {
			expect(isLayoutNoise(line)).toBe(false);
		},
	);

	it('is dropped after a form feed, so the paragraph the page breaks and the next one stay apart', () => {
		expect(linesOf('3. Requests a report;\n\fS/RES/2811 (2026)\n2/3\n4. Decides to remain seized.')).toEqual([
			['3. Requests a report;'],
			['4. Decides to remain seized.'],
		]);
	});

	it('is kept where a sentence cites it on a line of its own, the lines around going on with the sentence', () => {
		expect(isCitedSymbolLine('S/RES/9790 (2041)', 'as requested in', 'and in its statements;')).toBe(true);
		expect(isCitedSymbolLine('S/RES/9790 (2041)', '', 'and in its statements;')).toBe(false);
		expect(isCitedSymbolLine('S/RES/9790 (2041)', 'remain seized.', '4. Decides')).toBe(false);
		expect(linesOf('as requested in\nS/RES/9790 (2041)\nand in its statements;')).toEqual([
			['as requested in', 'S/RES/9790 (2041)', 'and in its statements;'],
		]);
	});

	it('is dropped mid-sentence where it repeats, as a running head does (the masthead, then a page break)', () => {
		expect(linesOf('A/81/250\n\n1. The Secretary-General\nA/81/250\nwelcomes the report.')).toEqual([
			['1. The Secretary-General', 'welcomes the report.'],
		]);
	});
});

describe('a Geneva job number', () => {
	it.each(['GE.25-05512(E)', 'GE.25-05512 (E)', 'GE.25-05512  (E)   100425   110425', 'GE.25-05512', '*2505512*'])(
		'"%s" is furniture',
		(line) => {
			expect(isLayoutNoise(line)).toBe(true);
		},
	);

	it('is reported when it is glued to a paragraph', () => {
		expect(leftoverNoise('at its sixty-third session; GE.25-05512(E)')).toEqual(['GE.25-05512(E)']);
	});
});

describe("the adoption lines under a resolution's last paragraph", () => {
	it.each(['52nd meeting', '10123rd meeting', '81st plenary meeting', '[Adopted without a vote.]'])(
		'"%s" is furniture',
		(line) => {
			expect(isLayoutNoise(line)).toBe(true);
		},
	);

	it('a date line is furniture beside the meeting line only', () => {
		expect(isAdoptionDateBeside('3 April 2025', '52nd meeting', '[Adopted without a vote.]')).toBe(true);
		expect(isAdoptionDateBeside('3 April 2025', 'Distr.: General', 'Original: English')).toBe(false);
		expect(isAdoptionDateBeside('a meeting', '52nd meeting', undefined)).toBe(false);
	});

	it('are left out of the last paragraph, a wrapped note of a recorded vote included', () => {
		const parsed = parseSource(
			'The Human Rights Council,\n\n1. Calls upon States to act;\n\n2. Decides to remain seized of the matter.\n\n' +
				'    52nd meeting\n    3 April 2025\n  [Adopted by a recorded vote of 32 to 6, with 9 abstentions.\n' +
				'  The voting was as follows:\n  In favour: Example A;\n  Against: Example B.]',
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'Calls upon States to act;',
			'Decides to remain seized of the matter.',
		]);
	});

	it('a line that opens a bracket "[Adopted" and never closes it nearby stays text', () => {
		const text = ['[Adopted as drafted', ...Array.from({ length: 40 }, (_, i) => `line ${i + 1}`), ']'].join('\n');
		expect(linesOf(text)[0]?.[0]).toBe('[Adopted as drafted');
	});
});

describe('a share widget copied with a page', () => {
	it.each([
		['Share this page:', undefined, 'Facebook Twitter Email'],
		['Facebook Twitter Email', 'Share this page:', undefined],
		['Copy link', undefined, undefined],
		['Facebook | X | LinkedIn', undefined, undefined],
		['Share', 'The Chair closed the session.', 'Facebook'],
		['Print', 'Email', 'Copy link'],
	])('"%s" (between "%s" and "%s") is furniture', (line, before, after) => {
		expect(isShareWidgetBeside(line, before, after)).toBe(true);
	});

	it.each([
		['Print', 'Annex', '1. The meeting agreed.'],
		['X', undefined, 'The next session.'],
		['Share the burden fairly.', undefined, undefined],
	])('"%s" (between "%s" and "%s") is text', (line, before, after) => {
		expect(isShareWidgetBeside(line, before, after)).toBe(false);
	});

	it('never becomes a paragraph of a copied page', () => {
		const parsed = parseSource(
			'1. The Chair thanked the participants.\n2. The Chair concluded the session.\nShare this page:\nFacebook Twitter Email',
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'The Chair thanked the participants.',
			'The Chair concluded the session.',
		]);
	});
});

describe('hollow bullets', () => {
	it.each(['◦ item', '▫ item', '○ item'])('"%s" is a bullet', (line) => {
		expect(bullet(line)?.rest).toBe('item');
	});

	it('"o" lines that form a list after a lead-in are items of the paragraph, their "o" read as the bullet ◦', () => {
		const parsed = parseSource(
			'1. They agreed on the agenda.\n\n2. They noted that:\n\no  the first plan remains in force;\no  debt relief is ' +
				'essential to create\n   fiscal space for investment.\n\n3. The next meeting will be held in 2027.',
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'They agreed on the agenda.',
			'They noted that:\n◦ the first plan remains in force;\n◦ debt relief is essential to create fiscal space for investment.',
			'The next meeting will be held in 2027.',
		]);
	});

	it('"o" opening a single line is the word, not a bullet', () => {
		expect(linesOf('Los Estados podrán adoptar una medida.\no la otra, según el caso.')).toEqual([
			['Los Estados podrán adoptar una medida.', 'o la otra, según el caso.'],
		]);
		expect(linesOf('un plan\no el otro\ny más')).toEqual([['un plan', 'o el otro', 'y más']]);
	});
});
