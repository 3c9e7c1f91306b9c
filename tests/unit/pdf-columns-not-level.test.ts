import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { readPdf } from '../../src/import/extract-pdf.ts';
import { inReadingOrder } from '../../src/import/pdf-columns.ts';
import { outOfOrderAdvice } from '../../src/import/reading-order.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { DATELINE, TITLE, WANT, columnsStatementPdf } from '../helpers/columns-statement.ts';

/**
 * A statement set in two columns whose lines do not sit level (headings in larger type inside the columns, the
 * right column set lower), under a title across the page, with a heading across both columns and a last page in one
 * column; drawn by `columnsStatementPdf`.
 */
const paragraphsOf = (text: string) =>
	parseSource(text, TITLE).paragraphs.map(({ number, section, text }) => ({ number, section, text }));

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function importInto(pdf: Uint8Array, ...options: string[]) {
	const dir = seedDataCopy('columns-level-');
	scratch.push(dir);
	const file = join(dir, 'statement.pdf');
	writeFileSync(file, pdf);
	const { code, all } = await importCli([file, '--symbol', 'CBSS Visby Statement', '--slug', 'visby', ...options], dir);
	const written = join(dir, 'documents', 'visby.txt');
	return { code, out: all, file, text: existsSync(written) ? readFileSync(written, 'utf8') : undefined };
}

describe('two columns whose lines do not sit level', () => {
	it.each([
		['headings in the columns set their lines apart', 0],
		['and the right column set half a line lower', 6],
		['and the text running only a few lines into the right column, under the title', 6, 0.88],
	])('%s: each column read top to bottom, left then right', async (_, offset, firstShare?: number) => {
		const { text, columnPages, columnDoubts } = await readPdf(await columnsStatementPdf({ offset, firstShare }));
		expect(paragraphsOf(text)).toEqual(WANT);
		expect(parseSource(text, TITLE).problems).toEqual([]);
		// Page 2, in one column, is read as it stands.
		expect(columnPages).toEqual([1]);
		expect(columnDoubts).toEqual([]);
	});

	it('keeps the title and dateline above the columns, and the heading across them between its two pairs', async () => {
		const { text } = await readPdf(await columnsStatementPdf({ offset: 6 }));
		const lines = text.split(/\n|\f/u);
		expect(lines.slice(0, 3)).toEqual([TITLE, '', DATELINE]);
		const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
		// ¶6 ends the right column above the heading across the page; ¶7 opens the left column under it.
		expect(at('6. We underline')).toBeLessThan(at('Partnerships'));
		expect(at('Partnerships')).toBeLessThan(at('7. We reaffirm'));
		expect(at('9. We will deepen')).toBeGreaterThan(at('8. We welcome'));
	});

	it('imports with no problem of numbering, saying page 1 was read in columns and page 2 as it stands', async () => {
		const { code, out, file, text } = await importInto(await columnsStatementPdf({ offset: 6 }));
		expect(code).toBe(0);
		expect(out).toContain(`${file}: page 1 set in two columns: read column by column, the left one first`);
		expect(out).not.toMatch(/missing|goes back|out of order|cannot tell/u);
		expect(paragraphsOf(text ?? '')).toEqual(WANT);
	});
});

describe('two columns a narrow gap apart', () => {
	it.each([
		['lines level on a baseline grid, 8 pt apart', { grid: true, gutter: 8 }],
		['lines level on a baseline grid, 9 pt apart', { grid: true, gutter: 9 }],
		['lines not level (the right column a quarter of a line lower), 10 pt apart', { offset: 3, gutter: 10 }],
	])('%s: each column read top to bottom, left then right', async (_, layout) => {
		const { text, columnPages, columnDoubts } = await readPdf(await columnsStatementPdf(layout));
		expect(paragraphsOf(text)).toEqual(WANT);
		expect(parseSource(text, TITLE).problems).toEqual([]);
		expect(columnPages).toEqual([1]);
		expect(columnDoubts).toEqual([]);
	});

	it('lines not level, 12 pt apart, the left column’s longest line near the right column: no line said to cross', () => {
		// As a word processor sets a short statement: ragged lines, the right column half a line lower.
		const run = (text: string, x: number, y: number, end: number) => ({ text, x, y, width: end - x, size: 10 });
		const prose = 'Ministers agreed to review the measures taken';
		const ends = [286.6, 260.6, 246.1, 246.1, 271.3, 263.3, 263.3, 290.3, 189.7];
		const ys = [340, 328, 316, 292, 280, 268, 244, 232, 220];
		const left = ys.map((y, i) => run(`${prose} (${i + 1})`, 50, y, ends[i] ?? 0));
		const right = ys.map((y, i) => run(`${prose} [${i + 1}]`, 302.5, y - 6, 302.5 + (ends[i] ?? 0) - 50));
		const title = run('G7 Foreign Ministers’ Statement, Capri, 19 April 2024', 158.5, 370, 438.8);
		const read = inReadingOrder([title, ...left, ...right]);
		expect(read.doubt).toBeUndefined();
		expect(read.groups).toEqual([[title], left, right]);
	});

	it('lines not level and closer than a letter: refused, saying the columns stand too close, not that a line crosses', async () => {
		const { code, out, file, text } = await importInto(await columnsStatementPdf({ offset: 6, gutter: 8 }));
		expect(code).toBe(1);
		expect(text).toBeUndefined();
		expect(out).toContain(`${file}: page 1 looks set in columns, but the import cannot tell them apart`);
		expect(out).toMatch(/page 1: its two columns stand only \d+\.\d pt apart, closer than a letter is wide/u);
		expect(out).not.toMatch(/crosses between|no sign of columns/u);
		expect(out).toMatch(/copy its text column by column/u);
	});
});

