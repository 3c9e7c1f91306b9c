import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { readTextColumns } from '../../src/corpus/text-columns.ts';
import { languageOf } from '../../src/corpus/column-languages.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { importsPublished, publishedFixture } from '../helpers/published-fixture.ts';

/**
 * Documents as their publishers put them out, written by a helper who saw no code (blind layouts, round 9), each
 * imported as the README says; what a careful reader says of each is what the import must read.
 */
const imported = importsPublished('layouts9-');

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
		const text = readFileSync(publishedFixture('council-conclusions-pdftotext-raw.txt'), 'utf8');
		expect(guessMetadata(text).title).toBe(
			'Council conclusions on strengthening the security and resilience of critical undersea infrastructure',
		);
	});

	it('a declaration set in English and French side by side: the symbol flush right above both columns is read', () => {
		const { text } = readTextColumns(readFileSync(publishedFixture('declaration-en-fr-side-by-side.txt'), 'utf8'));
		expect(text.split('\n')[0]?.trim()).toBe('CM(2025)145-final');
		expect(guessMetadata(text).symbol).toBe('CM(2025)145-final');
	});

	it('that declaration is imported in English, numbered 1 to 8, and the import says the French was left out', async () => {
		// Read as two columns of one text, the French ¶1 came after the English ¶2 on each page: a broken numbering.
		const { paragraphs, output: all } = await imported('declaration-en-fr-side-by-side.txt');
		expect(paragraphs.map((p) => paragraphMark(p))).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5', '¶6', '¶7', '¶8']);
		expect(paragraphs[0]?.text).toMatch(/^Electoral laws and campaign rules should address/u);
		expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Comité|électoral/u);
		expect(all).toMatch(/English and French side by side: the English \(left\) is imported, the French left out/u);
	});

	it("Council conclusions circulated in a cover note's annex, with an annex of their own: each cited apart", async () => {
		// Both were `annex ¶1`, and the conclusions' own annex could not be quoted at all.
		const { all } = await imported('council-conclusions-pdftotext-raw.txt');
		const marks = all.map((p) => paragraphMark(p));
		expect(marks).toEqual([
			...Array.from({ length: 11 }, (_, i) => `¶${i + 1}`),
			...Array.from({ length: 4 }, (_, i) => `annex ¶${i + 1}`),
		]);
	});
});

describe('the language of a column', () => {
	it('is told by its small words, or not at all when they are few', () => {
		expect(languageOf('The Council recalls the strategy of the Union and the importance of cooperation for all.')).toBe(
			'English',
		);
		expect(
			languageOf(
				'Le Conseil rappelle la stratégie de l’Union et les principes des accords pour une action dans le monde sur les droits et du droit.',
			),
		).toBe('French');
		expect(languageOf('Geneva, 10 March 2025')).toBeUndefined();
	});
});
