import { describe, expect, it } from 'vitest';
import { withoutFootnoteMarks } from '../../src/corpus/footnotes.ts';
import { isLayoutNoise, leftoverNoise } from '../../src/corpus/layout-noise.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { readBlocks } from '../../src/corpus/source-lines.ts';
import { expectAsExpected, expectedOf, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * Documents as their publishers lay out their pages: a Council of the European Union outcome of proceedings (footer
 * cells, LIMITE, EN, ANNEX beside the footer, footnotes at each page's foot) and a Human Rights Council resolution
 * (footnote marks after its preambular paragraphs' commas, the first page's job number, barcode and "Please
 * recycle"), each as `pdftotext` and `pdftotext -layout` give them.
 */
const linesOf = (source: string) => readBlocks(source).map((block) => block.map((line) => line.text));

/** What a page's furniture or footnotes would leave in a paragraph, in these fixtures. */
const FURNITURE_LEFT =
	/9876\/42|AB\/cd|RELEX|LIMITE|\bEN\b|\(OR\.|A\/HRC\/RES|05512|\*\d{7}\*|recycle|Doc\. 6780|JOIN\(|53\/144|70\/1|A\/HRC\/9[56]|\d(?:st|nd|rd|th) meeting|Adopted/u;

describe.each([
	['eu-council-conclusions-pdf', 'Council conclusions as pdftotext gives them: footer cell by cell, footnotes'],
	['eu-council-conclusions-layout', 'the same as pdftotext -layout gives them: footer on two lines'],
	['rights-resolution-pdf', 'a resolution as pdftotext gives it: marks after preambular commas, "Please recycle"'],
	['rights-resolution-layout', 'its first page as pdftotext -layout gives it: barcode and "Please recycle" on a line'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph in document order, with its mark, section and exact text, and no warning', () => {
		expectAsExpected(parsed, want);
	});

	it('leaves page furniture, footnotes and their marks out of every paragraph and section', () => {
		for (const p of parsed.paragraphs) {
			expect(p.text).not.toMatch(FURNITURE_LEFT);
			expect(p.text).not.toMatch(/\p{Ll}[,.]?\d|\b20\d{3}\d/u);
			expect(p.section ?? '').not.toMatch(FURNITURE_LEFT);
		}
	});
});

describe('a Council of the European Union footer', () => {
	it.each([
		'9876/42 AB/cd 2',
		'ANNEX RELEX.2.B LIMITE EN',
		'9876/42 AB/cd 2 ANNEX RELEX.2.B LIMITE EN',
		'10135/24 ADD 1 JF/mk/sl 12',
		'ANNEX I GIP.INST EN',
		'ECOFIN.1.A',
		'LIMITE',
		'EN',
		'(OR. en)',
		'ST 8123 2025 INIT',
		'EUCO 12/42 2',
		'DG C 1 LIMITE EN',
		'*2505512* Please recycle',
	])('"%s" alone on its line is furniture', (line) => {
		expect(isLayoutNoise(line)).toBe(true);
	});

	it.each(['ANNEX', 'ANNEX 2', 'ANNEX II', 'II.1', 'European Union', 'Council of the European Union', 'ENDS'])(
		'"%s" alone is not: a heading, or text',
		(line) => {
			expect(isLayoutNoise(line)).toBe(false);
		},
	);

	it('takes ANNEX for the footer’s cell only right beside the footer’s other cells, else for the annex’s heading', () => {
		expect(linesOf('1. First.\n\n9876/42\nANNEX\n\nAB/cd\nRELEX.2.B\n\n2\n\nEN\n2. Second.')).toEqual([
			['1. First.'],
			['2. Second.'],
		]);
		expect(linesOf('1. First.\n\n9876/42 AB/cd 2\nRELEX.2.B LIMITE EN\n\nANNEX\nTitle\n\n1. Second.')).toEqual([
			['1. First.'],
			['ANNEX', 'Title'],
			['1. Second.'],
		]);
		expect(linesOf('1. First.\n9876/42\nAB/cd\n\fANNEX\nTitle')).toEqual([['1. First.'], ['ANNEX', 'Title']]);
	});

	it('takes the masthead for furniture above the first page’s date only', () => {
		expect(linesOf('Council of the\nEuropean Union\nBrussels, 12 May 2042\n(OR. en)\n\nText.')).toEqual([
			['Brussels, 12 May 2042'],
			['Text.'],
		]);
		expect(linesOf('COUNCIL OF\nTHE EUROPEAN UNION\n\nEN\n\nText.')).toEqual([['Text.']]);
		expect(linesOf('Participants:\nEuropean Union\nAfrican Union')).toEqual([
			['Participants:', 'European Union', 'African Union'],
		]);
	});
});

describe('a footnote mark glued in pdftotext text', () => {
	const marks = new Set(['1', '2', '3']);
	it.each([
		['of 20 February 20241 and', 'of 20 February 2024 and'],
		['in March 20173.', 'in March 2017.'],
		['signed on May 3, 20192 in', 'signed on May 3, 2019 in'],
		['for Sustainable Development,2', 'for Sustainable Development,'],
		['the Peace Facility3 as', 'the Peace Facility as'],
		['in the region.2 It', 'in the region. It'],
	])('"%s" → "%s"', (text, want) => {
		expect(withoutFootnoteMarks(text, marks)).toBe(want);
	});

	it.each([
		'resolution 70/1 of 25 September 2015',
		'resolution 1325 (2000)',
		'the 2030 Agenda',
		'the G20 summit',
		'A/HRC/58/L.1/Rev.1 of 2024',
		'in 20241 cases',
		'of 20 February 20244 and',
	])('"%s" stays as it is', (text) => {
		expect(withoutFootnoteMarks(text, marks)).toBe(text);
	});
});

describe('text in no paragraph', () => {
	it('is warned about as one run that names its last words, so a page’s lost end of a paragraph is seen', () => {
		const parsed = parseSource(
			'I. One\n\n1. The Council calls for a dialogue among the countries\n\nII. Two\n\nUNKNOWN FOOTER 7\nin West Africa, which it stands ready to support.\n\n2. It will meet again.',
			'x',
		);
		expect(parsed.problems).toHaveLength(1);
		expect(parsed.problems[0]?.message).toMatch(
			/^"UNKNOWN FOOTER 7" under "II\. Two" is in no paragraph .*; its 2 lines end "in West Africa, which it stands ready to support\."$/u,
		);
	});
});

describe('the page after a page’s footnotes', () => {
	it('opens with text, even after a footer the parser does not know: the paragraph the page broke goes on', () => {
		const parsed = parseSource(
			'1. The Council calls for an inclusive dialogue among the countries of the region,1 including the\n\n' +
				'__________\n1 See the report of the assessment mission.\nRESTRICTED DRAFT\n' +
				'\f15 coastal States. The EU stands ready to support such dialogue.\n\n2. The Council will meet again.\n',
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'The Council calls for an inclusive dialogue among the countries of the region, including the 15 coastal States. The EU stands ready to support such dialogue.',
			'The Council will meet again.',
		]);
	});
});

describe('a Council cover page', () => {
	const expected = expectedOf('eu-council-conclusions-pdf');
	// The same outcome of proceedings with conclusions that are not numbered: nothing but the layout tells the cover's
	// lines from the conclusions.
	const unnumbered = textOf('eu-council-conclusions-pdf').replace(/\n\d\.\n\n/gu, '\n\n');

	it('gives no conclusion, section or warning: its fields, subject and transmittal line are furniture', () => {
		const parsed = parseSource(unnumbered, expected.title);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs.map((p) => p.text));
		expect(parsed.problems).toEqual([]);
		for (const p of parsed.paragraphs) expect(p.section ?? '').not.toMatch(/PROCEEDINGS|Subject|Delegations/u);
		expect(parsed.preamble ?? '').not.toMatch(/Delegations will find|OUTCOME OF PROCEEDINGS|General Secretariat/u);
	});

	it('as pdftotext -layout prints it, fields and values on one line, a subject that wraps', () => {
		const cover =
			'Council of the\nEuropean Union\nBrussels, 3 June 2042\n(OR. en)\n9999/42\n\nCOVER NOTE\n' +
			'From:        Secretary-General of the European Commission\n' +
			'To:          General Secretariat of the Council\n' +
			'Subject:     Joint Communication on a renewed partnership with the\n' +
			'             countries of the Sahel\n\n' +
			'Delegations will find attached document JOIN(2042) 7 final.\n\n' +
			'The partnership rests on shared interests.\n\nIt will be reviewed in 2044.\n';
		const parsed = parseSource(cover, 'x');
		expect(parsed.paragraphs.map((p) => [p.section, p.text])).toEqual([
			[null, 'The partnership rests on shared interests.'],
			[null, 'It will be reviewed in 2044.'],
		]);
	});

	it('is only a page with both a kind of note and a subject: a letter’s "Subject:" stays text', () => {
		const letter = 'Subject: Meeting of the partners\n\nThe partners met in Dakar.\n\nThey agreed to meet again.\n';
		expect(linesOf(letter)).toEqual([
			['Subject: Meeting of the partners'],
			['The partners met in Dakar.'],
			['They agreed to meet again.'],
		]);
	});
});

describe('a resolution’s first-page footnotes as pdftotext may also give them', () => {
	it('mark and text on one line, above the job number, barcode and "Please recycle": the same paragraphs', () => {
		const expected = expectedOf('rights-resolution-pdf');
		const inline = textOf('rights-resolution-pdf')
			.replace(
				/\n1\n2\n3\n\n(General Assembly resolution 53\/144, annex\.)\n(General Assembly resolution 70\/1\.)\n(See A\/HRC\/96\/55\.)\n/u,
				'\n1 $1\n2 $2\n3 $3\n',
			)
			.replace('\n4\n\nA/HRC/96/56.\n', '\n4 A/HRC/96/56.\n');
		expect(inline).toContain('\n1 General Assembly resolution 53/144, annex.\n2 General');
		const parsed = parseSource(inline, expected.title);
		expect(
			parsed.paragraphs.map((p) => ({ paragraph: p.number, mark: paragraphMark(p), section: p.section, text: p.text })),
		).toEqual(expected.paragraphs);
		expect(parsed.problems).toEqual([]);
	});
});

describe('a number alone a blank line above a page’s last lines', () => {
	it('is a page number in text without form feeds (copied), not a footnote’s mark, even when "km2" bears its digit', () => {
		const copied =
			'The mission surveyed 10 km2 of farmland in the district.\n\n2\n\n' +
			'The last paragraph of the page stays text.\n\n3\n\nThe next page goes on.\n';
		expect(parseSource(copied, 'x').paragraphs.map((p) => p.text)).toEqual([
			'The mission surveyed 10 km2 of farmland in the district.',
			'The last paragraph of the page stays text.',
			'The next page goes on.',
		]);
	});
});

describe('furniture left inside a paragraph', () => {
	it('is named by the import preview and the data check: barcode, "Please recycle", a Council footer', () => {
		expect(leftoverNoise('human rights *4205512* Please recycle defenders')).toEqual(['*4205512* Please recycle']);
		expect(leftoverNoise('the countries 9876/42 AB/cd 2 ANNEX RELEX.2.B LIMITE EN in West Africa')).toEqual([
			'9876/42 AB/cd',
			'LIMITE',
		]);
		expect(leftoverNoise('Please recycle the paper; resolution 1325 (2000) of 2000/10')).toEqual([]);
	});
});
