import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

/**
 * Pages as `pdftotext` gives a published report: no rule above the footnotes (the PDF draws it), marks glued to
 * their words, the footer (page number, job number) and a form feed, then the next page's running head. Composed
 * wording.
 */
const PAGE_FOOT = '\n\n2\n\n11-22334\n\n\fA/99/123\n\n';

const REPORT =
	'I. Introduction\n' +
	'1. The committee met three times during the year and heard the views of the\n' +
	'regional bodies.1 It agreed on a plan of work.\n' +
	'2. The secretariat of the Office of Regional Affairs2 prepared the papers for\n' +
	'each meeting and sent them to the members in good time, as the rules\n' +
	'of procedure ask.3\n\n' +
	'1 See also the report of the committee on its first session.\n' +
	'2 “Regional Affairs”, as set up by the committee in its decision 4/2, para. 12.\n' +
	'3 Rules of procedure of the committee, rule 7\n' +
	'(as amended).' +
	PAGE_FOOT +
	'3. The committee will meet again in the spring.\n';

const WANT = [
	'The committee met three times during the year and heard the views of the regional bodies. It agreed on a plan of work.',
	'The secretariat of the Office of Regional Affairs prepared the papers for each meeting and sent them to the members in good time, as the rules of procedure ask.',
	'The committee will meet again in the spring.',
];

const texts = (source: string) => parseSource(source, 'x').paragraphs.map((p) => p.text);

describe('footnotes without a rule, at the foot of a page', () => {
	it('are left out of the paragraph above them, and their marks out of the words', () => {
		expect(texts(REPORT)).toEqual(WANT);
	});

	it('are found in -layout text too, indented, with the page number and job number on one line', () => {
		const layout = REPORT.split('\n')
			.map((line) => (line.startsWith('\f') || line === '' ? line : `              ${line}`))
			.join('\n')
			.replace(PAGE_FOOT.replace(/\n/gu, '\n              ').trimEnd(), '\n\n\n2          11-22334\n\fA/99/123\n\n');
		expect(texts(layout)).toEqual(WANT);
	});

	it('are found without a form feed, before the footer and the next running head', () => {
		expect(texts(REPORT.replace('\f', ''))).toEqual(WANT);
	});

	it("mark a paragraph's end when their mark follows its stop at a line end", () => {
		const source =
			'1. The members took note of the report on the regional offices.1\n2. They will meet again.\n\n' +
			'1 Issued without formal editing.' +
			PAGE_FOOT +
			'3. They closed the session.\n';
		expect(texts(source)).toEqual([
			'The members took note of the report on the regional offices.',
			'They will meet again.',
			'They closed the session.',
		]);
	});

	it('are found right under a line the page break cuts, when they go on with the numbering', () => {
		const source = (mark: string) =>
			`1. The members welcomed the work of the regional offices${mark} and asked them to report on the\n` +
			`${mark} Listed in the annex.` +
			PAGE_FOOT +
			'projects.\n2. They will meet again.\n';
		expect(texts(source('1'))).toEqual([
			'The members welcomed the work of the regional offices and asked them to report on the projects.',
			'They will meet again.',
		]);
		// A second footnote where the text has no first one: the line goes on with the sentence.
		expect(texts(source('2'))[0]).toMatch(
			/offices2 and asked them to report on the 2 Listed in the annex\.\sprojects\.$/u,
		);
	});

	it('go on with a paragraph that the page break cuts after them', () => {
		const source =
			'1. The members welcomed the work of the regional offices1 and asked them to go\n' +
			'on with it through the coming' +
			'\n\n1 Listed in the annex.' +
			PAGE_FOOT +
			'year.\n2. They will meet again.\n';
		expect(texts(source)).toEqual([
			'The members welcomed the work of the regional offices and asked them to go on with it through the coming year.',
			'They will meet again.',
		]);
	});

	it('include a footnote marked with an asterisk, whose mark closes a paragraph', () => {
		const source =
			'1. The members took note of the report on the regional offices.*\n2. They will meet again.\n\n' +
			'* Issued without formal editing.' +
			PAGE_FOOT +
			'3. They closed the session.\n';
		expect(texts(source)).toEqual([
			'The members took note of the report on the regional offices.',
			'They will meet again.',
			'They closed the session.',
		]);
	});
});

