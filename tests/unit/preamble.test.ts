import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { conclusions } from '../../commands/conclusions.ts';
import { quote } from '../../commands/quote.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { citedMark, markRanges, paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import type { Corpus, Paragraph } from '../../src/corpus/types.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { paragraphCitation } from '../../src/render/citation.ts';
import { embedFrame } from '../../src/render/paragraph-embed.ts';
import { paragraphView } from '../../src/render/paragraph-view.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, indexOf, requester, seedDataCopy } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

/**
 * A resolution's preambular paragraphs ("Recalling …,", "Deeply concerned …,") are quoted and cited like any other:
 * held after the operative numbers, marked "preamble ¶N". A letter whose body has no numbered paragraph transmits
 * conclusions in its annex: they are the annex's ("annex, ¶1"), though nothing shifts their numbers.
 */

describe.each([
	['resolution-preamble-layout', 'a resolution as pdftotext -layout gives it, a page break in its preamble'],
	['resolution-preamble-pdf', 'the same resolution as pdftotext gives it: one line a paragraph, no blank lines'],
	['letter-annex-layout', 'a letter transmitting conclusions in its annex, as pdftotext -layout gives it'],
])('the %s fixture (%s)', (name) => {
	const { want, parsed } = parsedFixture(name);

	it('gives every paragraph in document order, with the mark the document gives it, and no warning', () => {
		expectAsExpected(parsed, want);
	});

	it('keeps the front matter (the organ’s line, the letter) as context, not in any paragraph', () => {
		expect(parsed.preamble).toMatch(/The General Assembly,$|\(Signed\) A\. Example$/u);
		for (const p of parsed.paragraphs) expect(p.text).not.toMatch(/General Assembly,|\(Signed\)|I have the honour/u);
	});
});

describe('what is not a preamble stays context', () => {
	it('front matter of a numbered text without the organ’s line', () => {
		const parsed = parseSource(
			'Report of the meeting\n\nRecalling the last meeting, the chair opened the session,\n\n1. The meeting agreed on the agenda.\n\n2. The meeting closed.',
			'Report of the meeting',
		);
		expect(parsed.paragraphs.map((p) => [p.number, p.inAnnex])).toEqual([
			[1, undefined],
			[2, undefined],
		]);
		expect(parsed.preamble).toContain('Recalling the last meeting');
	});

	it('an organ’s line followed by no preambular paragraph, and a line that goes on with one', () => {
		const direct = parseSource('The Security Council,\n\n1. Decides to remain seized of the matter.', 'x');
		expect(direct.paragraphs.map((p) => [p.number, p.inAnnex])).toEqual([[1, undefined]]);
		const wrapped = parseSource(
			'The Human Rights Council,\nGuided by the purposes of the Charter,\nNoting the report of the\nUnited Nations High Commissioner,\n' +
				'Further recalling its decision 2/1,\nRe-emphasizing the Charter,\n1. Welcomes the report.\n' +
				'2. Requests the Office to report again.\n3. Decides to remain seized of the matter.',
			'x',
		);
		expect(wrapped.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['preamble ¶1', 'Guided by the purposes of the Charter,'],
			['preamble ¶2', 'Noting the report of the United Nations High Commissioner,'],
			['preamble ¶3', 'Further recalling its decision 2/1,'],
			['preamble ¶4', 'Re-emphasizing the Charter,'],
			['¶1', 'Welcomes the report.'],
			['¶2', 'Requests the Office to report again.'],
			['¶3', 'Decides to remain seized of the matter.'],
		]);
	});

	it('an annex line after the body of a report still heads an annex that restarts (unchanged)', () => {
		const parsed = parseSource('1. Body one.\n\n2. Body two.\n\nAnnex\n\nTitle of the annex\n\n1. Annex one.', 'x');
		expect(parsed.paragraphs.map((p) => [p.number, paragraphMark(p)])).toEqual([
			[1, '¶1'],
			[2, '¶2'],
			[3, 'annex ¶1'],
		]);
	});
});

