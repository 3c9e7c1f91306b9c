import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectedLayout } from '../helpers/corpus.ts';

/**
 * A bulletin as `pdftotext` gives it: `Section N` alone on its line, its title on the next, paragraphs numbered
 * within the section (`1.1`), a page break, and the signature under the last paragraph. Composed wording.
 */
const BULLETIN =
	'XX/BUL/2099/1\n' +
	'Secretariat\n' +
	'Bulletin of the Office\n' +
	'Keeping records of meetings\n' +
	'The Head of the Office, for the purpose of keeping good records, promulgates the following:\n' +
	'Section 1\n' +
	'General\n' +
	'1.1 Each unit shall keep a record of its meetings and of the decisions taken\n' +
	'at them.\n' +
	'1.2 Records shall be kept for ten years.\n' +
	'Section 2\n' +
	'Scope of application\n' +
	'2.1 The present bulletin applies to every unit of the Office.\n' +
	'2.2 It does not apply to records kept under other rules.\n' +
	'99-12345 (E)\n' +
	'\f' +
	'XX/BUL/2099/1\n' +
	'Section 3\n' +
	'Final provisions\n' +
	'3.1 The present bulletin shall enter into force on 1 May 2099.\n' +
	'3.2 Bulletin XX/BUL/2090/2/Rev.1 is hereby abolished.\n' +
	'(Signed) Jane Doe\n' +
	'Head of the Office\n';

const WANT = [
	{
		ownMark: '1.1',
		section: 'Section 1 — General',
		text: 'Each unit shall keep a record of its meetings and of the decisions taken at them.',
	},
	{ ownMark: '1.2', section: 'Section 1 — General', text: 'Records shall be kept for ten years.' },
	{
		ownMark: '2.1',
		section: 'Section 2 — Scope of application',
		text: 'The present bulletin applies to every unit of the Office.',
	},
	{
		ownMark: '2.2',
		section: 'Section 2 — Scope of application',
		text: 'It does not apply to records kept under other rules.',
	},
	{
		ownMark: '3.1',
		section: 'Section 3 — Final provisions',
		text: 'The present bulletin shall enter into force on 1 May 2099.',
	},
	{
		ownMark: '3.2',
		section: 'Section 3 — Final provisions',
		text: 'Bulletin XX/BUL/2090/2/Rev.1 is hereby abolished.',
	},
];

const read = (source: string) => {
	const parsed = parseSource(source, 'Keeping records of meetings');
	return {
		paragraphs: parsed.paragraphs.map(({ ownMark, section, text }) => ({ ownMark, section, text })),
		preamble: parsed.preamble ?? '',
	};
};

describe('"Section N" headings on a line of their own', () => {
	it('head the paragraphs numbered within them, with their title line, and stay out of the text', () => {
		expect(read(BULLETIN).paragraphs).toEqual(WANT);
	});

	it('are read with blank lines around the heading and its title too', () => {
		const spaced = BULLETIN.replace(/(Section \d)\n(.+)\n/gu, '\n$1\n\n$2\n\n');
		expect(read(spaced).paragraphs).toEqual(WANT);
	});

	it('are read as pdftotext -layout indents them', () => {
		const layout = BULLETIN.split('\n')
			.map((line) => (line === '' || line.startsWith('\f') ? line : `          ${line}`))
			.join('\n');
		expect(read(layout).paragraphs).toEqual(WANT);
	});

	it('head paragraphs numbered 1., 2. as well', () => {
		const source =
			'Section 1\nGeneral\n1. Each unit shall keep a record.\n2. Records are kept for ten years.\n' +
			'Section 2\nScope\n3. The bulletin applies to every unit.\n';
		expect(parseSource(source, 'x').paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, 'Section 1 — General', 'Each unit shall keep a record.'],
			[2, 'Section 1 — General', 'Records are kept for ten years.'],
			[3, 'Section 2 — Scope', 'The bulletin applies to every unit.'],
		]);
	});

	it('are not taken from a sentence that goes on after them', () => {
		const source =
			'1. The rules are set out in\nSection 2\nof the bulletin, which applies.\n2. Records are kept for ten years.\n';
		expect(parseSource(source, 'x').paragraphs.map((p) => [p.section, p.text])).toEqual([
			[null, 'The rules are set out in Section 2 of the bulletin, which applies.'],
			[null, 'Records are kept for ten years.'],
		]);
	});
});

describe('a signature block under the last paragraph', () => {
	it('is context, not words of the paragraph', () => {
		const { paragraphs, preamble } = read(BULLETIN);
		expect(paragraphs.at(-1)?.text).toBe('Bulletin XX/BUL/2090/2/Rev.1 is hereby abolished.');
		expect(preamble).toContain('(Signed) Jane Doe\nHead of the Office');
	});

	it('with the title and the organ on lines of their own, in a numbered text', () => {
		const source =
			'1. The Council met twice.\n2. It will meet again in May.\n\n' +
			'(Signed) John Roe\nPresident\nof the Security Council\n';
		const parsed = parseSource(source, 'x');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['The Council met twice.', 'It will meet again in May.']);
		expect(parsed.preamble).toContain('(Signed) John Roe');
		expect(parsed.problems).toEqual([]);
	});

	it('with "(Signed)" alone on its line, the name below it', () => {
		const source = '1. The Council met twice.\n2. It will meet again in May.\n(Signed)\nJohn Roe\nPresident\n';
		expect(parseSource(source, 'x').paragraphs.map((p) => p.text)).toEqual([
			'The Council met twice.',
			'It will meet again in May.',
		]);
	});

	it('is not a long line that goes on with the text after the names it opens with', () => {
		const signed =
			'(Signed) A. B. FIRST. C. D. SECOND. E. F. THIRD. It would be hard to find names of higher standing than ' +
			'those appended to this report.';
		const source = `The committee reported as follows.\n\n${signed}\n\nThe report was then printed.\n`;
		expect(parseSource(source, 'x').paragraphs.map((p) => p.text)).toContain(signed);
	});

	it('stays in a sentence that mentions it', () => {
		const source = '1. The letter was marked\n(signed) by the Chair and sent.\n2. It will meet again in May.\n';
		expect(parseSource(source, 'x').paragraphs[0]?.text).toBe('The letter was marked (signed) by the Chair and sent.');
	});
});

