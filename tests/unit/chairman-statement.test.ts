import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { EXPECTED_DIR, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * A Chairman's Statement of an ASEAN Summit, laid out as published: a cover page, then on every page a running head
 * in words (`Chairman’s Statement of the 48th ASEAN Summit 10 May 2026`) and a page number, roman headings in
 * capitals with a lettered sub-heading right under them, paragraphs 1–60 of which eight run over a page break, and
 * footnotes at a page's foot. Read as `pdftotext -layout` gives it and as the PDF the import reads.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/parsing/${name}`, import.meta.url), 'utf8');
const LAYOUT = fixture('chairman-statement-layout.txt');
interface Expected {
	title: string;
	date: string;
	place: string;
	paragraphs: { paragraph: number; section: string | null; text: string }[];
}
const expectedOf = (name: string) => JSON.parse(readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8')) as Expected;
const want = expectedOf('chairman-statement-layout');
/** The title as the cover prints it, over two lines in capitals. */
const TITLE = want.title;
const HEAD = 'Chairman’s Statement of the 48th ASEAN Summit 10 May 2026';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The PDF of the same pages: each line of the `-layout` text set where its columns put it, the cover's title large,
 * headings bold, the running head and footnotes small.
 */
async function statementPdf(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const regular = await pdf.embedFont(StandardFonts.TimesRoman);
	const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
	const italic = await pdf.embedFont(StandardFonts.TimesRomanItalic);
	for (const [n, text] of LAYOUT.split('\f').entries()) {
		if (!text.trim()) continue;
		const page = pdf.addPage([595, 842]);
		let y = 790;
		for (const raw of text.split('\n')) {
			y -= 16;
			const line = raw.trim();
			if (!line) continue;
			const x = 60 + (raw.length - raw.trimStart().length) * 5.5;
			const cover = n === 0 && /^[A-Z’ 0-9]+$/u.test(line);
			const heading = /^(?:[IVX]+|[A-Z])\.\s/u.test(line);
			const small = line === HEAD || /^\d \p{Lu}/u.test(line);
			const font = cover || heading ? bold : small ? italic : regular;
			const size = cover ? 16 : small ? 8 : 11;
			// A paragraph's number stands in its own column, as -layout shows it.
			const numbered = /^(\d{1,2}\.)\s+(.*)$/u.exec(line);
			if (numbered) {
				page.drawText(numbered[1] ?? '', { x, y, size, font });
				page.drawText(numbered[2] ?? '', { x: x + 7 * 5.5, y, size, font });
			} else page.drawText(line, { x, y, size, font });
		}
	}
	return pdf.save();
}

/** Imports a file into a scratch copy of the data folder, as `npm run import` does. */
async function importInto(name: string, content: string | Uint8Array) {
	const dir = seedDataCopy('chairman-');
	scratch.push(dir);
	const file = join(dir, name);
	writeFileSync(file, content);
	// Both streams, in the order written: the import's notes and its problems.
	const { code, all: stdout } = await importCli(
		[file, '--symbol', "48th ASEAN Summit Chairman's Statement", '--slug', 'asean48'],
		dir,
	);
	const text = readFileSync(join(dir, 'documents', 'asean48.txt'), 'utf8');
	const meta = JSON.parse(readFileSync(join(dir, 'documents', 'asean48.json'), 'utf8')) as Record<string, unknown>;
	return { code, stdout, text, meta };
}

describe('an ASEAN Chairman’s Statement as pdftotext gives it', () => {
	it.each(['chairman-statement-layout', 'chairman-statement-pdf'])(
		'%s: paragraphs 1–60 whole, without the running head or footnotes, each under its roman and lettered headings',
		(name) => {
			const parsed = parseSource(fixture(`${name}.txt`), want.title);
			expect(parsed.problems).toEqual([]);
			expect(parsed.paragraphs.map((p) => ({ paragraph: p.number, section: p.section, text: p.text }))).toEqual(
				expectedOf(name).paragraphs,
			);
		},
	);

	it('reads the title broken over lines in capitals, and the place from a dateline that names the country', () => {
		const guessed = guessMetadata(LAYOUT);
		expect(guessed).toMatchObject({ title: TITLE, place: want.place, releaseDate: want.date });
		expect(guessed.titleDoubt).toBeUndefined();
	});
});

describe('a title broken over lines', () => {
	it.each([
		['CHAIRMAN’S STATEMENT\nOF THE 48TH ASEAN SUMMIT', 'CHAIRMAN’S STATEMENT OF THE 48TH ASEAN SUMMIT'],
		['Chair’s Statement\nof the Ministerial Round Table', 'Chair’s Statement of the Ministerial Round Table'],
	])('keeps its short first line when the next goes on from a joining word: %j', (lines, title) => {
		const guessed = guessMetadata(`${lines}\n\nGeneva, 4 March 2026\n\n1. The Ministers met in Geneva.\n`);
		expect(guessed.title).toBe(title);
	});

	it('under its kind (`CHAIR’S SUMMARY`), keeps a last line that starts with a capital when a blank line ends it', () => {
		const text =
			"CHAIR'S SUMMARY\n\nInformal consultations on the implementation of the Global\nFramework on Chemicals\n\n" +
			'Geneva, 11 February 2026\n\nParticipation\n\n1. The Chair convened informal consultations.\n';
		expect(guessMetadata(text).title).toBe(
			'Informal consultations on the implementation of the Global Framework on Chemicals',
		);
		// A first sentence that runs on under the title without a blank line is no part of it.
		const runOn =
			"CHAIR'S SUMMARY\n\nInformal consultations on chemicals\nThe Chair convened them in Geneva on 11 February 2026.\n";
		expect(guessMetadata(runOn).title).toBe('Informal consultations on chemicals');
	});

	it('but not a short line in mixed case over a sentence that opens with a capitalised joining word', () => {
		const text = 'Geneva talks\nIn the presence of the Ministers of Foreign Affairs\n\n1. The Ministers met.\n';
		expect(guessMetadata(text).title).toBe('In the presence of the Ministers of Foreign Affairs');
	});
});

describe('the same statement imported as a PDF', () => {
	it('gives the same paragraphs', async () => {
		const { code, stdout, text, meta } = await importInto('asean48.pdf', await statementPdf());
		expect(code).toBe(0);
		expect(meta).toMatchObject({ title: TITLE, place: want.place, releaseDate: want.date });
		expect(stdout).not.toContain('unsure of the title');
		// The running head is named only where the import says what it left out of the paragraphs.
		const lines = stdout.split('\n');
		const named = lines.filter((line) => line.includes('left out of the paragraphs as running heads'));
		expect(named).toEqual([
			expect.stringMatching(/running heads or feet \(\d+\): line \d+ "Chairman’s Statement of the 48th/u),
		]);
		expect(lines.filter((line) => !named.includes(line)).join('\n')).not.toMatch(
			/in no paragraph|Chairman’s Statement of the 48th/u,
		);
		const parsed = parseSource(text, want.title);
		expect(parsed.problems).toEqual([]);
		expect(parsed.paragraphs.map((p) => ({ paragraph: p.number, section: p.section, text: p.text }))).toEqual(
			want.paragraphs,
		);
	});
});

describe('the data check on the statement', () => {
	/** Runs `npm run import -- --check` on a copy of the data folder holding the statement's text as given. */
	async function checkWith(text: string) {
		const dir = seedDataCopy('chairman-check-');
		scratch.push(dir);
		writeFileSync(join(dir, 'documents', 'asean48.txt'), text);
		const meta = { symbol: "48th ASEAN Summit Chairman's Statement", title: want.title, releaseDate: want.date };
		writeFileSync(join(dir, 'documents', 'asean48.json'), JSON.stringify(meta));
		const { code, stderr } = await importCli(['--check'], dir);
		return { code, stderr };
	}

	it('names a running head left inside paragraphs of a text whose pages lost their form feeds', async () => {
		const { code, stderr } = await checkWith(LAYOUT.replaceAll('\f', '\n'));
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/asean48: "Chairman’s Statement of the 48th ASEAN Summit 10 May 2026" is a line of the text 14 times and stands inside \d+ paragraphs \(asean48-5, /u,
		);
	});

	it('says nothing of it where the running head was known as furniture', async () => {
		const { stderr } = await checkWith(LAYOUT);
		expect(stderr).not.toContain('running head');
	});
});
