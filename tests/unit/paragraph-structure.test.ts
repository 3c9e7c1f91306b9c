import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isDateCodeBeside } from '../../src/corpus/layout-noise.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { withoutStatementQuotes } from '../../src/corpus/quoted-statement.ts';
import { readBlocks } from '../../src/corpus/source-lines.ts';
import { dataProblems } from '../../src/import/data-check.ts';
import { expectedLayout, LAYOUT_DOCUMENTS, seedDataCopy } from '../helpers/corpus.ts';

/** Texts laid out as published documents are extracted or copied, where paragraphs used to go missing. */
const PARSING = new URL('../fixtures/parsing/', import.meta.url);
const textOf = (name: string) => readFileSync(new URL(`${name}.txt`, PARSING), 'utf8');

const FIXTURES = [
	['statement-pdf', 'a presidential statement as pdftotext text: chapeau and quoted paragraphs with no blank line'],
	['press-release-copied', 'a press release page copied from the browser: unbulleted paragraphs among the bullets'],
	['report-annex-pdf', 'a report as pdftotext text, with an annex whose numbers start again at 1'],
	['report-annex-layout', 'the same report as pdftotext -layout text: runs of spaces after the labels'],
	[
		'statement-coverage-copied',
		"a meetings coverage page copied from the browser: the chapeau after the first paragraph, the meeting's times",
	],
] as const;

describe.each(FIXTURES)('the %s fixture (%s)', (name) => {
	const want = expectedLayout(name);
	const parsed = parseSource(textOf(name), want.title);

	it('gives every paragraph of the document, in order, with its section and exact text, and no warning', () => {
		expect(parsed.paragraphs.map((p) => ({ paragraph: p.number, section: p.section, text: p.text }))).toEqual(
			want.paragraphs,
		);
		expect(parsed.problems).toEqual([]);
	});

	it('leaves the job number, its date code and the barcode out of every paragraph', () => {
		for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/\d{2}-\d{5}|\b\d{6}\b|\*\d{7}\*/u);
	});
});

describe("a statement's chapeau and its first quoted paragraph on the next line", () => {
	it.each([
		[
			'straight quotes, lines too few to tell the wrap width',
			'Statement by the President\nAt the 1st meeting, the President made the following statement on behalf of the ' +
				'Council:\n"The Security Council welcomes the talks.\n"The Security Council urges both parties to keep to the ' +
				'timetable.\n"The Security Council will remain seized of the matter."',
			['The Security Council welcomes the talks.', 'The Security Council urges both parties to keep to the timetable.'],
		],
		[
			'a page break with its job number block between two paragraphs',
			'At the meeting the President said on behalf of the Council:\n“The Council welcomes the talks.\n\n' +
				'07-40123 (E)\n\n290607\n\n*0740123*\n\n“The Council urges both parties to keep to the timetable.”',
			['The Council welcomes the talks.', 'The Council urges both parties to keep to the timetable.'],
		],
	])('gives the chapeau as context and each quoted paragraph (%s)', (_, text, first) => {
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(first);
		expect(parsed.preamble).toMatch(/on behalf of the Council:$/u);
		expect(parsed.problems).toEqual([]);
	});
});

describe("a job number's date code on a line of its own", () => {
	it.each([
		['290607', '07-40123 (E)', '*0740123*', true],
		['290607', 'of experts to report', '*0740123*', true],
		['290607', '07-40123 (E)', undefined, true],
		['021031', 'some text', '31-30412', true],
		// Not a ddmmyy date, or no job number beside it: a number of the text.
		['991399', '07-40123 (E)', '*0740123*', false],
		['290607', 'the total reached', 'tonnes in the last year.', false],
		['2906071', '07-40123 (E)', '*0740123*', false],
	])('%s between "%s" and "%s" is furniture: %s', (line, before, after, furniture) => {
		expect(isDateCodeBeside(line, before, after)).toBe(furniture);
	});

	it('is dropped from the text beside its job number, and kept as text elsewhere', () => {
		const blocks = readBlocks(
			'The total reached\n150607\ntonnes.\n\n07-40123 (E)\n\n290607\n\n*0740123*\n\nNext page.',
		);
		expect(blocks.map((b) => b.map((l) => l.text))).toEqual([
			['The total reached', '150607', 'tonnes.'],
			['Next page.'],
		]);
	});
});

describe("a statement's quotation marks", () => {
	it.each([
		[
			['“One.', '“Two.', '“Three.”'],
			['One.', 'Two.', 'Three.'],
		],
		[
			['"One.', '"Two."'],
			['One.', 'Two.'],
		],
		// Quotations that open and close inside a paragraph are the paragraph's own.
		[
			['“In larger freedom” was read.', 'They agreed.'],
			['“In larger freedom” was read.', 'They agreed.'],
		],
		[['“A whole paragraph quoted.”'], ['“A whole paragraph quoted.”']],
		// A run that never closes is not a statement's quotation: nothing is taken away.
		[
			['“One.', '“Two.'],
			['“One.', '“Two.'],
		],
		[
			['Before.', '“One.', '“Two “quoted” words.”', 'After.'],
			['Before.', 'One.', 'Two “quoted” words.', 'After.'],
		],
	])('%j → %j', (texts, want) => {
		expect(withoutStatementQuotes(texts)).toEqual(want);
	});
});

