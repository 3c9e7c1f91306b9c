import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { splitLinePerParagraph } from '../../src/corpus/layout-mode.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { noParagraphFound } from '../../src/corpus/no-paragraph.ts';
import { citedMark, markRanges, paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { readBlocks } from '../../src/corpus/source-lines.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { citations, paragraphCitation } from '../../src/render/citation.ts';
import { paragraphChoice } from '../../src/render/choices.ts';
import { embedFrame } from '../../src/render/paragraph-embed.ts';
import { firstResponse } from '../../src/render/reply.ts';
import {
	contextFor,
	expectedLayout,
	indexOf,
	requester,
	seedDataCopy,
	type ExpectedLayout,
} from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * Paragraphs a document marks otherwise than by a whole number: numbered within numbered sections (`1.1` under
 * `1. Monitoring at sea`) or lettered only (`(a)`… after a lead-in). Each is held under its position and shown, cited
 * and reached by its own mark. And texts copied one line per paragraph, without blank lines.
 */
const PARSING = new URL('../fixtures/parsing/', import.meta.url);
const textOf = (name: string) => readFileSync(new URL(`${name}.txt`, PARSING), 'utf8');
type WithMarks = { paragraphs: { paragraph: number; mark: string; section: string | null; text: string }[] };
const expectedWithMarks = (name: string) => expectedLayout(name) as Omit<ExpectedLayout, 'paragraphs'> & WithMarks;
const shape = (paragraphs: ReturnType<typeof parseSource>['paragraphs']) =>
	paragraphs.map((p) => ({ paragraph: p.number, mark: p.ownMark, section: p.section, text: p.text }));

describe('a text numbered within numbered sections (chair-decimal-pdf: `1.` headings, `1.1` paragraphs)', () => {
	const want = expectedWithMarks('chair-decimal-pdf');
	const parsed = parseSource(textOf('chair-decimal-pdf'), want.title);

	it('gives each `N.M` paragraph under its `N.` heading, with its own mark, exact text and no warning', () => {
		expect(shape(parsed.paragraphs)).toEqual(want.paragraphs);
		expect(parsed.problems).toEqual([]);
	});

	it('keeps the section headings and the issuing office out of the paragraphs', () => {
		for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/Monitoring at sea|Follow-up|Regional Office/u);
		expect(parsed.preamble).toBe('Regional Office on Fisheries Enforcement Lisbon, 4 June 2040');
	});

	it('reads the same text with blank lines between all its lines alike', () => {
		const spaced = parseSource(textOf('chair-decimal-pdf').replace(/\n(?=\S)/gu, '\n\n'), want.title);
		expect(shape(spaced.paragraphs).map((p) => [p.mark, p.section])).toEqual(
			want.paragraphs.map((p) => [p.mark, p.section]),
		);
	});

	it('is not taken for decimal numbering when the text holds an ordinary number list with figures in it', () => {
		const text = '1. The meeting noted that 2.5 million people were displaced.\n\n2. It asked for more help.\n';
		expect(parseSource(text, 'x').paragraphs.map((p) => [p.number, p.ownMark])).toEqual([
			[1, undefined],
			[2, undefined],
		]);
	});
});

describe('conclusions lettered only (chair-lettered-copied: a copied page, one line per paragraph)', () => {
	const want = expectedWithMarks('chair-lettered-copied');
	const text = textOf('chair-lettered-copied');
	const parsed = parseSource(text, want.title);

	it('gives each lettered line as a paragraph with its letter as its mark, under its heading', () => {
		expect(shape(parsed.paragraphs)).toEqual(want.paragraphs);
	});

	it('keeps the lead-in as context, and finds no numbering problem among the conclusions', () => {
		expect(parsed.preamble).toMatch(/the Chair drew the following conclusions:$/u);
		const last = parsed.paragraphs.at(-1)?.line ?? 0;
		// The share and footer lines after the text are the page's, not the conclusions'.
		for (const problem of parsed.problems) expect(problem.line).toBeGreaterThan(last);
	});

	it('reads the same page with blank lines between its lines alike', () => {
		const spaced = parseSource(text.replace(/\n/gu, '\n\n'), want.title);
		expect(shape(spaced.paragraphs)).toEqual(want.paragraphs);
	});

	it('leaves (a), (b) as items of their paragraph when they stand inside a text of several paragraphs', () => {
		const plain =
			'The Council met on 3 May.\n\nIt agreed on two steps:\n(a) A mission to the region;\n(b) A report in June.\n\n' +
			'It will meet again in July.\n';
		const items = parseSource(plain, 'x').paragraphs;
		expect(items.map((p) => p.ownMark)).toEqual([undefined, undefined, undefined]);
		expect(items[1]?.text).toBe('It agreed on two steps:\n(a) A mission to the region;\n(b) A report in June.');
	});
});

