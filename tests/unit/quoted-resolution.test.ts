import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { citedMark, markRanges, paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { extractHtml } from '../../src/import/extract-html.ts';
import { EXPECTED_DIR, seedDataCopy } from '../helpers/corpus.ts';

/**
 * A press release that quotes a resolution in full, paragraph by paragraph in “…”: the resolution's paragraphs are
 * read as a resolution's (preamble, operative numbers), held after the press release's own.
 */
interface Expected {
	title: string;
	paragraphs: { paragraph: number; mark: string; section: string | null; text: string }[];
}
const want = JSON.parse(readFileSync(join(EXPECTED_DIR, 'press-release-resolution-page.json'), 'utf8')) as Expected;
const page = readFileSync(new URL('../fixtures/parsing/press-release-resolution-page.html', import.meta.url), 'utf8');
const marksOf = (text: string) => parseSource(text, 'x').paragraphs.map((p) => [p.number, paragraphMark(p), p.text]);

describe('a saved meetings coverage page quoting a resolution', () => {
	const parsed = parseSource(extractHtml(page).text, want.title);

	it('gives the press release’s paragraphs by position and the resolution’s with its own places, no warning', () => {
		expect(
			parsed.paragraphs.map((p) => ({ paragraph: p.number, mark: paragraphMark(p), section: p.section, text: p.text })),
		).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps the organ’s line as context and ids unique; cites the resolution’s paragraph by its number', () => {
		expect(parsed.preamble).toMatch(/reads as follows:\n\nThe Security Council,$/u);
		const numbers = parsed.paragraphs.map((p) => p.number);
		expect(new Set(numbers).size).toBe(numbers.length);
		const operative = parsed.paragraphs.find((p) => p.text.startsWith('Decides to extend'));
		expect(operative && citedMark(operative)).toBe('resolution 9912 (2043), ¶1');
	});
});

describe('what is no quoted resolution stays as it was', () => {
	const lead = 'The Council met this morning.';
	it('a quotation without the organ’s line, or without numbered paragraphs, or never closed', () => {
		const statement = `${lead}\n\n“The Security Council reaffirms its support.\n\n“The Security Council calls for calm.”`;
		expect(marksOf(statement)).toEqual([
			[1, '¶1', lead],
			[2, '¶2', 'The Security Council reaffirms its support.'],
			[3, '¶3', 'The Security Council calls for calm.'],
		]);
		const noOperative = `${lead}\n\n“The Security Council,\n\n“Recalling its resolutions,\n\n“Noting the report.”`;
		expect(marksOf(noOperative).map(([, mark]) => mark)).toEqual(['¶1', '¶2', '¶3', '¶4']);
		const open = `${lead}\n\n“The Security Council,\n\n“Recalling its resolutions,\n\n“1. Decides to act;\n\nThe vote followed.`;
		expect(marksOf(open).map(([, mark]) => mark)).toEqual(['¶1', '¶2', '¶3', '¶4', '¶5']);
	});

	it('a resolution the lead-in does not name is called "resolution"; an inner quotation does not close the run', () => {
		const text = `${lead}\n\n“The Security Council,\n\n“Recalling the “Pact for the Future”\n\n“1. Decides to act.”\n\nThe vote followed.`;
		expect(marksOf(text)).toEqual([
			[1, '¶1', lead],
			[3, 'preamble ¶1', 'Recalling the “Pact for the Future”'],
			[4, 'resolution ¶1', 'Decides to act.'],
			[2, '¶2', 'The vote followed.'],
		]);
	});
});

describe('the quoted resolution in the corpus', () => {
	const dir = seedDataCopy('quoted-resolution-');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const meta = {
		symbol: 'SC/99871',
		title: want.title,
		shortTitle: 'Coastal Valley mission (fixture)',
		publisher: 'Test fixture (not a United Nations document)',
		releaseDate: '2043-05-18',
		sourceUrl: 'https://example.org/fixtures/sc99871.htm',
	};
	writeFileSync(join(dir, 'documents', 'sc99871.json'), JSON.stringify(meta));
	writeFileSync(join(dir, 'documents', 'sc99871.txt'), extractHtml(page).text);
	const corpus = loadCorpus(dir, { only: ['sc99871'] });

	it.each([
		['1', 'sc99871-1'],
		['preamble 1', 'sc99871-5'],
		['resolution 1', 'sc99871-8'],
		['Resolution ¶3', 'sc99871-10'],
	])('%j is %s', (typed, id) => {
		expect(resolveParagraph(corpus, typed, undefined)).toMatchObject({ ok: true, paragraph: { id } });
	});

	it('names its paragraphs as the press release and the resolution number them', () => {
		expect(markRanges(corpus.documents[0]?.paragraphs ?? [])).toBe(
			'¶1–2; preamble ¶1–3; resolution 9912 (2043) ¶1–3; ¶3–4',
		);
		expect(corpus.warnings.filter((w) => w.kind !== 'no-theme')).toEqual([]);
	});
});