describe('text the parser cannot place is said, never dropped silently', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	const unnumbered =
		'I. One\n\n1. Participants met.\n\n2. They agreed.\n\nII. Two\n\nAn unnumbered block\nwrapped on two lines.\n\n3. They parted.';

	it('warns once, naming the line, about an unnumbered block under a heading of a numbered text', () => {
		const parsed = parseSource(unnumbered, 'x');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
		expect(parsed.problems).toEqual([
			{
				line: 9,
				message: expect.stringContaining('"An unnumbered block" under "II. Two" is in no paragraph') as string,
			},
		]);
	});

	it('makes the data check fail, naming the file and line', () => {
		const dir = seedDataCopy('structure-');
		scratch.push(dir);
		cpSync(join(LAYOUT_DOCUMENTS, 'annex-roman.json'), join(dir, 'documents', 'odd.json'));
		writeFileSync(join(dir, 'documents', 'odd.txt'), unnumbered.replace(/They /gu, 'Participants on terrorism '));
		expect(dataProblems(loadCorpus(dir))).toEqual(
			expect.arrayContaining([expect.stringMatching(/odd\.txt line 9: "An unnumbered block".* is in no paragraph/u)]),
		);
	});

	it('warns about a number that goes back inside a block, with no annex line above it', () => {
		const parsed = parseSource('1. First.\n\n2. Second ends here.\n1. Again from one.', 'x');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2]);
		expect(parsed.problems).toEqual([
			{ line: 4, message: expect.stringContaining('"1." after ¶2 repeats or goes back') as string },
		]);
	});
});

describe('an annex after the paragraphs', () => {
	it('heads a section with its title, in the same block or in one of its own', () => {
		for (const text of [
			'1. First.\n\n2. Second.\n\nAnnex\nGuide to the garden\n1. Water daily.\n2. Weed weekly.',
			'1. First.\n\n2. Second.\n\nAnnex II\n\nGuide to the garden\n\n1. Water daily.\n\n2. Weed weekly.',
		]) {
			const parsed = parseSource(text, 'x');
			const annex = text.includes('Annex II') ? 'Annex II' : 'Annex';
			expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
				[1, null, 'First.'],
				[2, null, 'Second.'],
				[3, `${annex} — Guide to the garden`, 'Water daily.'],
				[4, `${annex} — Guide to the garden`, 'Weed weekly.'],
			]);
			expect(parsed.problems).toEqual([]);
		}
	});

	it("keeps the document's own numbers when the annex goes on with them", () => {
		const parsed = parseSource('1. First.\n\n2. Second.\n\nAnnex\n\n3. Water daily.\n\n4. Weed weekly.', 'x');
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, null, 'First.'],
			[2, null, 'Second.'],
			[3, 'Annex', 'Water daily.'],
			[4, 'Annex', 'Weed weekly.'],
		]);
	});

	it("restarts after the annex's own headings, and names them after the annex", () => {
		const parsed = parseSource(
			'I. Body\n\n1. First.\n\n2. Second.\n\nAnnex\n\nRules of the garden\n\nI. Watering\n\n1. Water daily.\n\n' +
				'II. Weeding\n\n2. Weed weekly.',
			'x',
		);
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, 'I. Body', 'First.'],
			[2, 'I. Body', 'Second.'],
			[3, 'Annex — I. Watering', 'Water daily.'],
			[4, 'Annex — II. Weeding', 'Weed weekly.'],
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('reports a gap inside a restarted annex by its own numbers', () => {
		const parsed = parseSource('1. First.\n\n2. Second.\n\nAnnex\n\n1. Water daily.\n\n3. Weed weekly.', 'x');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 5]);
		expect(parsed.problems).toEqual([{ line: 9, message: '¶3 follows ¶1: ¶2 missing' }]);
	});
});

describe('bulleted texts', () => {
	it('keep a closing block of their own as a paragraph, not a line of the last bullet', () => {
		const parsed = parseSource('Summary:\n\n-- First point.\n\n-- Second point.\n\nThe Chair thanked them.', 'x');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['First point.', 'Second point.', 'The Chair thanked them.']);
	});

	it('keep a lead-in between bullets as context, and a block continuing a bullet in lower case in that bullet', () => {
		const parsed = parseSource(
			'Summary:\n\n-- First point,\n\nwhich went on.\n\n-- Second point.\n\nThey also agreed on the following:\n\n' +
				'-- Third point.\n\n-- Fourth point.',
			'x',
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual([
			'First point, which went on.',
			'Second point.',
			'Third point.',
			'Fourth point.',
		]);
		expect(parsed.preamble).toBe('Summary:\n\nThey also agreed on the following:');
	});
});

describe('-layout text', () => {
	it('reads a label and its text with one space, whatever the run of spaces between them', () => {
		const parsed = parseSource(
			' I.    Intro\n      1.     First   point.\n             (a)    one;\n 2.\tSecond.',
			'x',
		);
		expect(parsed.paragraphs.map((p) => [p.section, p.text])).toEqual([
			['I. Intro', 'First point.\n(a) one;'],
			['I. Intro', 'Second.'],
		]);
	});
});