describe('a page whose columns the import cannot tell apart is never read mixed in silence', () => {
	it('three columns: refused, naming the page, with advice that does not send back to the PDF', async () => {
		const { code, out, file, text } = await importInto(await columnsStatementPdf({ columns: 3 }));
		expect(code).toBe(1);
		expect(text).toBeUndefined();
		expect(out).toContain(`${file}: page 1 looks set in columns, but the import cannot tell them apart`);
		expect(out).toMatch(/page 1: it has 2 gaps between columns of text/u);
		expect(out).toMatch(
			/copy its text column by column \(each column top to bottom, the leftmost first\) into\s+a \.txt file and import that file/u,
		);
		expect(out).toMatch(/\(nothing written\)/u);
	});

	it('a line running out of its column beside the other column’s line: refused, naming that line', async () => {
		const { code, out, text } = await importInto(await columnsStatementPdf({ overflow: true, offset: 6 }));
		expect(code).toBe(1);
		expect(text).toBeUndefined();
		expect(out).toMatch(
			/the line "https:\/\/cbss\.example\.org\/[^"]*" crosses between its columns beside their lines/u,
		);
	});

	it('with --force it is written as it stands, the warning kept among the notes', async () => {
		const { code, out, text } = await importInto(await columnsStatementPdf({ columns: 3 }), '--force');
		expect(code).toBe(0);
		expect(text).toBeDefined();
		expect(out).toMatch(/cannot tell them apart/u);
	});

	it('a PDF whose numbering breaks is not sent back to "the PDF itself": copy it column by column', () => {
		const problems = [{ line: 12, message: '¶12 follows ¶5: ¶6–11 missing' }];
		const page = Array.from(
			{ length: 12 },
			(_, i) =>
				`${i + 1}. Ministers agreed to review the measures    ${i + 7}. Ministers welcomed the offer of the host`,
		).join('\n');
		const advice = outOfOrderAdvice('statement.pdf', problems, page);
		expect(advice).not.toMatch(/the PDF\s+itself/u);
		expect(advice).toMatch(
			/Copy its text column by\s+column \(the left column top to bottom, then the right one\) into a \.txt file/u,
		);
		expect(outOfOrderAdvice('statement.txt', problems, page)).toMatch(/the PDF\s+itself/u);
	});
});

describe('a one-page text that runs only a few lines into its right column', () => {
	it('is read in columns: the left one whole, then the right one’s lines', () => {
		const run = (text: string, x: number, y: number, size = 10) => ({ text, x, y, width: text.length * 3.4, size });
		const prose = 'Ministers agreed to review the measures taken under this item';
		const left = Array.from({ length: 20 }, (_, i) => run(`${prose} (${i + 1})`, 57, 700 - 13 * i));
		const right = Array.from({ length: 4 }, (_, i) => run(`${prose} [${i + 1}]`, 309.5, 694 - 13 * i));
		const title = run('Joint Statement of the Foreign Ministers of the Council', 170, 760, 13);
		const read = inReadingOrder([title, ...left, ...right]);
		expect(read.doubt).toBeUndefined();
		expect(read.groups).toEqual([[title], left, right]);
	});
});

describe('a page in one column stays as it stands', () => {
	const run = (text: string, x: number, y: number, size = 10) => ({ text, x, y, width: text.length * 5, size });
	// Numbers hung in the margin beside their paragraphs, short last lines, a closing place and date set right.
	const page = [
		...Array.from({ length: 6 }, (_, p) => [
			run(`${p + 1}.`, 57, 760 - p * 70),
			run('Ministers agreed to review the measures taken under this item of the agenda', 90, 760 - p * 70),
			run('and asked the secretariat to report on their progress at the next session of', 90, 747 - p * 70),
			run('the Forum, with the figures for each member State.', 90, 734 - p * 70),
		]).flat(),
		run('Done at Visby, 12 June 2026', 400, 300),
		run('3', 295, 40, 9),
	];

	it('numbers hung beside their paragraphs and a date set right are no columns', () => {
		expect(inReadingOrder(page)).toEqual({ groups: [page] });
	});

	it('nor under a page in two columns, whose short last page may have few rows a side', () => {
		const read = inReadingOrder(page, { from: 285, to: 309, middle: 297 });
		expect(read.groups).toEqual([page]);
		expect(read.doubt).toBeUndefined();
	});
});
