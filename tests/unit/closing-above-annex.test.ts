import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * A communiqué's closing place and date right above its annex's line, in text copied from a web page without blank
 * lines: context, never words of the last paragraph, and never a reason to lose the annex under it.
 */
describe('a Forum communiqué copied from its page, one line a paragraph, the closing place and date above Annex A', () => {
	const { want, parsed } = parsedFixture('forum-communique-copied');

	it('gives every paragraph of the text and of the annex, and no warning about the date line', () => {
		expectAsExpected(parsed, want);
		expect(parsed.preamble).toContain('Nuku‘alofa, Kingdom of Tonga\n12 September 2042');
	});
});

/** A communiqué with short lines and no blank line anywhere: the whole text is one block. */
const packed = (closing: string) =>
	[
		'PACIFIC ISLANDS FORUM LEADERS MEETING',
		'FORUM COMMUNIQUÉ',
		'Apia, Samoa',
		'26 – 30 August 2042',
		'Climate Change',
		'1. Leaders reaffirmed that climate change remains the greatest threat to the Pacific.',
		'2. Leaders endorsed the Pacific Resilience Facility and called on partners to capitalise it.',
		closing,
		'Annex A',
		'Forum Leaders’ Statement on the Ocean of Peace',
		'1. We recognise the Pacific as an Ocean of Peace.',
		'2. We reaffirm our commitment to the Treaty of Rarotonga.',
	].join('\n');
const ANNEX = 'Annex A — Forum Leaders’ Statement on the Ocean of Peace';

describe('a closing place and date above an annex in text without blank lines', () => {
	it.each([
		'Apia, Samoa\n30 August 2042',
		'Apia, Samoa, 30 August 2042',
		'Done at Apia, Samoa, on 30 August 2042.',
		'Nuku‘alofa, Kingdom of Tonga\n30 August 2042',
		'Nukuʻalofa, Kingdom of Tonga\nAugust 30, 2042',
	])('reads "%s" as the closing and the annex under it', (closing) => {
		const parsed = parseSource(packed(closing), 'FORUM COMMUNIQUÉ');
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text])).toEqual([
			[1, null, 'Leaders reaffirmed that climate change remains the greatest threat to the Pacific.'],
			[2, null, 'Leaders endorsed the Pacific Resilience Facility and called on partners to capitalise it.'],
			[3, ANNEX, 'We recognise the Pacific as an Ocean of Peace.'],
			[4, ANNEX, 'We reaffirm our commitment to the Treaty of Rarotonga.'],
		]);
		expect(parsed.problems).toEqual([]);
		// Kept as context, every line of it: nothing is dropped.
		for (const line of closing.split('\n')) expect(parsed.preamble).toContain(line);
	});

	it('reads the annex under a line it does not know as a closing, that line no words of the paragraph above', () => {
		const parsed = parseSource(packed('Pacific Islands Forum Secretariat'), 'FORUM COMMUNIQUÉ');
		expect(parsed.paragraphs.map((p) => p.section)).toEqual([null, null, ANNEX, ANNEX]);
		expect(parsed.paragraphs[1]?.text).toBe(
			'Leaders endorsed the Pacific Resilience Facility and called on partners to capitalise it.',
		);
		expect(parsed.problems).toEqual([]);
	});

	it.each([
		['three', ''],
		['four', '\non the thirtieth day of August'],
	])('reads an annex whose title wraps over %s lines, each of its paragraphs apart', (_, more) => {
		const text = packed('Apia, Samoa\n30 August 2042').replace(
			'Forum Leaders’ Statement on the Ocean of Peace',
			`Forum Leaders’ Statement on the Ocean of Peace and on\nthe Security of the Region, as adopted by the Leaders\nat their Fifty-Sixth Meeting in Apia${more}`,
		);
		const parsed = parseSource(text, 'FORUM COMMUNIQUÉ');
		const title = `Annex A — Forum Leaders’ Statement on the Ocean of Peace and on the Security of the Region, as adopted by the Leaders at their Fifty-Sixth Meeting in Apia${more.replace('\n', ' ')}`;
		expect(parsed.paragraphs.map((p) => [p.number, p.section, p.text]).slice(2)).toEqual([
			[3, title, 'We recognise the Pacific as an Ocean of Peace.'],
			[4, title, 'We reaffirm our commitment to the Treaty of Rarotonga.'],
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps the closing at the text’s end when no annex follows', () => {
		const parsed = parseSource(packed('Apia, Samoa\n30 August 2042').split('\nAnnex A')[0] ?? '', 'FORUM COMMUNIQUÉ');
		expect(parsed.paragraphs.map((p) => p.number)).toEqual([1, 2]);
		expect(parsed.preamble).toContain('Apia, Samoa\n30 August 2042');
		expect(parsed.problems).toEqual([]);
	});

	it('still sets aside a release date above the text’s first sentence', () => {
		const parsed = parseSource('Press Release\n31 July 2042\n1. Leaders met.\n2. Leaders agreed.', 'Press Release');
		expect(parsed.paragraphs.map((p) => p.text)).toEqual(['Leaders met.', 'Leaders agreed.']);
	});
});

describe('a date alone that no paragraph takes', () => {
	// The closing's place line is longer than a place: the parser reads it as a heading, and the date under it alone.
	const place = 'Nuku‘alofa, Kingdom of Tonga – 56th Leaders Meeting';
	const copied = textOf('forum-communique-copied');
	const at = copied.lastIndexOf('Nuku‘alofa, Kingdom of Tonga\n');
	const text = `${copied.slice(0, at)}${place}\n${copied.slice(at + 'Nuku‘alofa, Kingdom of Tonga\n'.length)}`;

	it('is named as a date, with advice that, followed, leaves nothing to warn of', () => {
		const [problem, ...rest] = parseSource(text, 'FORUM COMMUNIQUÉ').problems;
		expect(rest).toEqual([]);
		expect(problem?.message).toBe(
			`"12 September 2042" under "${place}" is a date alone on its line, in no paragraph; kept out of the quotes`,
		);
		expect(problem?.advice).toMatch(/closing date.*delete both lines/u);
		const followed = text.replace(`${place}\n12 September 2042\n`, '');
		const parsed = parseSource(followed, 'FORUM COMMUNIQUÉ');
		expect(parsed.problems).toEqual([]);
		expect(parsed.paragraphs).toHaveLength(8);
	});
});

describe('importing and checking the communiqués', () => {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it.each([
		['forum-communique-copied.txt', textOf('forum-communique-copied')],
		['packed-communique.txt', packed('Apia, Samoa\n30 August 2042')],
	])('writes %s with its annex, and the data check says nothing of the closing lines', async (name, content) => {
		const dir = seedDataCopy('closing-');
		scratch.push(dir);
		const file = join(dir, name);
		writeFileSync(file, content);
		const imported = await importCli([file, '--symbol', 'Forum Communique'], dir);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toMatch(/annex A ¶2/u);
		const check = await importCli(['--check'], dir);
		expect(`${check.stdout}${check.stderr}`).not.toMatch(/in no paragraph|goes back|2042" under/u);
		const written = readFileSync(join(dir, 'documents', 'forumcommunique.txt'), 'utf8');
		expect(written).toContain('Ocean of Peace');
	});
});
