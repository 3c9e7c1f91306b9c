import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { expectedLayout as expected, LAYOUT_DOCUMENTS, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
/** A copy of the bundled data folder with SG/2084 only, to import into. */
function dataFolder(): string {
	const dir = seedDataCopy('import-');
	scratch.push(dir);
	return dir;
}

const paragraphsOf = (dataDir: string, slug: string) =>
	loadCorpus(dataDir)
		.paragraphs.filter((p) => p.document === slug)
		.map((p) => ({ paragraph: p.number, section: p.section, text: p.text }));

describe('npm run import', () => {
	it('imports a saved press release page: its text without the page around it, its metadata, a preview', async () => {
		const dir = dataFolder();
		const { code, stdout, stderr } = await importCli([join(LAYOUT_DOCUMENTS, 'press-release.html')], dir);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const want = expected('press-release');
		expect(JSON.parse(readFileSync(join(dir, 'documents', 'sg2093.json'), 'utf8'))).toMatchObject({
			symbol: 'SG/2093',
			title: want.title,
			releaseDate: want.date,
			place: 'Vienna',
			sourceUrl: 'https://unis.unvienna.org/unis/en/pressrels/2004/sg2093.html',
		});
		const text = readFileSync(join(dir, 'documents', 'sg2093.txt'), 'utf8');
		for (const furniture of ['Press Releases', 'About UNIS', 'Copyright', 'Print this page', '_gaq', 'Search']) {
			expect(text).not.toContain(furniture);
		}
		expect(paragraphsOf(dir, 'sg2093')).toEqual(want.paragraphs);
		expect(stdout).toContain(
			'¶7 [Further Work] The participants agreed that the next working-level meeting would be… — Follow-up',
		);
		expect(stdout).toContain('No problem found.');
		expect(stdout).toMatch(/restart it[\s\S]*npm run deploy/);
	});

	it('asks for a deploy only when the folder gets its second document (the one that adds the document option)', async () => {
		const dir = dataFolder();
		const second = await importCli([join(LAYOUT_DOCUMENTS, 'annex-roman.txt')], dir);
		expect(second.stdout).toContain(
			`The folder now holds two documents (SG/2084 and A/60/341): run \`DATA_DIR=${dir} npm run deploy\` again`,
		);
		const third = await importCli([join(LAYOUT_DOCUMENTS, 'press-release.html')], dir);
		expect(third.code).toBe(0);
		expect(third.stdout).toMatch(/restart it\.\n$/);
		expect(third.stdout).not.toContain('npm run deploy');
	});

	it('never replaces a document without --force', async () => {
		const dir = dataFolder();
		const file = join(LAYOUT_DOCUMENTS, 'annex-roman.txt');
		expect((await importCli([file], dir)).code).toBe(0);
		writeFileSync(join(dir, 'documents', 'a60341.txt'), 'edited by hand');
		const again = await importCli([file], dir);
		expect(again).toMatchObject({ code: 1, stdout: '' });
		// The text held differs from the file's (edited by hand): named, with what --force would replace.
		expect(again.stderr).toMatch(/already in this folder as a60341 .*this file's text differs from it/u);
		expect(again.stderr).toContain('--force replaces a60341 with it (its present text would be gone');
		expect(readFileSync(join(dir, 'documents', 'a60341.txt'), 'utf8')).toBe('edited by hand');
		expect((await importCli([file, '--force'], dir)).code).toBe(0);
		expect(paragraphsOf(dir, 'a60341')).toEqual(expected('annex-roman').paragraphs);
	});

	it('never imports a document whose symbol the folder already holds under another slug', async () => {
		const dir = dataFolder();
		const file = join(LAYOUT_DOCUMENTS, 'annex-roman.txt');
		expect((await importCli([file], dir)).code).toBe(0);
		const again = await importCli([file, '--slug', 'second-copy'], dir);
		expect(again).toMatchObject({ code: 1, stdout: '' });
		expect(again.stderr).toMatch(/A\/60\/341 is already in this folder as a60341 .*nothing was written/u);
		expect(again.stderr).toContain('--slug a60341 --force');
		expect(existsSync(join(dir, 'documents', 'second-copy.json'))).toBe(false);
		// Nor with the symbol typed with other spaces or in other case.
		const respaced = await importCli([file, '--slug', 'third-copy', '--symbol', 'a/60/ 341'], dir);
		expect(respaced.stderr).toMatch(/is already in this folder as a60341/u);
		// Files dropped in by hand are loaded, and the data check names the double.
		copyFileSync(join(dir, 'documents', 'a60341.txt'), join(dir, 'documents', 'by-hand.txt'));
		copyFileSync(join(dir, 'documents', 'a60341.json'), join(dir, 'documents', 'by-hand.json'));
		const check = await importCli(['--check'], dir);
		expect(check.code).toBe(1);
		expect(check.stdout + check.stderr).toMatch(/by-hand .* has the symbol A\/60\/341 of a60341 too/u);
	});

	it('takes the metadata it is given over what the text says, and asks for what it cannot find', async () => {
		const dir = dataFolder();
		const file = join(dir, 'plain.txt');
		writeFileSync(file, 'Participants agreed that terrorism must be condemned.\n');
		const missing = await importCli([file], dir);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/pass --symbol <symbol>, --title <title>, --date YYYY-MM-DD/);
		const given = await importCli(
			[
				file,
				'--symbol',
				'X/1',
				'--title',
				'A test',
				'--date',
				'2020-01-02',
				'--url',
				'https://example.org/x',
				'--slug',
				'x-one',
			],
			dir,
		);
		expect(given.code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'documents', 'x-one.json'), 'utf8'))).toEqual({
			symbol: 'X/1',
			title: 'A test',
			shortTitle: 'A test',
			releaseDate: '2020-01-02',
			sourceUrl: 'https://example.org/x',
		});
	});

	it('lists a paragraph without a theme with suggested patterns, and --check fails on it until it has one', async () => {
		const dir = dataFolder();
		const file = join(dir, 'bananas.txt');
		writeFileSync(file, 'B/1\n\n1 May 2020\n\n1. Participants discussed banana plantations at length.\n');
		const imported = await importCli([file, '--title', 'Bananas'], dir);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain('¶1 Participants discussed banana plantations at length. — NO THEME YET');
		expect(imported.stdout).toMatch(
			/1 problem [\s\S]*b1-1 \(B\/1 ¶1, .*\) has no theme yet[\s\S]*"banana plantations"/,
		);
		// `npm test` checks the bundled folder only: for a folder of one's own, the data check on it is what applies.
		expect(imported.stdout).not.toContain('npm test');
		expect(imported.stdout).toContain(
			`1 problem to fix before the data check passes on this folder (\`DATA_DIR=${dir} npm run import -- --check\`;`,
		);
		// Every hint names the folder: followed as printed, it acts on this folder, not on the bundled data/. The
		// patterns are given in place, not a pointer to the check that gives them.
		expect(imported.stdout).not.toContain('suggests patterns');
		expect(imported.stdout.match(/npm run/g)?.length).toBe(imported.stdout.match(/DATA_DIR=\S+ npm run/g)?.length);
		const check = await importCli(['--check'], dir);
		expect(check.code).toBe(1);
		expect(check.stdout).toBe('');
		expect(check.stderr).toMatch(/data check: 1 problem in [^\n]*\n[\s\S]*b1-1/);
		// --check is the command being run: it gives the patterns rather than advising itself.
		expect(check.stderr).toContain('"banana plantations"');
		expect(check.stderr).not.toContain('npm run import -- --check');
		const themes = JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')) as { themes: { patterns: string[] }[] };
		themes.themes[0]?.patterns.push('banana plantations');
		writeFileSync(join(dir, 'themes.json'), JSON.stringify(themes));
		expect(await importCli(['--check'], dir)).toMatchObject({ code: 0, stderr: '' });
	});

	it('answers a missing file, an unknown kind and bad arguments clearly', async () => {
		const dir = dataFolder();
		expect(await importCli([join(dir, 'nope.txt')], dir)).toMatchObject({
			code: 1,
			stderr: expect.stringMatching(/no file/) as string,
		});
		writeFileSync(join(dir, 'x.docx'), '');
		expect((await importCli([join(dir, 'x.docx')], dir)).stderr).toMatch(/not \.txt, \.md, \.html, \.pdf or \.eml/);
		expect(await importCli([], dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage/) as string });
		expect((await importCli(['--bogus'], dir)).code).toBe(2);
		expect(existsSync(join(dir, 'documents', 'nope.json'))).toBe(false);
	});
});

