import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { displayLines } from '../../src/import/pdf-title.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

// Composed documents in the layouts the UN publishes: the symbols, dates and wording are made up.

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function importInto(dir: string, name: string, content: string | Uint8Array, ...options: string[]) {
	const file = join(dir, name);
	writeFileSync(file, content);
	const { code, stdout, stderr } = await importCli([file, ...options], dir);
	return { code, stdout, stderr };
}

function dataFolder(): string {
	const dir = seedDataCopy('import-meta-');
	scratch.push(dir);
	return dir;
}

const metaOf = (dir: string, slug: string) =>
	JSON.parse(readFileSync(join(dir, 'documents', `${slug}.json`), 'utf8')) as Record<string, unknown>;

const TITLE = 'Envoys Agree on a Shared Plan for the River Basins of the North';

/** A press release page as a content-management site serves it, saved with the browser's "Save page as". */
const SAVED_PAGE = `<!DOCTYPE html><html lang="en"><head>
<link rel="canonical" href="https://press.example.org/en/2031/xxsm9001.doc.htm" />
<title>${TITLE} | Meetings Coverage and Press Releases</title></head>
<body><a href="#main-content" class="skip-link">Skip to main content</a>
<header class="navbar"><ul class="language-switcher"><li>العربية</li><li>English</li></ul>
<a class="navbar-brand">Meetings Coverage and Press Releases</a></header>
<div role="main" class="main-container"><div class="region region-header"><ol class="breadcrumb"><li>Home</li></ol></div>
<article class="press-release"><div class="content">
<div class="field">3 March 2031</div><div class="field">XX/SM/9001</div>
<div class="field"><em>For information media. Not an official record.</em></div>
<h1 class="page-header"><span>${TITLE}</span></h1>
<p>GENEVA, 2 March -- The envoys of the riparian States met on 1 and 2 March 2031 and agreed as follows:</p>
<p>Participants agreed that the peaceful settlement of disputes over shared rivers is a common interest.</p>
<p align="center">* *** *</p></div></article></div>
<footer><ul class="menu"><li>Copyright</li></ul></footer></body></html>`;

/** The same page copied from the browser (select all, copy) into a .txt, its menus one item a line. */
const COPIED_PAGE = [
	'Skip to main content',
	'Welcome to the United Nations',
	'العربية',
	'English',
	'Français',
	'Meetings Coverage and Press Releases',
	'Toggle navigation',
	'Peace and Security Topics Overview',
	'Search',
	'Home',
	'Press Release',
	'3 March 2031',
	'XX/SM/9001',
	'For information media. Not an official record.',
	TITLE,
	'',
	'GENEVA, 2 March (UN Office) — The envoys met on 1 and 2 March 2031 and agreed as follows:',
	'',
	'Participants agreed that the peaceful settlement of disputes over shared rivers is a common interest.',
	'',
	'* *** *',
	'Related Documents',
].join('\n');

