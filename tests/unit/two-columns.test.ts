import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { readTextColumns } from '../../src/corpus/text-columns.ts';
import { extractPdf } from '../../src/import/extract-pdf.ts';
import { inReadingOrder } from '../../src/import/pdf-columns.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { DATELINE, FOOTER, PARAGRAPHS, TITLE, twoColumnPdf } from '../helpers/two-column-communique.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * A communiqué set in two columns on two A4 pages (title and dateline across the first page, a footer line and the
 * page number across each page's foot), drawn by `twoColumnPdf`; the fixtures are what `pdftotext -layout` and
 * `pdftotext` give of that PDF.
 */
const PARSING = new URL('../fixtures/parsing/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, PARSING), 'utf8');
const LAYOUT = fixture('two-column-communique-layout.txt');
const PLAIN = fixture('two-column-communique-pdf.txt');
const WANT = PARAGRAPHS.map((text, i) => ({ number: i + 1, text }));
const paragraphsOf = (text: string) =>
	parseSource(text, TITLE).paragraphs.map(({ number, text }) => ({ number, text }));

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function importInto(name: string, content: string | Uint8Array, ...options: string[]) {
	const dir = seedDataCopy('columns-');
	scratch.push(dir);
	const file = join(dir, name);
	writeFileSync(file, content);
	const imported = await importCli(
		[file, '--symbol', 'Coastal States Forum Communiqué 2026', '--slug', 'coastal4', ...options],
		dir,
	);
	const { code, all: out } = imported;
	const written = join(dir, 'documents', 'coastal4.txt');
	return { code, out, text: existsSync(written) ? readFileSync(written, 'utf8') : undefined };
}

describe('a communiqué in two columns as `pdftotext -layout` gives it', () => {
	it('is read column by column, left first, page by page: paragraphs 1–14 whole, no problem', () => {
		const parsed = parseSource(LAYOUT, TITLE);
		expect(parsed.problems).toEqual([]);
		expect(paragraphsOf(LAYOUT)).toEqual(WANT);
	});

	it('keeps the title above the columns and each page’s footer and number below them', () => {
		const { text, pages } = readTextColumns(LAYOUT);
		expect(pages).toEqual([1, 2]);
		const lines = text.split(/\n|\f/u).map((line) => line.trim());
		const at = (line: string) => lines.indexOf(line);
		expect(at(TITLE)).toBe(0);
		expect(at(DATELINE)).toBe(1);
		expect(at('1. Ministers of the coastal States met in Valletta for')).toBeGreaterThan(at(DATELINE));
		// Page 1's left column (¶1–5, ¶5 running on at the right column's head), its right column, then its foot.
		expect(at('the working group on marine litter and endorsed its')).toBe(
			at('recommendations on the collection of abandoned') - 1,
		);
		expect(lines.indexOf(FOOTER)).toBeGreaterThan(at('people in danger.'));
		expect(lines[lines.indexOf(FOOTER) + 1]).toBe('1');
		const page2 = at('10. Ministers stressed that shipping lanes must');
		expect(lines.slice(lines.indexOf(FOOTER) + 2, page2).every((line) => line === '')).toBe(true);
		expect(lines.lastIndexOf(FOOTER)).toBeGreaterThan(at('meantime.'));
	});

	it('is imported in reading order, and the import says it read the pages in columns', async () => {
		const { code, out, text } = await importInto('communique.txt', LAYOUT);
		expect(code).toBe(0);
		expect(out).toMatch(/pages 1, 2 set in two columns: read column by column, the left one first/u);
		expect(out).not.toMatch(/missing|goes back|out of order/u);
		expect(paragraphsOf(text ?? '')).toEqual(WANT);
		// The file written is the text in reading order: the line numbers of any later message are its own.
		expect(readTextColumns(text ?? '').pages).toEqual([]);
	});
});

describe('a last page with short columns, under a page in two columns', () => {
	// Pages after the first hold 7 rows a column: the third has 7 rows on the left and 5 on the right, too few to tell
	// its columns on their own; the gutter of the page before, at the same place, tells them.
	it('as `pdftotext -layout` gives it: read in columns too', () => {
		const short = fixture('two-column-communique-short-layout.txt');
		expect(readTextColumns(short).pages).toEqual([1, 2, 3]);
		expect(parseSource(short, TITLE).problems).toEqual([]);
		expect(paragraphsOf(short)).toEqual(WANT);
	});

	it.each([7, 8])('in the PDF (%i rows a column after the first page): read in columns too', async (rows) => {
		const text = await extractPdf(await twoColumnPdf(rows));
		expect(parseSource(text, TITLE).problems).toEqual([]);
		expect(paragraphsOf(text)).toEqual(WANT);
	});

	it('alone, without the page before, the short page is left as it stands: too few rows to be sure', () => {
		const printed = fixture('two-column-communique-short-layout.txt').split('\f')[2] ?? '';
		expect(readTextColumns(printed).pages).toEqual([]);
	});
});

describe('the same communiqué imported as a PDF', () => {
	it('reads each page column by column: paragraphs 1–14 whole, title above, footers below', async () => {
		const text = await extractPdf(await twoColumnPdf());
		const parsed = parseSource(text, TITLE);
		expect(parsed.problems).toEqual([]);
		expect(paragraphsOf(text)).toEqual(WANT);
		const lines = text.split(/\n|\f/u);
		expect(lines[0]).toBe(TITLE);
		expect(lines.indexOf(FOOTER)).toBeGreaterThan(lines.indexOf('people in danger.'));
		expect(lines.indexOf(FOOTER)).toBeLessThan(lines.indexOf('10. Ministers stressed that shipping lanes must'));
	});

	it('imports with no numbering problem, saying which pages it read in columns', async () => {
		const { code, out, text } = await importInto('communique.pdf', await twoColumnPdf());
		expect(code).toBe(0);
		expect(out).toMatch(/communique\.pdf: pages 1, 2 set in two columns: read column by column, the left one first/u);
		expect(out).not.toMatch(/missing|goes back|out of order/u);
		expect(paragraphsOf(text ?? '')).toEqual(WANT);
	});
});

describe('a text read out of order (two columns read across, block by block)', () => {
	it('is not written without --force: the import says the text is likely out of order and how to check', async () => {
		const { code, out, text } = await importInto('communique.txt', PLAIN);
		expect(code).toBe(1);
		expect(text).toBeUndefined();
		expect(out).toMatch(/¶7 follows ¶2: ¶3–6 missing/u);
		expect(out).toMatch(/likely read out of order \(a page in two columns read across/u);
		expect(out).toMatch(/pdftotext -layout/u);
		expect(out).toMatch(/--force/u);
		expect(out).toMatch(/\(nothing written\)/u);
	});

	it('is written with --force, the warning kept among its notes', async () => {
		const { code, out, text } = await importInto('communique.txt', PLAIN, '--force');
		expect(code).toBe(0);
		// As given (the import ends the file with a line end).
		expect(text?.trimEnd()).toBe(PLAIN.trimEnd());
		expect(out).toMatch(/likely read out of order/u);
	});
});

describe('texts in one column are read as they stand', () => {
	it('every other -layout and pdftotext fixture', () => {
		const names = readdirSync(PARSING).filter((name) => name.endsWith('.txt') && !name.startsWith('two-column'));
		expect(names.length).toBeGreaterThan(10);
		for (const name of names) expect(readTextColumns(fixture(name)), name).toEqual({ text: fixture(name), pages: [] });
	});

	it('a table with aligned columns of short cells beside one another', () => {
		const rows = Array.from(
			{ length: 16 },
			(_, i) => `Goal ${String(i + 1).padEnd(4)}      ${`Target ${i + 1}.a`.padEnd(14)}      ${2020 + i}      on track`,
		);
		const text = `Progress by goal\n\n${rows.join('\n')}\n`;
		expect(readTextColumns(text)).toEqual({ text, pages: [] });
	});

	it('a table whose second column is prose but whose first is short labels', () => {
		const rows = Array.from(
			{ length: 12 },
			(_, i) =>
				`Item ${String(i + 1).padEnd(3)}      Ministers agreed to review the measures taken under item ${i + 1}`,
		);
		const text = `${rows.join('\n')}\n`;
		expect(readTextColumns(text)).toEqual({ text, pages: [] });
	});

	it('a PDF page of one column, and a row of cells, stay one group', () => {
		const run = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 5, size: 10 });
		const prose = Array.from({ length: 20 }, (_, i) =>
			run('Ministers agreed to review the measures taken under this item of the agenda', 57, 700 - 13 * i),
		);
		expect(inReadingOrder(prose).groups).toHaveLength(1);
		const cells = Array.from({ length: 20 }, (_, i) => [
			run(`Goal ${i + 1}`, 57, 700 - 13 * i),
			run(`${2020 + i}`, 300, 700 - 13 * i),
		]).flat();
		expect(inReadingOrder(cells).groups).toHaveLength(1);
	});
});