describe('a bulletin as pdftotext gives it (bulletin-sections-pdf)', () => {
	const want = expectedLayout('bulletin-sections-pdf') as unknown as {
		title: string;
		paragraphs: { paragraph: number; mark: string; section: string; text: string }[];
	};
	const text = readFileSync(new URL('../fixtures/parsing/bulletin-sections-pdf.txt', import.meta.url), 'utf8');
	const parsed = parseSource(text, want.title);

	it('gives each `N.M` paragraph under its `Section N` heading, exact, with no warning', () => {
		expect(
			parsed.paragraphs.map((p) => ({ paragraph: p.number, mark: p.ownMark, section: p.section, text: p.text })),
		).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps the promulgation sentence and the signature as context', () => {
		expect(parsed.preamble).toContain('promulgates the following:');
		expect(parsed.preamble).toContain('(Signed) Maria Example\nExecutive Secretary');
	});
});

describe('a heading in capitals with a sub-heading in small letters right under it', () => {
	// A chairman's statement as `pdftotext -layout` gives it: each roman part in capitals, its first sub-heading on the
	// next line, other sub-headings in blocks of their own. Composed wording.
	const STATEMENT =
		'CHAIRMAN’S STATEMENT OF THE 99TH REGIONAL SUMMIT\n' +
		'                 Harbour City, 10 May 2099\n\n\n' +
		'I. COMMUNITY BUILDING\n' +
		'Community Vision 2099\n' +
		'1.       We welcomed progress on the community vision and looked forward to its\n' +
		'         early and full implementation.\n\n' +
		'2.       We agreed to keep the matter under regular review.\n\n' +
		'Institutional strengthening\n' +
		'3.       We encouraged further efforts on the secretariat.\n\n' +
		'II. ECONOMIC INTEGRATION\n' +
		'Trade and investment\n' +
		'4.       We reaffirmed our commitment to the trade agreement.\n';

	it('is a heading of its own under the capitals title, not its end', () => {
		const parsed = parseSource(STATEMENT, 'T');
		expect(parsed.paragraphs.map((p) => [p.number, p.section])).toEqual([
			[1, 'I. COMMUNITY BUILDING — Community Vision 2099'],
			[2, 'I. COMMUNITY BUILDING — Community Vision 2099'],
			[3, 'I. COMMUNITY BUILDING — Institutional strengthening'],
			[4, 'II. ECONOMIC INTEGRATION — Trade and investment'],
		]);
		expect(parsed.paragraphs[0]?.text).toBe(
			'We welcomed progress on the community vision and looked forward to its early and full implementation.',
		);
	});

	it('while a title in capitals wrapped over two lines in capitals is still one heading', () => {
		const wrapped = STATEMENT.replace(
			'I. COMMUNITY BUILDING\nCommunity Vision 2099\n',
			'I. COMMUNITY BUILDING AND\nREGIONAL VISION\n',
		);
		expect(parseSource(wrapped, 'T').paragraphs[0]?.section).toBe('I. COMMUNITY BUILDING AND REGIONAL VISION');
	});
});

describe("a declaration's closing formula (where and when it was done)", () => {
	const declaration = (closing: string) =>
		'Declaration of Harbour City\n\nHarbour City, 18 July 2099\n\n' +
		'1. The Heads of State and Government met in Harbour City.\n\n' +
		'2. They decided that the next Conference will be held in 2101, at a place to be decided.\n\n' +
		`${closing}\n`;

	it.each([
		'Done at Harbour City on 18 July 2099.',
		'Done in Harbour City, this eighteenth day of July 2099',
		'Fait à Harbour City, le 18 juillet 2099.',
		'Hecho en Harbour City, el 18 de julio de 2099.',
		'Feito em Harbour City, a 18 de julho de 2099.',
		'Done at Harbour City on 18 July 2099.\nFor the Republic of Aland\nFor the Kingdom of Borduria',
	])('%j closes the text: no part of the last paragraph', (closing) => {
		const paragraphs = parseSource(declaration(closing), 'Declaration of Harbour City').paragraphs;
		expect(paragraphs.map((p) => p.number)).toEqual([1, 2]);
		expect(paragraphs[1]?.text).toBe(
			'They decided that the next Conference will be held in 2101, at a place to be decided.',
		);
	});

	it('but a paragraph that begins with the same words and goes on is text', () => {
		const text = declaration('3. Done at the request of the Chair, the review of 2099 was welcomed by all.');
		expect(parseSource(text, 'T').paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
		const inSentence = declaration('They noted the work\ndone at Harbour City in 2099.');
		expect(parseSource(inSentence, 'T').paragraphs[1]?.text).toMatch(
			/They noted the work done at Harbour City in 2099\.$/u,
		);
	});
});