const RESOLUTION = {
	symbol: 'A/RES/97/41',
	title: 'Combating desertification and drought in dryland farming communities',
	shortTitle: 'Desertification and drought (fixture)',
	publisher: 'Test fixture (not a United Nations document)',
	kind: 'Resolution',
	releaseDate: '2042-12-14',
	sourceUrl: 'https://example.org/fixtures/res9741.txt',
};
const LETTER = {
	symbol: 'S/2038/77',
	title: 'Letter dated 1 February 2038 from the Secretary-General addressed to the President of the Security Council',
	shortTitle: 'Youth employment conclusions (fixture)',
	publisher: 'Test fixture (not a United Nations document)',
	kind: 'Letter',
	releaseDate: '2038-02-03',
	sourceUrl: 'https://example.org/fixtures/s203877.txt',
};
const dir = seedDataCopy('preamble-');
writeFileSync(join(dir, 'documents', 'res9741.json'), JSON.stringify(RESOLUTION));
writeFileSync(join(dir, 'documents', 'res9741.txt'), textOf('resolution-preamble-layout'));
writeFileSync(join(dir, 'documents', 's203877.json'), JSON.stringify(LETTER));
writeFileSync(join(dir, 'documents', 's203877.txt'), textOf('letter-annex-layout'));
const cacheDir = mkdtempSync(join(tmpdir(), 'preamble-cache-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
});

const resolution = loadCorpus(dir, { only: ['res9741'] });
const letter = loadCorpus(dir, { only: ['s203877'] });
const en = messagesFor('en-US');
const at = (corpus: Corpus, id: string): Paragraph => {
	const p = corpus.paragraphById.get(id);
	if (!p) throw new Error(`no ${id}`);
	return p;
};