describe('lines that look like footnotes but are the text', () => {
	it('keep a numbered paragraph at the foot of a page', () => {
		const source = '1. The members met.\n2. They agreed on a plan.' + PAGE_FOOT + '3. They will meet again.\n';
		expect(texts(source)).toEqual(['The members met.', 'They agreed on a plan.', 'They will meet again.']);
	});

	it('keep a wrapped line opening with a number that no word of the page bears as a mark', () => {
		const source =
			'1. The members noted that women made up fewer than\n8 per cent of the delegations.' +
			PAGE_FOOT +
			'2. They will meet again.\n';
		expect(texts(source)[0]).toBe('The members noted that women made up fewer than 8 per cent of the delegations.');
	});

	it('keep a wrapped line opening with a date, even where a mark of that number is glued to a word', () => {
		const source =
			'1. The members thanked the regional offices.4 They agreed to meet on\n4 December in the capital.' +
			PAGE_FOOT +
			'2. They will meet again.\n';
		expect(texts(source)[0]).toBe(
			'The members thanked the regional offices.4 They agreed to meet on 4 December in the capital.',
		);
	});

	it('keep numbered lines inside a page, where no footer follows them', () => {
		const source =
			'1. The members thanked the regional offices.1\n\n1 See the annex.\n\n2. They will meet again.\n\n3. They closed.\n';
		const kept = texts(source);
		expect(kept[0]).toMatch(/^The members thanked the regional offices\.1\s1 See the annex\.$/u);
		expect(kept.slice(1)).toEqual(['They will meet again.', 'They closed.']);
	});
});

describe('a footnote marked with a sign under a rule', () => {
	it('takes its mark out of the word it is glued to', () => {
		const source =
			'1. The members took note of the report on the regional offices.*\n2. They will meet again.\n\n' +
			'__________\n* Issued without formal editing.\n\n3. They closed the session.\n';
		expect(texts(source)).toEqual([
			'The members took note of the report on the regional offices.',
			'They will meet again.',
			'They closed the session.',
		]);
	});
});

describe('a footnote mark glued to the stop after a number', () => {
	const page = (sentence: string, rule: string) =>
		`I. Introduction\n1. The Assembly asked for a report on the Plan of Action on Housing, ${sentence}\n` +
		`2. Most of the members answered.\n\n${rule}1 Report of the World Conference on Housing, Nairobi, 2 May 2001.` +
		PAGE_FOOT +
		'3. The committee will meet again in the spring.\n';

	it.each([
		['under a rule', '__________\n'],
		['without a rule', ''],
	])('is taken out when a new sentence follows it and the page has that footnote (%s)', (_, rule) => {
		expect(texts(page('2001.1 The present report answers it.', rule))[0]).toBe(
			'The Assembly asked for a report on the Plan of Action on Housing, 2001. The present report answers it.',
		);
	});

	it.each([
		// A decimal: no new sentence follows it, or a word numbers it, or it opens its line (a decimal paragraph number).
		['2001.1 million homes were built.', '2001.1 million homes were built.'],
		['see table 3.1 Homes by region.', 'see table 3.1 Homes by region.'],
		['as follows. 3.1 Homes were built.', 'as follows. 3.1 Homes were built.'],
	])('stays in "%s"', (sentence, kept) => {
		expect(texts(page(sentence, '__________\n'))[0]).toBe(
			`The Assembly asked for a report on the Plan of Action on Housing, ${kept}`,
		);
	});

	it('stays when the text has no footnote of that number', () => {
		const source = '1. The Plan of Action on Housing, 2001.1 The present report answers it.\n2. They met.\n';
		expect(texts(source)[0]).toBe('The Plan of Action on Housing, 2001.1 The present report answers it.');
	});
});