describe('npm run import checks what it is asked before it reads or writes anything', () => {
	const plainText = (dir: string) => {
		const file = join(dir, 'my-extract.txt');
		writeFileSync(file, 'Participants condemned terrorism in all its forms.\n');
		return file;
	};
	const written = (dir: string) => readdirSync(join(dir, 'documents')).sort();

	it.each([
		[
			['--date', '2024-13-45'],
			/^import: --date must be a real date written YYYY-MM-DD \(e\.g\. 2005-07-26\), not "2024-13-45"\n$/u,
		],
		[['--date', 'yesterday'], /^import: --date must be a real date written YYYY-MM-DD .*not "yesterday"\n$/u],
		[
			['--slug', '../../evil'],
			/^import: --slug must be lower-case letters and digits, words joined by single hyphens .*not "\.\.\/\.\.\/evil"\n$/u,
		],
		[['--url', 'undocs.org/A/99/1'], /^import: --url must be an http\(s\) URL .*not "undocs\.org\/A\/99\/1"\n$/u],
	])('%j is blamed on the option, with the form it takes', async (option, message) => {
		const dir = dataFolder();
		const before = written(dir);
		const result = await importCli([plainText(dir), '--symbol', 'A/99/1', '--title', 'T', ...option], dir);
		expect(result).toMatchObject({ code: 1, stdout: '' });
		expect(result.stderr).toMatch(message);
		expect(result.stderr).not.toMatch(/\.json is invalid/u);
		expect(written(dir)).toEqual(before);
	});

	it('takes a slug typed in capitals lower-cased, and says so', async () => {
		const dir = dataFolder();
		const result = await importCli(
			[plainText(dir), '--symbol', 'A/99/1', '--title', 'T', '--date', '2024-02-29', '--slug', 'A99-One'],
			dir,
		);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('(slug lower-cased: a99-one)');
		expect(written(dir)).toContain('a99-one.json');
	});

	it('answers a mistyped option with the one it most likely meant', async () => {
		const dir = dataFolder();
		const result = await importCli([plainText(dir), '--symbl', 'A/99/1'], dir);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^import has no option --symbl \(did you mean --symbol\?\); it takes --slug, --symbol/u,
		);
		expect(result.stderr).toContain('usage:');
	});

	it.each([
		['a folder that does not exist', (dir: string) => join(dir, 'nowhere')],
		[
			'an empty folder',
			(dir: string) => {
				const empty = join(dir, 'empty');
				mkdirSync(empty);
				return empty;
			},
		],
	])('says what %s needs as a data folder, and writes nothing', async (_, make) => {
		const scratchDir = dataFolder();
		const file = plainText(scratchDir);
		const dataDir = make(scratchDir);
		const result = await importCli([file, '--symbol', 'A/99/1', '--title', 'T', '--date', '2024-03-10'], dataDir);
		expect(result).toMatchObject({ code: 1, stdout: '' });
		expect(result.stderr).toMatch(
			/^import: the data folder .* (does not exist|has no themes\.json, spelling\.json, synonyms\.json) — a data folder holds themes\.json, spelling\.json, synonyms\.json and documents\/; start one with the bundled folder's themes and word lists and none of its documents \(mkdir -p .* && cp '?.*\/data'?\/\*\.json .*\), then import your documents into it; or copy it whole to keep its documents beside yours \(cp -r '?.*\/data\/\.'? .*\)/u,
		);
		expect(result.stderr).toContain('(nothing written)');
		expect(result.stderr).not.toMatch(/ENOENT/u);
		expect(existsSync(join(dataDir, 'documents'))).toBe(false);
	});
});

