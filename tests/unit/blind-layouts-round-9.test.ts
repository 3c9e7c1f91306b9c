import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { readTextColumns } from '../../src/corpus/text-columns.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * Documents as their publishers put them out, written by a helper who saw no code (blind layouts, round 9), each
 * imported as the README says; what a careful reader says of each is what the import must read.
 */
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/published/${name}`, import.meta.url));
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Imports one file into a copy of the bundled data and reads back the document it wrote and its paragraphs. */
async function imported(name: string, ...args: string[]) {
	const dir = seedDataCopy('layouts9-');
	scratch.push(dir);
	const { code, all } = await importCli([fixture(name), ...args], dir);
	expect(code, all).toBe(0);
	const corpus = loadCorpus(dir);
	const document = corpus.documents.find((d) => d.slug !== 'sg2084');
	const paragraphs = corpus.paragraphs.filter((p) => p.document === document?.slug && paragraphMark(p).startsWith('¶'));
	return { document, paragraphs, all };
}

describe('documents laid out as they are published (blind layouts, round 9)', () => {
	it('a French declaration: its accented symbol, and the last day of a session over two months', async () => {
		const { document, paragraphs } = await imported('declaration-fr-cross-month-session.txt');
		expect(document).toMatchObject({
			symbol: 'CILSS/CM/Décl.2/2025',
			// `Ouagadougou, 30 septembre – 1er octobre 2025`: not the first day read as the dateline's.
			releaseDate: '2025-10-01',
			place: 'Ouagadougou',
		});
		expect(paragraphs.map((p) => p.text.split(' ').slice(0, 2).join(' '))).toEqual([
			'Nous réaffirmons',
			'Nous nous',
			'Nous nous',
			'Nous demandons',
			'Nous invitons',
			'Nous encourageons',
			'Nous appelons',
			'Nous reconnaissons',
			'Nous exprimons',
			'Nous décidons',
		]);
	});

	it("a chair's summary copied from a browser: the chair's name over the offices and the page's last links are not paragraphs", async () => {
		const { paragraphs } = await imported('chairs-summary-browser-copy-signed.txt', '--symbol', 'Windhoek Summary');
		expect(paragraphs).toHaveLength(12);
		expect(paragraphs.at(-1)?.text).toMatch(/^The Chair thanked all participants/u);
		const texts = paragraphs.map((p) => p.text).join('\n');
		expect(texts).not.toMatch(/Nangolo|Related documents|Back to top/u);
	});

	it("a Council cover note copied without blank lines: the subject is the title, not the note's sentence under it", () => {
		const text = readFileSync(fixture('council-conclusions-pdftotext-raw.txt'), 'utf8');
		expect(guessMetadata(text).title).toBe(
			'Council conclusions on strengthening the security and resilience of critical undersea infrastructure',
		);
	});

	it('a declaration set in English and French side by side: the symbol flush right above both columns is read', () => {
		const { text } = readTextColumns(readFileSync(fixture('declaration-en-fr-side-by-side.txt'), 'utf8'));
		expect(text.split('\n')[0]?.trim()).toBe('CM(2025)145-final');
		expect(guessMetadata(text).symbol).toBe('CM(2025)145-final');
	});
});