describe('a text copied from a browser: one line per paragraph, no blank line', () => {
	const nav = 'Home\nNews\nPress releases\n';
	const one =
		'The participants agreed that regional fisheries bodies should share their data on vessels and catches every year.';
	const two =
		'They asked the secretariat to prepare, with the coastal States concerned, a common format for such data by June.';
	const three = 'They decided to review progress at their next meeting, to be held in the first half of the next year.';

	it.each([
		['plain', `${nav}${one}\n${two}\n${three}\n`, [1, 2, 3]],
		['bulleted', `${nav}The meeting concluded as follows:\n• ${one}\n• ${two}\n• ${three}\n`, [1, 2, 3]],
		['numbered', `${nav}7. ${one}\n8. ${two}\n9. ${three}\n`, [7, 8, 9]],
	])('%s: each line is a paragraph', (_, text, numbers) => {
		const parsed = parseSource(text, 'Fisheries data');
		expect(parsed.paragraphs.map((p) => [p.number, p.text])).toEqual([
			[numbers[0], one],
			[numbers[1], two],
			[numbers[2], three],
		]);
	});

	it('leaves hard-wrapped text, whose long lines stop mid-sentence, in its blocks', () => {
		const wrapped =
			'The participants agreed that regional fisheries bodies should share their data on vessels and\n' +
			'catches every year, and asked the secretariat to prepare, with the coastal States concerned, a\n' +
			'common format for such data, to be submitted to the next meeting for its consideration and approval.\n';
		expect(splitLinePerParagraph(readBlocks(wrapped)).map((b) => b.length)).toEqual([3]);
		expect(splitLinePerParagraph(readBlocks(`${one}\n${two}\n${three}`)).map((b) => b.length)).toEqual([1, 1, 1]);
	});
});

describe('how a paragraph with a mark of its own is shown and cited', () => {
	it.each([
		[{ number: 3, ownMark: '2.1' }, '¶2.1', '¶2.1', 'para. 2.1'],
		[{ number: 1, ownMark: '(a)' }, '¶(a)', '¶(a)', 'para. (a)'],
		[{ number: 4 }, '¶4', '¶4', 'para. 4'],
	])('%o: %s', (p, mark, cited, apa) => {
		expect(paragraphMark(p)).toBe(mark);
		expect(citedMark(p)).toBe(cited);
		expect(citedMark(p, 'para. ')).toBe(apa);
	});

	it('lists them as runs within each section, so that no range seems to hold a number the text lacks', () => {
		const decimal = ['1.1', '1.2', '2.1', '2.2', '3.1'].map((ownMark, i) => ({ number: i + 1, ownMark }));
		expect(markRanges(decimal)).toBe('¶1.1–1.2, 2.1–2.2, 3.1');
		expect(markRanges(['(a)', '(b)', '(c)'].map((ownMark, i) => ({ number: i + 1, ownMark })))).toBe('¶(a)–(c)');
	});
});