describe('npm run import on a file it does not read', () => {
	it('says how to save a word processor’s file as one it reads, and writes nothing', async () => {
		const dir = dataFolder();
		const file = join(dir, 'summary.docx');
		writeFileSync(file, 'PK\u0003\u0004 not really a zip');
		const refused = await importCli([file], dir);
		expect(refused).toMatchObject({ code: 1, stdout: '' });
		expect(refused.stderr).toMatch(
			/summary\.docx is not \.txt, \.md, \.html, \.pdf or \.eml: in Word, save it as "Web Page, Filtered"/u,
		);
		expect(existsSync(join(dir, 'documents', 'summary.txt'))).toBe(false);
	});
});

describe('npm run import leaves the folder loadable', () => {
	it('takes a document that keeps the folder from loading back out, and says why', async () => {
		const dir = dataFolder();
		const file = join(dir, 'empty.txt');
		writeFileSync(file, 'B/1\n\n1 May 2020\n');
		const before = readdirSync(join(dir, 'documents')).sort();
		const result = await importCli([file, '--title', 'Nothing in it at all'], dir);
		expect(result).toMatchObject({ code: 1, stdout: '' });
		expect(result.stderr).toMatch(
			/^import: the folder does not load with b1 in it, so nothing was written:\ncorpus: .* is inconsistent:\n {2}- b1: no paragraph found in the text: the parser looks for .*; none of its lines ends a sentence .*\n$/u,
		);
		expect(readdirSync(join(dir, 'documents')).sort()).toEqual(before);
		expect(loadCorpus(dir).documents.map((d) => d.slug)).toEqual(['sg2084']);
	});
});

