import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { paragraphCitation } from '../../src/render/citation.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { isMenuRun } from '../../src/import/title-candidate.ts';
import { EXPECTED_DIR, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * Documents laid out as they are really published, which a reader imports without knowing the code: a web page
 * copied whole, a saved page with nested lists, a commission's report carrying agreed conclusions numbered from 1
 * again, and Council conclusions under a cover note. Each fixture is composed in the real layout.
 */

const PARSING = new URL('../fixtures/parsing/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, PARSING), 'utf8');
interface Expected {
	symbol: string;
	title?: string;
	date: string;
	place?: string;
	paragraphs: { paragraph: number; mark?: string; section: string | null; text: string }[];
}
const expectedOf = (name: string) => JSON.parse(readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8')) as Expected;
const withMarks = (parsed: ReturnType<typeof parseSource>) =>
	parsed.paragraphs.map((p) => ({ paragraph: p.number, mark: paragraphMark(p), section: p.section, text: p.text }));

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Imports a file into a scratch copy of the data folder, as `npm run import` does. */
async function importInto(name: string, content: string | Uint8Array, ...options: string[]) {
	const dir = seedDataCopy('published-');
	scratch.push(dir);
	const file = join(dir, name);
	writeFileSync(file, content);
	const { code, stdout, stderr } = await importCli([file, ...options], dir);
	const meta = (slug: string) =>
		JSON.parse(readFileSync(join(dir, 'documents', `${slug}.json`), 'utf8')) as Record<string, unknown>;
	return { code, stdout, stderr, meta };
}

describe('an AU Peace and Security Council communiqué page copied whole from the browser', () => {
	const text = fixture('psc-communique-copied.txt');
	const want = expectedOf('psc-communique-copied');

	it("gives the preamble and the operative paragraphs, without the heading between them or the site's footer", () => {
		const parsed = parseSource(text, want.title ?? '');
		expect(withMarks(parsed)).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
		for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/Privacy Policy|Operative Paragraphs|©/u);
	});

	it('reads the same paragraphs from the page copied without blank lines between them', () => {
		const [start, end] = [text.indexOf('The Peace and Security Council,'), text.indexOf('Related documents')];
		const packed = text.slice(0, start) + text.slice(start, end).replaceAll('\n\n', '\n') + text.slice(end);
		const parsed = parseSource(packed, want.title ?? '');
		expect(withMarks(parsed)).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
	});

	it('leaves out a footer set under the last paragraph with or without blank lines between its lines', () => {
		const footer = '© 2025 African Union. All rights reserved.\nPrivacy Policy\nTerms of Use\nContact us';
		const last = '12. Decides to remain actively seized of the matter.';
		const body = text.slice(0, text.indexOf(last) + last.length);
		for (const tail of [`\n\n${footer}\n`, `\n\n${footer.replaceAll('\n', '\n\n')}\n`, `\n${footer}\n`]) {
			expect(parseSource(`${body}${tail}`, want.title ?? '').paragraphs.at(-1)?.text).toBe(
				'Decides to remain actively seized of the matter.',
			);
		}
	});

	it("leaves out a footer whose copyright names the body at length, from its 'Related documents' on", () => {
		const footer = [
			'Related documents',
			'Press statement of the 1276th meeting',
			'Previous communiqué on South Sudan',
			'© 2025 Peace and Security Council of the African Union. All rights reserved.',
			'Privacy Policy',
			'Terms of Use',
		];
		const last = '12. Decides to remain actively seized of the matter.';
		const body = text.slice(0, text.indexOf(last) + last.length);
		for (const lead of ['\n', '\n\n']) {
			for (const between of ['\n', '\n\n', '\n \n']) {
				const parsed = parseSource(`${body}${lead}${footer.join(between)}\n`, want.title ?? '');
				expect(parsed.paragraphs.at(-1)?.text).toBe('Decides to remain actively seized of the matter.');
			}
		}
		// A press statement's paragraphs, unnumbered: the footer is no paragraph of its own either.
		const statement =
			'The Council expressed deep concern over the situation.\n\nThe Council decided to remain actively seized of the matter.';
		const parsed = parseSource(`${statement}\n\n${footer.join('\n\n')}\n`, 'Press statement');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(statement.split('\n\n'));
	});

	it("reads the page's title, not its menu joined into one line, and does not doubt it", () => {
		const guessed = guessMetadata(text);
		expect(guessed).toMatchObject({ symbol: want.symbol, title: want.title, releaseDate: want.date });
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('tells a menu, one item a line, from a title wrapped over lines', () => {
		expect(isMenuRun(['Peace and Security Council', 'About the PSC', 'Structure', 'Documents'])).toBe(true);
		expect(
			isMenuRun(['Agreed conclusions on fostering social development and social', 'justice through policies']),
		).toBe(false);
		expect(isMenuRun(['Cooperation between the United Nations and', 'regional organizations in', 'Africa'])).toBe(
			false,
		);
	});
});

describe("an OSCE Chair's summary page saved with its nested bullet lists", () => {
	const page = fixture('osce-chair-summary-page.html');
	const want = expectedOf('osce-chair-summary-page');
	const extracted = extractHtml(page);

	it('gives a bullet with its nested bullets as one paragraph, and each paragraph the section it stands under', () => {
		const parsed = parseSource(extracted.text, want.title ?? '');
		expect(parsed.paragraphs.map((p) => ({ paragraph: p.number, section: p.section, text: p.text }))).toEqual(
			want.paragraphs,
		);
		expect(parsed.problems).toEqual([]);
	});

	it('reads a heading without a label, longer than a plain heading, as the heading it is', () => {
		const unlabelled = page.replace('<h3>Session 3: ', '<h3>');
		const parsed = parseSource(extractHtml(unlabelled).text, want.title ?? '');
		const heading =
			'Early warning, conflict prevention, crisis management, conflict resolution and post-conflict rehabilitation';
		expect(parsed.paragraphs.map((p) => p.section)).toEqual(
			want.paragraphs.map((p) => (p.section?.startsWith('Session 3: ') ? heading : p.section)),
		);
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(want.paragraphs.map((p) => p.text));
	});

	it("reads the page's symbol, its dotted series as the OSCE writes it", () => {
		expect(guessMetadata(extracted.text, extracted.heading)).toMatchObject({
			symbol: want.symbol,
			title: want.title,
			releaseDate: want.date,
		});
	});

	it('writes a list nested in a list item, or a paragraph in it, as lines of that item', () => {
		const html =
			'<main><ul><li><p>Participants stressed:</p><ul><li>first;</li><li>second.</li></ul></li>' +
			'<li>Next.</li></ul><ol><li>One<ol><li>sub</li></ol></li></ol></main>';
		expect(extractHtml(html).text).toBe('• Participants stressed:\n◦ first;\n◦ second.\n\n• Next.\n\n1. One\n1. sub\n');
	});
});

describe("an ECOSOC commission's report chapter with its agreed conclusions numbered from 1 again", () => {
	const want = expectedOf('commission-report-layout');

	it('gives the report’s ¶1, then the conclusions as a part of their own under their heading (pdftotext -layout)', () => {
		const parsed = parseSource(fixture('commission-report-layout.txt'), 'x');
		expect(withMarks(parsed)).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
	});

	it('quotes and cites the conclusions by their own numbers, the report’s paragraph by its own', () => {
		const dir = seedDataCopy('agreed-');
		scratch.push(dir);
		writeFileSync(join(dir, 'documents', 'e202526.txt'), fixture('commission-report-layout.txt'));
		const meta = { symbol: 'E/2025/26', title: 'Report on the sixty-third session', releaseDate: want.date };
		writeFileSync(join(dir, 'documents', 'e202526.json'), JSON.stringify(meta));
		const corpus = loadCorpus(dir);
		const document = corpus.documentBySlug.get('e202526');
		const found = (typed: string) => {
			const lookup = resolveParagraph(corpus, typed, document);
			if (!lookup.ok) return lookup.reason;
			return document ? paragraphCitation(document, lookup.paragraph) : 'no document';
		};
		expect(found('agreed conclusions 2')).toBe('E/2025/26 (15 February 2025), agreed conclusions, ¶2');
		expect(found('Agreed conclusions ¶8')).toBe('E/2025/26 (15 February 2025), agreed conclusions, ¶8');
		expect(found('1')).toBe('E/2025/26 (15 February 2025), ¶1');
		expect(found('agreed conclusions 9')).toBe('out-of-range');
		expect(found('annex 1')).toBe('out-of-range');
	});

	it('is dated by the adoption its text reports, not by the first date of its cover', () => {
		const guessed = guessMetadata(fixture('commission-report-layout.txt'));
		expect(guessed).toMatchObject({ symbol: want.symbol, releaseDate: want.date });
		expect(guessed.dateDoubt).toBeUndefined();
	});

	it('says it is unsure of a date that is only the first of several, and names --date', async () => {
		const text = [
			'E/2025/99',
			'Commission on Shared Waters',
			'Report on the fifth session (15 February 2024 and 14 February 2025)',
			'',
			'1. The Commission met twice and exchanged views on the basins it oversees.',
			'2. The Commission will meet again next year.',
		].join('\n');
		const guessed = guessMetadata(text);
		expect(guessed.releaseDate).toBe('2024-02-15');
		expect(guessed.dateDoubt).toContain('2025-02-14');
		const { code, stdout } = await importInto('report.txt', text);
		expect(code).toBe(0);
		expect(stdout).toMatch(/unsure of the date: .*--date YYYY-MM-DD --force/u);
	});

	it('reads the same chapter from a PDF made here: the heading apart, the conclusions cited by their numbers', async () => {
		const pdf = await PDFDocument.create();
		const regular = await pdf.embedFont(StandardFonts.TimesRoman);
		const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
		const cover = pdf.addPage([595, 842]);
		const put = (page: PDFPage, text: string, x: number, y: number, size: number, font: PDFFont = regular) =>
			page.drawText(text, { x, y, size, font });
		put(cover, 'E/2025/26', 460, 790, 10);
		put(cover, 'E/CN.5/2025/9', 460, 778, 10);
		put(cover, 'Commission for Social Development', 72, 700, 16, bold);
		put(cover, 'Report on the sixty-third session', 72, 680, 14, bold);
		put(cover, '(15 February 2024 and 14 and 15 February 2025)', 72, 662, 12);
		const page = pdf.addPage([595, 842]);
		put(page, 'Chapter I', 72, 750, 12, bold);
		put(page, 'A.', 72, 720, 11, bold);
		put(page, 'Matters brought to the attention of the Council', 100, 720, 11, bold);
		put(page, '1.', 100, 696, 10);
		put(page, 'At its 2nd meeting, on 15 February 2025, the Commission adopted the agreed', 125, 696, 10);
		put(page, 'conclusions on the priority theme. The agreed conclusions read as follows:', 100, 684, 10);
		put(page, 'Agreed conclusions on fostering social development and social', 150, 660, 10, bold);
		put(page, 'justice through coordinated, equitable and inclusive policies', 152, 648, 10, bold);
		put(page, '1.', 100, 624, 10);
		put(page, 'The Commission reaffirms the Copenhagen Declaration on Social Development.', 125, 624, 10);
		put(page, '2.', 100, 600, 10);
		put(page, 'The Commission decides to consider the follow-up to the present conclusions.', 125, 600, 10);
		const { code, stdout, meta } = await importInto('e202526.pdf', await pdf.save());
		expect(code).toBe(0);
		expect(meta('e202526')).toMatchObject({ symbol: 'E/2025/26', releaseDate: '2025-02-15' });
		expect(stdout).toContain('¶1 [A. Matters brought to the attention of the Council] At its 2nd meeting');
		expect(stdout).toContain(
			'agreed conclusions ¶1 (e202526-2) [Agreed conclusions on fostering social development and social justice ' +
				'through coordinated, equitable and inclusive policies] The Commission reaffirms',
		);
		expect(stdout).toContain('agreed conclusions ¶2 (e202526-3)');
		expect(stdout).not.toMatch(/repeats or goes back/u);
	});
});

describe('EU Council conclusions under their cover note', () => {
	const subject =
		'Council conclusions on the EU priorities for the eightieth session of the United Nations General Assembly';

	it('takes the subject as the title, not the sender, and the place from its column (pdftotext -layout)', () => {
		const guessed = guessMetadata(fixture('council-conclusions-layout.txt'));
		expect(guessed).toMatchObject({ title: subject, releaseDate: '2025-06-23', place: 'Brussels' });
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it("takes the conclusions' own heading when the cover note's fields are not there, never the masthead", () => {
		const text = fixture('council-conclusions-layout.txt');
		const withoutFields =
			text.slice(0, text.indexOf('OUTCOME OF PROCEEDINGS')) + text.slice(text.indexOf('Delegations'));
		const guessed = guessMetadata(withoutFields);
		expect(guessed).toMatchObject({ title: subject, place: 'Brussels' });
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it.each([
		'eu-council-conclusions-pdf',
		'eu-council-conclusions-layout',
		'rights-resolution-pdf',
		'rights-resolution-layout',
	])('reads the title and date %s gives, a field and its value on lines of their own or not', (name) => {
		const want = expectedOf(name);
		const guessed = guessMetadata(fixture(`${name}.txt`));
		expect(guessed).toMatchObject({ title: want.title, releaseDate: want.date });
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('reads the same from the PDF, whose masthead sets the logo beside the place and date', async () => {
		const pdf = await PDFDocument.create();
		const regular = await pdf.embedFont(StandardFonts.TimesRoman);
		const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
		const page = pdf.addPage([595, 842]);
		const put = (text: string, x: number, y: number, size: number, font: PDFFont = regular) =>
			page.drawText(text, { x, y, size, font });
		put('Council of the', 110, 790, 12, bold);
		put('Brussels, 23 June 2025', 340, 790, 11);
		put('European Union', 110, 776, 12, bold);
		put('(OR. en)', 340, 776, 11);
		put('10512/25', 340, 750, 11);
		put('OUTCOME OF PROCEEDINGS', 72, 700, 11, bold);
		put('From:', 72, 680, 11);
		put('General Secretariat of the Council', 170, 680, 11);
		put('To:', 72, 666, 11);
		put('Delegations', 170, 666, 11);
		put('Subject:', 72, 652, 11, bold);
		put('Council conclusions on the EU priorities for the eightieth session of the', 170, 652, 11, bold);
		put('United Nations General Assembly', 170, 638, 11, bold);
		put('Delegations will find in the annex the Council conclusions on the EU priorities.', 72, 610, 11);
		// The annex: its line, the conclusions' title centred over two lines, their paragraphs, no space between.
		const annex = pdf.addPage([595, 842]);
		const line = (text: string, x: number, y: number, font: PDFFont = regular) =>
			annex.drawText(text, { x, y, size: 11, font });
		line('ANNEX', 500, 790, bold);
		line('Council conclusions on the EU priorities for the eightieth', 120, 760, bold);
		line('session of the United Nations General Assembly', 140, 746, bold);
		line('1.', 72, 716);
		line('The European Union reaffirms its unwavering commitment to effective multilateralism.', 100, 716);
		line('2.', 72, 690);
		line('The EU will work with all partners to prevent conflicts and to protect civilians.', 100, 690);
		const { code, stdout, meta } = await importInto('st10512.pdf', await pdf.save(), '--symbol', 'ST 10512/25');
		expect(code).toBe(0);
		expect(meta('st1051225')).toMatchObject({ title: subject, place: 'Brussels', releaseDate: '2025-06-23' });
		expect(stdout).not.toContain('unsure of the title');
		expect(stdout).toContain(`annex ¶1 (st1051225-1) [ANNEX — ${subject}] The European Union reaffirms`);
		expect(stdout).toContain('annex ¶2 (st1051225-2)');
		expect(stdout).not.toMatch(/Delegations will find|in no paragraph/u);
	});
});