describe('a document with marks of its own in the corpus', () => {
	const dir = seedDataCopy('own-marks-');
	const cacheDir = mkdtempSync(join(tmpdir(), 'own-marks-cache-'));
	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
		rmSync(cacheDir, { recursive: true, force: true });
	});
	const want = expectedWithMarks('chair-decimal-pdf');
	writeFileSync(join(dir, 'documents', 'fisheries.txt'), textOf('chair-decimal-pdf'));
	writeFileSync(
		join(dir, 'documents', 'fisheries.json'),
		JSON.stringify({
			symbol: want.symbol,
			title: want.title,
			shortTitle: 'Illegal fishing (fixture)',
			publisher: 'Test fixture (not a United Nations document)',
			kind: 'Conclusions',
			releaseDate: want.date,
			sourceUrl: 'https://example.org/fixtures/fisheries.txt',
		}),
	);
	const corpus = loadCorpus(dir, { only: ['fisheries'] });
	const document = corpus.documents[0]!;
	const second = corpus.paragraphById.get('fisheries-2')!;

	it('holds the paragraphs under their positions (ids) with their marks', () => {
		expect(corpus.paragraphs.map((p) => [p.id, p.ownMark])).toEqual(
			want.paragraphs.map((p) => [`fisheries-${p.paragraph}`, p.mark]),
		);
	});

	it.each([
		['1.2', 'fisheries-2'],
		['¶2.1', 'fisheries-3'],
		[`${want.symbol} ¶3.1 · 3. Follow-up — Participants agreed…`, 'fisheries-5'],
		['2', 'fisheries-2'],
	])('`%s` reaches %s', (typed, id) => {
		expect(resolveParagraph(corpus, typed, document)).toMatchObject({ ok: true, paragraph: { id } });
	});

	it('a mark the document does not have is out of range', () => {
		expect(resolveParagraph(corpus, '1.3', document)).toMatchObject({ ok: false, reason: 'out-of-range' });
	});

	it('citations and titles name the paragraph by its own mark, never by the number it is held under', () => {
		expect(paragraphCitation(document, second)).toBe(`${want.symbol} (4 June 2040), ¶1.2`);
		const { apa } = citations(document, second, 'v1');
		expect(apa).toContain(`${want.symbol}, para. 1.2)`);
		expect(embedFrame(corpus, second, messagesFor('en-US')).title).toBe('¶1.2 · 1. Monitoring at sea');
	});

	it('/quote 1.2 quotes it by its mark; a mark the document lacks names the ones it has', () => {
		const context = contextFor(corpus, requester('en-US'));
		const found = firstResponse(quote.execute({ paragraph: '1.2' }, context));
		if (found.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(found.data)).toEqual([]);
		expect(found.data.embeds?.[0]?.title).toBe('¶1.2 · 1. Monitoring at sea');
		const missing = firstResponse(quote.execute({ paragraph: '1.3' }, context));
		expect(missing).toMatchObject({
			// The typed text is echoed escaped (`1\\.3` shows as 1.3).
			// The nearest mark in the run typed is offered: 1.2.
			data: {
				content: `There is no paragraph “1\\.3”. Valid paragraphs: ${want.symbol} ¶1.1–1.2, 2.1–2.2, 3.1. Try \`/quote 1.2\`.`,
			},
		});
	});

	it('autocomplete offers it first for its mark, and its choices read back to it', () => {
		const context = contextFor(corpus, requester('en-US'));
		expect(quote.autocomplete({ paragraph: '2.2' }, 'paragraph', context)[0]?.value).toBe('fisheries-4');
		for (const p of corpus.paragraphs) {
			const choice = paragraphChoice(corpus, p);
			expect(choice.name.startsWith(paragraphMark(p))).toBe(true);
			expect(resolveParagraph(corpus, choice.name, undefined)).toMatchObject({ ok: true, paragraph: { id: p.id } });
		}
	});

	it('the CLI quotes `2.1` and prints its mark', () => {
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['quote', '2.1', '--json'], () => core, out)).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ id: 'fisheries-3', paragraph: 3, mark: '¶2.1' });
	});

	it('comes back from the corpus snapshot with its marks', () => {
		const options = { only: ['fisheries'], cacheDir };
		const events: string[] = [];
		loadCorpus(dir, { ...options, onCache: (e) => events.push(e.kind) });
		const again = loadCorpus(dir, { ...options, onCache: (e) => events.push(e.kind) });
		expect(events).toEqual(['built', 'loaded']);
		expect(again.paragraphs).toEqual(corpus.paragraphs);
		expect(again.paragraphById.get('fisheries-4')?.ownMark).toBe('2.2');
	});
});

describe('when no paragraph is found', () => {
	it('says what the parser looks for, and that a text without blank lines needs them', () => {
		const message = noParagraphFound('Home\nAbout\nSome words here with no end');
		expect(message).toMatch(/^no paragraph found in the text: the parser looks for paragraphs numbered "1\."/u);
		expect(message).toMatch(/none of its lines ends a sentence/u);
		const unspaced = noParagraphFound('Home\nAbout us.\nWe met.\n');
		expect(unspaced).toMatch(/the text has no blank line: put one between its paragraphs/u);
		const spaced = noParagraphFound('Home\n\nWe met.\n');
		expect(spaced).toMatch(/put a blank line between its paragraphs, or their numbers/u);
	});
});