describe('npm run import reads the metadata as the document gives it', () => {
	it("takes a saved page's <h1> for its title and its canonical link for its source, and says where from", async () => {
		const dir = dataFolder();
		const { code, stdout } = await importInto(dir, 'page.html', SAVED_PAGE);
		expect(code).toBe(0);
		expect(metaOf(dir, 'xxsm9001')).toMatchObject({
			symbol: 'XX/SM/9001',
			title: TITLE,
			shortTitle: 'Envoys Agree on a Shared Plan for the River Basins of the North',
			releaseDate: '2031-03-03',
			sourceUrl: 'https://press.example.org/en/2031/xxsm9001.doc.htm',
		});
		expect(stdout).toContain(
			'(source URL read from the page: https://press.example.org/en/2031/xxsm9001.doc.htm (pass --url to set it))',
		);
		expect(stdout).not.toContain('Meetings Coverage');
	});

	it('imports a Security Council resolution under its symbol with its year, slug and address made from it', async () => {
		const resolution = [
			'United Nations',
			'',
			'S/RES/9876 (2031)',
			'',
			'Security Council',
			'',
			'Distr.: General',
			'14 March 2031',
			'',
			'Resolution 9876 (2031)',
			'Adopted by the Security Council at its 19999th meeting, on',
			'12 March 2031',
			'The Security Council,',
			'Recalling its previous resolutions on the situation in the northern basin,',
			'1. Decides that all States shall report on the measures they take on the northern basin;',
			'2. Decides to remain actively seized of the matter.',
		].join('\n');
		const dir = dataFolder();
		const { code } = await importInto(dir, 'resolution.txt', resolution);
		expect(code).toBe(0);
		expect(metaOf(dir, 'sres9876-2031')).toMatchObject({
			symbol: 'S/RES/9876 (2031)',
			title: 'Resolution 9876 (2031)',
			releaseDate: '2031-03-12',
			sourceUrl: 'https://undocs.org/S/RES/9876%20(2031)',
		});
		// A symbol it cannot read: the line is named, with the option that passes it, not the advice for a label.
		const unread = await importInto(
			dataFolder(),
			'resolution.txt',
			resolution.replace('S/RES/9876 (2031)', 'S/RES/9876 (2031) Rev.1'),
		);
		expect(unread.code).not.toBe(0);
		expect(unread.stderr).toContain('--symbol "S/RES/9876 (2031) Rev.1"');
		expect(unread.stderr).not.toContain('in words');
	});

	it("puts a typed --url before the page's canonical link", async () => {
		const dir = dataFolder();
		const { code, stdout } = await importInto(dir, 'page.html', SAVED_PAGE, '--url', 'https://example.org/given');
		expect(code).toBe(0);
		expect(metaOf(dir, 'xxsm9001').sourceUrl).toBe('https://example.org/given');
		expect(stdout).not.toContain('source URL read from the page');
	});

	it('reads the title of a copied page after its symbol and date, and names --title when unsure', async () => {
		const dir = dataFolder();
		const { code, stdout } = await importInto(dir, 'copied.txt', COPIED_PAGE);
		expect(code).toBe(0);
		expect(metaOf(dir, 'xxsm9001')).toMatchObject({ title: TITLE, releaseDate: '2031-03-03' });
		// A menu line it does not know could be a title: the import says which, and how to give the right one.
		expect(stdout).toMatch(
			/\(unsure of the title: "Peace and Security Topics Overview" could be the title too\. If it is not the document's, import again with --title "<the title>" --force\)/u,
		);
		const known = await importInto(
			dataFolder(),
			'copied.txt',
			COPIED_PAGE.replace('Peace and Security Topics Overview\n', ''),
		);
		expect(known.stdout).toContain(`(title read from the text: ${TITLE})`);
		expect(known.stdout).not.toContain('unsure');
	});

	it.each([
		['an organ line it knows', 'Working Group on Coastal Fisheries and Shared Waters'],
		['a line it cannot tell from a title but for its smaller type', 'Group of Friends of the Northern Basin'],
	])('takes the large title of a PDF under %s', async (_, organ) => {
		const pdf = await PDFDocument.create();
		const regular = await pdf.embedFont(StandardFonts.TimesRoman);
		const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
		const heavy = await pdf.embedFont(StandardFonts.HelveticaBold);
		const page = pdf.addPage([595, 842]);
		const put = (text: string, x: number, y: number, size: number, font = regular) =>
			page.drawText(text, { x, y, size, font });
		put('United Nations', 72, 782, 14, heavy);
		put('S/AC.99/2031/1', 400, 782, 16, heavy);
		put('Security Council', 110, 742, 22, heavy);
		put('Distr.: General', 400, 747, 9);
		put('15 May 2031', 400, 736, 9);
		put('Original: English', 400, 714, 9);
		put(organ, 72, 662, 11, bold);
		put('Conclusions on fisheries cooperation in the northern basin', 72, 632, 14, bold);
		put('1.', 100, 602, 10);
		put('The Working Group welcomed the agreement on shared fishing seasons in the northern basin.', 125, 602, 10);
		put('2.', 100, 578, 10);
		put('The Working Group encouraged the parties to exchange data on fish stocks every year.', 125, 578, 10);
		const dir = dataFolder();
		const { code, stdout } = await importInto(dir, 'conclusions.pdf', await pdf.save());
		expect(code).toBe(0);
		expect(metaOf(dir, 'sac9920311')).toMatchObject({
			symbol: 'S/AC.99/2031/1',
			title: 'Conclusions on fisheries cooperation in the northern basin',
			releaseDate: '2031-05-15',
			sourceUrl: 'https://undocs.org/S/AC.99/2031/1',
		});
		expect(stdout).not.toContain('unsure');
	});
	it("leaves out of a PDF's title the line above it, in the same type, that says what kind of document it is", async () => {
		const pdf = await PDFDocument.create();
		const regular = await pdf.embedFont(StandardFonts.TimesRoman);
		const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
		const page = pdf.addPage([595, 842]);
		const put = (text: string, x: number, y: number, size: number, font = regular) =>
			page.drawText(text, { x, y, size, font });
		put('United Nations', 72, 782, 14, bold);
		put('E/CN.99/2031/L.3', 400, 782, 16, bold);
		put('Economic and Social Council', 110, 742, 22, bold);
		put('Distr.: Limited', 400, 747, 9);
		put('14 March 2031', 400, 736, 9);
		put('Commission on Shared Rivers', 72, 690, 10, bold);
		put('Draft agreed conclusions submitted by the Chair of the Commission', 72, 650, 14, bold);
		put('Cooperation on the northern river basins in a changing climate', 72, 634, 14, bold);
		put('1.', 100, 600, 10);
		put('The Commission welcomes the agreement on shared fishing seasons in the northern basin.', 125, 600, 10);
		put('2.', 100, 578, 10);
		put('The Commission encourages the parties to exchange data on fish stocks every year.', 125, 578, 10);
		const dir = dataFolder();
		const { code, stdout } = await importInto(dir, 'conclusions.pdf', await pdf.save());
		expect(code).toBe(0);
		expect(metaOf(dir, 'ecn992031l3')).toMatchObject({
			symbol: 'E/CN.99/2031/L.3',
			title: 'Cooperation on the northern river basins in a changing climate',
		});
		expect(stdout).not.toContain('unsure');
	});
});

describe('displayLines: the type a PDF sets larger than its text', () => {
	it('lists the masthead and the title, largest first, a title wrapped over two lines joined', async () => {
		const pdf = await PDFDocument.create();
		const regular = await pdf.embedFont(StandardFonts.TimesRoman);
		const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
		const page = pdf.addPage([595, 842]);
		const put = (text: string, y: number, size: number, font = regular) =>
			page.drawText(text, { x: 72, y, size, font });
		put('Northern Basin Council', 780, 22, bold);
		put('Group of Friends of the Northern Basin', 700, 11, bold);
		put('Conclusions on fisheries cooperation', 670, 14, bold);
		put('in the northern basin', 654, 14, bold);
		put('1. The Group welcomed the agreement on shared fishing seasons in the northern basin.', 620, 10);
		put('2. The Group encouraged the parties to exchange data on fish stocks every year.', 600, 10);
		expect(await displayLines(await pdf.save())).toEqual([
			'Northern Basin Council',
			'Conclusions on fisheries cooperation in the northern basin',
		]);
	});
	it('does not join to the title the line above it, in its type, that says what kind of document it is', async () => {
		const pdf = await PDFDocument.create();
		const regular = await pdf.embedFont(StandardFonts.TimesRoman);
		const bold = await pdf.embedFont(StandardFonts.TimesRomanBold);
		const page = pdf.addPage([595, 842]);
		const put = (text: string, y: number, size: number, font = regular) =>
			page.drawText(text, { x: 72, y, size, font });
		put('Draft agreed conclusions submitted by the Chair of the Commission', 670, 14, bold);
		put('Cooperation on the northern river basins', 654, 14, bold);
		put('in a changing climate', 638, 14, bold);
		put('1. The Commission welcomes the agreement on shared fishing seasons in the northern basin.', 600, 10);
		put('2. The Commission encourages the parties to exchange data on fish stocks every year.', 580, 10);
		expect(await displayLines(await pdf.save())).toEqual([
			'Draft agreed conclusions submitted by the Chair of the Commission',
			'Cooperation on the northern river basins in a changing climate',
		]);
	});
});
