import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { expectAsExpected, parsedFixture } from '../helpers/parsing-fixture.ts';

/** A statement copied whole from its site: after its last paragraph, the page's lists of links, then the footer. */
const NAME = 'g7-statement-copied';
const FILE = fileURLToPath(new URL(`../fixtures/parsing/${NAME}.txt`, import.meta.url));
const SITE_WORDS = /See also|Topics|Chair's Statement on Ukraine|Foreign Affairs|Privacy|©/u;

/** A summit declaration copied from its site, one paragraph a line, and the site's footer under a blank line. */
const declaration = (between: readonly string[], footer: readonly string[]) =>
	[
		'Vilnius Summit Communiqué',
		'11 Jul. 2023',
		'1. We, the Heads of State and Government of the North Atlantic Alliance, have met in Vilnius.',
		'2. We thank Lithuania for its generous hospitality. We will meet again in Washington in 2024.',
		...between,
		...footer,
		'Contact us',
		'Privacy policy',
		'Terms of use',
		'© NATO/OTAN 2023',
	].join('\n');
const RELATED = [
	'Related',
	'Summit meeting of NATO Heads of State and Government, Vilnius, 11-12 July 2023',
	'Related topics',
	'Summits and meetings of NATO Heads of State and Government',
];
const LAST = 'We thank Lithuania for its generous hospitality. We will meet again in Washington in 2024.';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a copied page's lists of links above its footer", () => {
	it('are no words of the last paragraph, nor paragraphs of their own (a G7 statement, unnumbered)', () => {
		const { want, parsed } = parsedFixture(NAME);
		expectAsExpected(parsed, want);
		for (const paragraph of parsed.paragraphs) expect(paragraph.text).not.toMatch(SITE_WORDS);
	});

	it('are left out under a numbered last paragraph, with or without a blank line between, however labelled', () => {
		const labelled = ['See also:', 'Vilnius Summit Declaration', 'Press release (2023) 001', 'Tags:', 'Summits'];
		for (const [between, lists] of [
			[[], RELATED],
			[[''], RELATED],
			[[''], labelled],
		]) {
			const parsed = parseSource(declaration(between ?? [], lists ?? []), 'Vilnius Summit Communiqué');
			expect(parsed.paragraphs.map((p) => p.text)).toEqual([
				'We, the Heads of State and Government of the North Atlantic Alliance, have met in Vilnius.',
				LAST,
			]);
			expect(parsed.problems).toEqual([]);
		}
	});

	it("keep the text's closing place and date above them as context, and a lead-in's items as its own", () => {
		const closed = parseSource(declaration(['', 'Vilnius, 11 July 2023', ''], RELATED), 'Vilnius Summit Communiqué');
		expect(closed.paragraphs.at(-1)?.text).toBe(LAST);
		expect(closed.preamble).toContain('Vilnius, 11 July 2023');
		expect(closed.preamble).not.toMatch(/Related/u);
		// Titles under a lead-in are the items it introduces, though they look like links: the paragraph keeps them.
		const listed = declaration(
			['3. We endorsed the following documents:'],
			['Vilnius Action Plan', 'Defence Production Action Plan', ''],
		);
		expect(parseSource(listed, 'Vilnius Summit Communiqué').paragraphs.at(-1)?.text).toMatch(
			/^We endorsed the following documents:\s+Vilnius Action Plan\s+Defence Production Action Plan$/u,
		);
	});

	it('are named in the import notes with their lines, and no quote or search holds them', async () => {
		const dir = seedDataCopy('import-site-links-');
		scratch.push(dir);
		const { code, all } = await importCli([FILE, '--symbol', 'G7 FMM Middle East Statement 2024'], dir);
		expect(code).toBe(0);
		expect(all).toContain(
			"left out of the paragraphs as the web page's footer, so neither quoted nor searched: lines 23–36, " +
				'from "See also" to "© 2024 Presidenza del Consiglio dei Ministri"',
		);
		const document = loadCorpus(dir).documents.find((d) => d.symbol === 'G7 FMM Middle East Statement 2024');
		expect(document?.paragraphs).toHaveLength(5);
		for (const paragraph of document?.paragraphs ?? []) expect(paragraph.text).not.toMatch(SITE_WORDS);
	});
});