describe('npm run import reads the metadata of a UN document heading', () => {
	const UN_HEADING = [
		'United Nations                                   A/99/123',
		'General Assembly                 Distr.: General',
		'                                 6 September 2024',
		'                                 Original: English',
		'Ninety-ninth session',
		'Item 12 of the provisional agenda*',
		'Cooperation between the United Nations and regional and',
		'other organizations',
		'',
		'          Letter dated 2 September 2024 from the Secretary-General',
		'          addressed to the President of the General Assembly',
		'',
		'Conclusions of the meeting',
		'',
		'Geneva, 10-11 March 2024',
		'',
		'1. Participants condemned terrorism in all its forms.',
		'',
		' * A/99/150.',
	].join('\n');

	it('takes the symbol beside "United Nations", the annexed conclusions\' title, and the dateline place', async () => {
		const dir = dataFolder();
		const file = join(dir, 'a99123.txt');
		writeFileSync(file, UN_HEADING);
		const result = await importCli([file], dir);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'documents', 'a99123.json'), 'utf8'))).toMatchObject({
			symbol: 'A/99/123',
			// The conclusions' own title, after the agenda item's and the covering letter: what the bot quotes.
			title: 'Conclusions of the meeting',
			releaseDate: '2024-09-06',
			place: 'Geneva',
		});
		expect(result.stdout).toContain('(place read from the text: Geneva)');
	});

	it('says which field it could not read and the option that gives it', async () => {
		const dir = dataFolder();
		const file = join(dir, 'headless.txt');
		writeFileSync(file, 'General Assembly                 Distr.: General\n\n1. Participants condemned terrorism.\n');
		const result = await importCli([file, '--date', '2024-03-10'], dir);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(
			/^import: could not read the document's symbol, title from its first 30 lines; pass --symbol <symbol>, --title <title>\n/u,
		);
		// A document published without a symbol: what label to give, how the slug follows, and the URL to pass.
		expect(result.stderr).toContain('published without a symbol');
		expect(result.stderr).toMatch(/--symbol "[^"]+"[\s\S]*--slug[\s\S]*--url/u);
		expect(result.stderr.endsWith('\n')).toBe(true);
		const titleOnly = await importCli([file, '--date', '2024-03-10', '--symbol', 'A/99/9'], dir);
		expect(titleOnly.stderr).toBe(
			"import: could not read the document's title from its first 30 lines; pass --title <title>\n",
		);
		const given = await importCli([file, '--date', '2024-03-10', '--symbol', 'A/99/9', '--title', 'T'], dir);
		expect(given.code).toBe(0);
		expect(given.stdout).toContain(
			'(place not read from the text (no dateline such as "Geneva, 10 March 2024"); pass --place <city>)',
		);
	});
});