describe('a number glued to the stop of an abbreviation that numbers what it names', () => {
	const page = (sentence: string, rule: string) =>
		`I. Introduction\n1. The committee read the earlier text.1 ${sentence}\n2. Most of the members answered.\n\n` +
		`${rule}1 See also the report of the committee on its first session.` +
		PAGE_FOOT +
		'3. The committee will meet again in the spring.\n';

	it.each([
		['Bulletin ST/SGB/2017/2/Rev.1 is hereby abolished.'],
		['See document A/79/1/Add.1 for the details.'],
		['It cites E/2024/L.1 and S/2023/100/Corr.1 twice.'],
		['See Rev.1 and Add.1 of that text.'],
		['See No.1 of the series, vol.1, para.1, art.1 and pp.1-4.'],
	])('stays the text’s when the page has a footnote 1 (%s)', (sentence) => {
		for (const rule of ['__________\n', '']) {
			expect(texts(page(sentence, rule))[0]).toBe(`The committee read the earlier text. ${sentence}`);
		}
	});
});

describe('a footnote mark that pdftotext -layout sets apart', () => {
	/** Composed report pages as `pdftotext -layout` gives them: the raised mark alone above its footnote's text. */
	const layoutPages = (end: string, foot: string) =>
		'                                                        A/99/123\n\n\n' +
		'          I. Conclusions\n\n' +
		`          1. The number of people who fled their homes reached a record at the end of ${end}\n\n` +
		'          2. The committee calls for steady funding of the work of the regional bodies,\n' +
		'          which hosts large displaced\n\n' +
		foot +
		'\n99-12345                                                         9/20\n' +
		'\fA/99/123\n\n\n' +
		'          populations. Such work is an essential complement to relief.\n\n' +
		'          3. The committee will meet again in the spring.\n\n\n' +
		'10/20                                                         99-12345\n\f';
	const WANT_LAYOUT = [
		'The number of people who fled their homes reached a record at the end of 2024.',
		'The committee calls for steady funding of the work of the regional bodies, which hosts large displaced populations. Such work is an essential complement to relief.',
		'The committee will meet again in the spring.',
	];
	const RULED_APART =
		'          __________________\n             12\n                See the yearly report of the Office (2025).\n';

	it('alone on its line under the rule, its text on the next line, is a footnote; its mark after the stop goes', () => {
		expect(texts(layoutPages('2024. 12', RULED_APART))).toEqual(WANT_LAYOUT);
	});

	it('alone on its line without a rule (copied text), its text on the next line, is a footnote too', () => {
		const foot = '             12\n                See the yearly report of the Office (2025).\n';
		expect(texts(layoutPages('2024. 12', foot))).toEqual(WANT_LAYOUT);
	});

	it('glued to the year at the paragraph’s end, its footnote on one line, goes too', () => {
		const foot = '          __________________\n             12 See the yearly report of the Office (2025).\n';
		expect(texts(layoutPages('2024.12', foot))).toEqual(WANT_LAYOUT);
	});

	it('stays the text’s when the page has no footnote of that number', () => {
		const foot =
			'          __________________\n             11\n                See the yearly report of the Office (2025).\n';
		expect(texts(layoutPages('2024. 12', foot))[0]).toBe(
			'The number of people who fled their homes reached a record at the end of 2024. 12',
		);
	});

	it('stays the text’s when no stop stands before it (a heading, "chapter 12")', () => {
		expect(texts(layoutPages('chapter 12', RULED_APART))[0]).toBe(
			'The number of people who fled their homes reached a record at the end of chapter 12',
		);
	});
});

describe('a footnote at the foot of the body, before its annex', () => {
	it('is left out with its mark, the annex opening the next page', () => {
		const text =
			'I. Introduction\n' +
			'1. We noted that most of the measures had been implemented or were under way.1\n' +
			'2. We reiterated that the consensus remains our main reference.\n' +
			'1 Secretariat, Mid-Term Review of the Plan (2040).\n\n' +
			'ANNEX\n' +
			'3. The Ministers will meet again in 2042.\n';
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.slice(0, 2).map((p) => p.text)).toEqual([
			'We noted that most of the measures had been implemented or were under way.',
			'We reiterated that the consensus remains our main reference.',
		]);
	});
});
