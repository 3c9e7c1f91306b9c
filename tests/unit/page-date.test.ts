import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/import/extract-file.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { splitMarkdownFrontMatter } from '../../src/import/markdown.ts';
import { withPageDate } from '../../src/import/page-date.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/** A summit's declaration as a site publishes it in Markdown: front matter dated the summit's first day. */
const DECLARATION = fileURLToPath(new URL('../fixtures/published/leaders-declaration-github.md', import.meta.url));
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("a Markdown page's front-matter date", () => {
	it.each([
		['YAML, a day', '---\ndate: 2031-11-18\n---\n', '2031-11-18'],
		['YAML, a timestamp', '---\ndate: 2031-11-18T09:00:00-03:00\n---\n', '2031-11-18'],
		['YAML, quoted, with a time', '---\ndate: "2031-11-18 10:00:00 +0000"\n---\n', '2031-11-18'],
		['TOML (Hugo)', '+++\ndate = 2031-11-18T09:00:00Z\n+++\n', '2031-11-18'],
		['none', '---\ntitle: A page\n---\n', undefined],
		['not a date', '---\ndate: last week\n---\n', undefined],
	])('is read: %s', (_, front, date) => {
		expect(splitMarkdownFrontMatter(`${front}\n1. Text.\n`).date).toBe(date);
	});

	it('names the day of a meeting the dateline gives as a range: the declaration is of that day', async () => {
		const { text, heading, date } = await extract(DECLARATION);
		expect(date).toBe('2031-11-18');
		// The text alone gives the range's last day, as conclusions adopted at a meeting's end are dated.
		expect(guessMetadata(text, heading).releaseDate).toBe('2031-11-19');
		const guessed = withPageDate(guessMetadata(text, heading), date);
		expect(guessed).toMatchObject({ releaseDate: '2031-11-18', place: 'Hobart' });
		expect(guessed.dateDoubt).toBeUndefined();
	});

	it('is the date the import writes, said as read', async () => {
		const dir = seedDataCopy('import-page-date-');
		scratch.push(dir);
		const { code, all: out } = await importCli([DECLARATION, '--symbol', 'Southern Ocean Declaration'], dir);
		expect(code, out).toBe(0);
		expect(out).toContain('date read from the text: 2031-11-18');
		const meta = JSON.parse(readFileSync(join(dir, 'documents', 'southernoceandeclaration.json'), 'utf8')) as object;
		expect(meta).toMatchObject({ releaseDate: '2031-11-18' });
	});

	it("is the date when the text gives none, and confirms the text's", () => {
		const none = guessMetadata('Chair’s summary of the ocean dialogue\n\n1. Participants met.\n');
		expect(none.releaseDate).toBeUndefined();
		expect(withPageDate(none, '2031-06-10').releaseDate).toBe('2031-06-10');
		const unsure = { releaseDate: '2031-06-10', dateDoubt: 'it is the first date in the text' };
		expect(withPageDate(unsure, '2031-06-10')).toEqual({ releaseDate: '2031-06-10', dateDoubt: undefined });
	});

	it("leaves a dateline's own day, and says the page gives another (a page posted the day after)", () => {
		const guessed = guessMetadata(
			'Chair’s Summary of the Ocean Dialogue\n\nNice, France, 9 June 2031\n\n1. They met.\n',
		);
		const weighed = withPageDate(guessed, '2031-06-10');
		expect(weighed.releaseDate).toBe('2031-06-09');
		expect(weighed.dateDoubt).toBe("the page's front matter dates it 2031-06-10, the text 2031-06-09");
	});

	it('is left alone when it is no calendar day', () => {
		const guessed = { releaseDate: '2031-06-09' };
		expect(withPageDate(guessed, '2031-02-30')).toBe(guessed);
	});
});