/** Lays text out as a word processor would: lines wrapped at a width, pages with a running head and a footer. */
class PdfWriter {
	readonly #pdf: PDFDocument;
	readonly #font: PDFFont;
	#page: PDFPage | undefined;
	#y = 0;
	#pages = 0;
	static readonly SIZE = 11;
	static readonly LEADING = 14;

	private constructor(pdf: PDFDocument, font: PDFFont) {
		this.#pdf = pdf;
		this.#font = font;
	}

	static async create(): Promise<PdfWriter> {
		const pdf = await PDFDocument.create();
		return new PdfWriter(pdf, await pdf.embedFont(StandardFonts.TimesRoman));
	}

	#newPage(): PDFPage {
		if (this.#page) this.#footer(this.#page);
		this.#pages += 1;
		this.#page = this.#pdf.addPage([595, 842]);
		this.#page.drawText('A/60/341', { x: 460, y: 800, size: 9, font: this.#font });
		this.#y = 760;
		return this.#page;
	}

	#footer(page: PDFPage): void {
		page.drawText('05-49061', { x: 60, y: 40, size: 8, font: this.#font });
		page.drawText(String(this.#pages + 1), { x: 520, y: 40, size: 9, font: this.#font });
	}

	/** One paragraph (or heading), wrapped at word boundaries, and a paragraph gap after it. */
	paragraph(text: string): void {
		for (const line of text.split('\n')) {
			let current = '';
			for (const word of line.split(' ')) {
				const next = current === '' ? word : `${current} ${word}`;
				if (this.#font.widthOfTextAtSize(next, PdfWriter.SIZE) > 470 && current !== '') {
					this.#line(current);
					current = word;
				} else current = next;
			}
			this.#line(current);
		}
		this.#y -= PdfWriter.LEADING;
	}

	#line(text: string): void {
		const page = this.#page && this.#y > 70 ? this.#page : this.#newPage();
		page.drawText(text, { x: 60, y: this.#y, size: PdfWriter.SIZE, font: this.#font });
		this.#y -= PdfWriter.LEADING;
	}

	async save(): Promise<Uint8Array> {
		if (this.#page) this.#footer(this.#page);
		return this.#pdf.save();
	}
}

describe('npm run import on a PDF made here with pdf-lib', () => {
	it('reads its text layer and gives the annex its own numbers, sections and quotes', async () => {
		const want = expected('annex-roman');
		const writer = await PdfWriter.create();
		writer.paragraph('Annex');
		writer.paragraph(want.title);
		writer.paragraph('New York, 26 July 2005');
		let section: string | null = null;
		for (const p of want.paragraphs) {
			if (p.section !== section) {
				// Section III has no paragraph of its own: its lettered subsection A comes right after it.
				if (p.section === 'A. Terrorism') writer.paragraph('III. Challenges to international peace and security');
				writer.paragraph(p.section ?? '');
				section = p.section;
			}
			writer.paragraph(`${p.paragraph}. ${p.text}`);
		}
		const dir = dataFolder();
		const file = join(dir, 'annex.pdf');
		writeFileSync(file, await writer.save());

		const { code, stdout, stderr } = await importCli([file, '--slug', 'annex-pdf'], dir);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout).toContain('(symbol read from the text: A/60/341)');
		expect(stdout).toContain('No problem found.');
		// pdf.js reports U+00A0 as a plain space: a PDF's text layer does not keep it.
		const published = want.paragraphs.map((p) => ({ ...p, text: p.text.replace(/\u00a0/gu, ' ') }));
		expect(paragraphsOf(dir, 'annex-pdf')).toEqual(published);
	});
});
