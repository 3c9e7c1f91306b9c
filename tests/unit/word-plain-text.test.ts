import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { decodeText } from '../../src/import/charset.ts';
import { extract } from '../../src/import/extract-file.ts';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { indexOf, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/** A chair's summary as Word's "Plain Text" writes it by default: windows-1252, CRLF, soft hyphens and no-break spaces. */
const WORD_TEXT = fileURLToPath(new URL('../fixtures/published/chair-summary-word-1252.txt', import.meta.url));
const TITLE = 'Ministerial Forum on Ocean Health and Noncommunicable Diseases';
const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a text file saved in windows-1252', () => {
	it('is read as windows-1252, and the import says so', async () => {
		const { text, warnings } = await extract(WORD_TEXT);
		expect(text).not.toContain('\uFFFD');
		expect(text).toContain('Chair’s Summary');
		expect(text).toContain('“healthy oceans are a condition of healthy people”');
		expect(text).toContain('coastal waters – from plastics');
		expect(text).toContain('act alone — health');
		expect(text).toContain('Valletta, 12\u00a0March 2026');
		expect(warnings).toEqual([expect.stringMatching(/chair-summary-word-1252\.txt: not UTF-8: read as windows-1252/u)]);
	});

	it('gives its dateline: the place and date, not a title that swallows them', async () => {
		const { text, heading } = await extract(WORD_TEXT);
		expect(guessMetadata(text, heading)).toMatchObject({ title: TITLE, place: 'Valletta', releaseDate: '2026-03-12' });
	});

	it('gives the dateline to the place and date when no blank line sets it apart from the title', () => {
		// Word writes a paragraph a line, and an empty line only for an empty paragraph.
		const text = [
			'Chair’s Summary',
			'Ministerial Forum on Ocean Health and Noncommunicable Diseases',
			'Valletta, 12\u00a0March 2026',
			'',
			'1.\tThe Forum met in Valletta.',
		].join('\r\n');
		expect(guessMetadata(text)).toMatchObject({ title: TITLE, place: 'Valletta', releaseDate: '2026-03-12' });
	});

	it('keeps valid UTF-8 as it is, with or without a byte order mark, and says nothing', () => {
		const utf8 = 'Chair’s Summary\r\n\r\n1.\tNon\u00adcommunicable – “ok”.\r\n';
		expect(decodeText(Buffer.from(utf8, 'utf8'))).toEqual({ text: utf8, encoding: 'utf-8' });
		expect(decodeText(Buffer.from(`\ufeff${utf8}`, 'utf8'))).toMatchObject({ text: utf8, warning: undefined });
		const utf16 = decodeText(Buffer.from(`\ufeff${utf8}`, 'utf16le'));
		expect(utf16.text).toBe(utf8);
		expect(utf16.warning).toMatch(/UTF-16LE/u);
	});

	it('imports with its quotes, dashes, place and title as published, and says which encoding it read', async () => {
		const dir = seedDataCopy('import-1252-');
		scratch.push(dir);
		const { code, all: out } = await importCli([WORD_TEXT, '--symbol', 'Ocean Health Forum Chair Summary'], dir);
		expect(code).toBe(0);
		expect(out).toMatch(/read as windows-1252/u);
		const meta = JSON.parse(readFileSync(join(dir, 'documents', 'oceanhealthforumchairsummary.json'), 'utf8')) as {
			title: string;
			place?: string;
		};
		expect(meta).toMatchObject({ title: TITLE, place: 'Valletta' });
		const stored = readFileSync(join(dir, 'documents', 'oceanhealthforumchairsummary.txt'), 'utf8');
		expect(stored).not.toContain('\uFFFD');
		expect(stored).toContain('Forum’s proposal');
	});
});

describe('soft hyphens (U+00AD), invisible in the text as displayed', () => {
	it('are not quoted: the word reads joined, as a reader sees it', async () => {
		const { text } = await extract(WORD_TEXT);
		const parsed = parseSource(text, TITLE);
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
		expect(parsed.paragraphs.map((p) => p.text).join('\n')).not.toContain('\u00ad');
		expect(parsed.paragraphs[0]?.text).toMatch(
			/^The Ministerial Forum on Ocean Health and Noncommunicable Diseases met/u,
		);
		expect(parsed.paragraphs[1]?.text).toContain('the burden of noncommunicable diseases');
	});

	it('a soft hyphen at a line end joins the word across the lines, without a hyphen or a space', () => {
		const text = [
			'1. Participants agreed that the burden of non\u00ad',
			'communicable diseases falls on coastal communities and called for a joint monitoring frame\u00ad',
			'work.',
		].join('\n');
		expect(parseSource(text, '').paragraphs[0]?.text).toBe(
			'Participants agreed that the burden of noncommunicable diseases falls on coastal communities and called for a ' +
				'joint monitoring framework.',
		);
	});

	it('search finds the word as displayed, in a file dropped into the folder as in an imported one', () => {
		const data = seedDataCopy('soft-hyphen-data-');
		scratch.push(data);
		writeFileSync(
			join(data, 'documents', 'forum.txt'),
			'Chair\u2019s summary\n\n1. Ministers agreed to act on non\u00adcommunicable diseases in island States.\n',
		);
		writeFileSync(
			join(data, 'documents', 'forum.json'),
			JSON.stringify({ symbol: 'Forum summary', title: 'Chair’s summary', releaseDate: '2026-03-12' }),
		);
		const corpus = loadCorpus(data, { only: ['forum'] });
		expect(corpus.paragraphs[0]?.text).toBe('Ministers agreed to act on noncommunicable diseases in island States.');
		const index = indexOf(corpus);
		expect(index.search('noncommunicable').hits.map((h) => h.paragraph.id)).toEqual(['forum-1']);
	});
});