describe('a preambular paragraph in the corpus', () => {
	const second = at(resolution, 'res9741-5');
	const document = resolution.documents[0]!;

	it('is held after the operative numbers, in document order, and marked and cited as the preamble’s', () => {
		expect(resolution.paragraphs.map((p) => [p.id, paragraphMark(p)])).toEqual([
			['res9741-4', 'preamble ¶1'],
			['res9741-5', 'preamble ¶2'],
			['res9741-6', 'preamble ¶3'],
			['res9741-7', 'preamble ¶4'],
			['res9741-1', '¶1'],
			['res9741-2', '¶2'],
			['res9741-3', '¶3'],
		]);
		expect(citedMark(second)).toBe('preamble, ¶2');
		expect(paragraphCitation(document, second)).toBe('A/RES/97/41 (14 December 2042), preamble, ¶2');
		expect(paragraphCitation(document, at(resolution, 'res9741-1'))).toBe('A/RES/97/41 (14 December 2042), ¶1');
		expect(embedFrame(resolution, second, en).title).toBe('Preamble ¶2');
		expect(markRanges(document.paragraphs)).toBe('preamble ¶1–4; ¶1–3');
		expect(resolution.warnings.filter((w) => w.kind !== 'no-theme')).toEqual([]);
	});

	it('is found by a search for words only the preamble has', () => {
		const outcome = indexOf(resolution).search('topsoil herders');
		expect(outcome.match).toBe('all');
		expect(outcome.hits[0]?.paragraph.id).toBe('res9741-5');
		const reply = firstResponse(conclusions.execute({ query: 'topsoil' }, contextFor(resolution)));
		if (reply.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(reply.data)).toEqual([]);
		expect(JSON.stringify(reply.data)).toContain('preamble ¶2');
	});

	it.each([
		['preamble 2', 'res9741-5'],
		['Preamble ¶2', 'res9741-5'],
		['preamble, ¶4', 'res9741-7'],
		['2', 'res9741-2'],
	])('%j is %s', (typed, id) => {
		expect(resolveParagraph(resolution, typed, undefined)).toMatchObject({ ok: true, paragraph: { id } });
	});

	// A preamble prints no numbers, and the operative paragraphs stop at 3: `4` and `5` are nothing printed.
	it.each([['4'], ['5']])('%j is out of range', (typed) => {
		expect(resolveParagraph(resolution, typed, undefined)).toMatchObject({ ok: false, reason: 'out-of-range' });
	});

	it('/quote preamble 2 quotes it; preamble 9 says the ranges', () => {
		const context = contextFor(resolution, requester('en-US'));
		const found = firstResponse(quote.execute({ paragraph: 'preamble 2' }, context));
		if (found.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(found.data)).toEqual([]);
		expect(found.data.embeds?.[0]?.title).toBe('Preamble ¶2');
		expect(found.data.embeds?.[0]?.description).toContain('prolonged drought');
		const missing = firstResponse(quote.execute({ paragraph: 'preamble 9' }, context));
		expect(missing).toMatchObject({
			data: {
				content:
					'There is no paragraph “preamble 9”. Valid paragraphs: A/RES/97/41 preamble ¶1–4; ¶1–3. Try `/quote preamble 4`.',
			},
		});
	});

	it('autocomplete offers it for "preamble 2"', () => {
		const context = contextFor(resolution, requester('en-US'));
		expect(quote.autocomplete({ paragraph: 'preamble 2' }, 'paragraph', context)[0]?.value).toBe('res9741-5');
	});

	it('◀ ▶ walk the document in order: the last preambular paragraph leads to ¶1', () => {
		const view = paragraphView(resolution, at(resolution, 'res9741-7'), {
			ephemeral: true,
			canPostPublicly: true,
			messages: en,
		});
		expect(view.content).toBe(
			'-# A/RES/97/41 (14 December 2042), preamble, ¶4 — Combating desertification and drought in dryland farming communities',
		);
		const buttons = (view.components?.[0] as { components: { label?: string; custom_id?: string }[] }).components;
		expect(buttons.slice(0, 2).map((b) => [b.label, b.custom_id])).toEqual([
			['◀ preamble ¶3', 'q:res9741-6:p'],
			['¶1 ▶', 'q:res9741-1:n'],
		]);
	});

	it('the CLI quotes `preamble 2`', () => {
		const core = new BotCore({ corpus: resolution, index: indexOf(resolution) }, commands);
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['quote', 'preamble', '2'], () => core, out)).toBe(0);
		expect(stdout).toMatch(/^A\/RES\/97\/41 \(14 December 2042\), preamble, ¶2/u);
	});

	it('comes back from the corpus snapshot with its place in the preamble', () => {
		const options = { only: ['res9741'], cacheDir };
		loadCorpus(dir, options);
		const again = loadCorpus(dir, options);
		expect(again.paragraphs).toEqual(resolution.paragraphs);
	});
});

describe('the annex of a letter whose body has no numbered paragraph', () => {
	const first = at(letter, 's203877-1');
	const document = letter.documents[0]!;

	it('is cited as the annex’s, under the annex’s section', () => {
		expect(paragraphCitation(document, first)).toBe('S/2038/77 (3 February 2038), annex, ¶1');
		expect(first.section).toBe(
			'Annex — Conclusions of the country configuration meeting on youth employment and reintegration',
		);
		expect(embedFrame(letter, first, en).title).toBe(
			'Annex ¶1 · Conclusions of the country configuration meeting on youth employment and reintegration',
		);
		expect(markRanges(document.paragraphs)).toBe('annex ¶1–3');
		expect(resolveParagraph(letter, 'annex 3', undefined)).toMatchObject({ ok: true, paragraph: { id: 's203877-3' } });
		expect(resolveParagraph(letter, '3', undefined)).toMatchObject({ ok: true, paragraph: { id: 's203877-3' } });
		expect(letter.warnings.filter((w) => w.kind !== 'no-theme')).toEqual([]);
	});
});
