import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	InteractionResponseType,
	type APIButtonComponent,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { cite } from '../../src/buttons/paragraph-actions.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { paragraphRanges, resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { citedMark, markRanges, paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import type { Corpus, Paragraph } from '../../src/corpus/types.ts';
import { previewLines } from '../../src/import/data-check.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { paragraphChoice } from '../../src/render/choices.ts';
import { citations, paragraphCitation } from '../../src/render/citation.ts';
import { postButton, readFullButton } from '../../src/render/paragraph-buttons.ts';
import { embedFrame } from '../../src/render/paragraph-embed.ts';
import { paragraphView } from '../../src/render/paragraph-view.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { themePage } from '../../src/render/themes-view.ts';
import { contextFor, indexOf, requester, seedDataCopy } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * A report whose two annexes number their paragraphs from 1 again: the corpus holds them as ¶4–6 (ids `mediation-4`
 * to `mediation-6`), the document calls them annex ¶1–2 and annex II ¶1, and that is what readers must see and cite.
 */
const TEXT = `A/99/101

Mediation support

I. Introduction

1. Mediation is one of the most effective methods of preventing conflict.

2. The present report describes the support the Organization gives to mediators.

II. Recommendations

3. Member States are encouraged to support mediation with funds and staff.

Annex

Guidance for effective mediation: key fundamentals

1. Preparedness. Mediators need to know the conflict and its parties before they begin.

2. Consent. Mediation requires the consent of the parties to the conflict.

Annex II

Mediation resources

1. Rosters. The Organization keeps a roster of experienced mediators.
`;
const META = {
	symbol: 'A/99/101',
	title: 'Mediation support',
	shortTitle: 'Mediation support (fixture)',
	publisher: 'Test fixture (not a United Nations document)',
	kind: 'Report',
	releaseDate: '2044-09-10',
	sourceUrl: 'https://example.org/fixtures/mediation.txt',
};

const dir = seedDataCopy('annex-marks-');
writeFileSync(join(dir, 'documents', 'mediation.json'), JSON.stringify(META));
writeFileSync(join(dir, 'documents', 'mediation.txt'), TEXT);
const cacheDir = mkdtempSync(join(tmpdir(), 'annex-marks-cache-'));
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
});

const report = loadCorpus(dir, { only: ['mediation'] });
const both = loadCorpus(dir, { only: ['sg2084', 'mediation'] });
const en = messagesFor('en-US');
const at = (corpus: Corpus, id: string): Paragraph => {
	const p = corpus.paragraphById.get(id);
	if (!p) throw new Error(`no ${id}`);
	return p;
};
const labelOf = (button: APIButtonComponent) => ('label' in button ? button.label : undefined);
const body = at(report, 'mediation-3');
const annexFirst = at(report, 'mediation-4');
const annexSecond = at(report, 'mediation-5');
const annexTwo = at(report, 'mediation-6');
const document = report.documents[0]!;

describe('a paragraph of an annex that restarts its numbers', () => {
	it('is held under the body’s next number and knows what the document calls it', () => {
		expect(report.paragraphs.map((p) => [p.id, p.inAnnex])).toEqual([
			['mediation-1', undefined],
			['mediation-2', undefined],
			['mediation-3', undefined],
			['mediation-4', { annex: 'Annex', number: 1 }],
			['mediation-5', { annex: 'Annex', number: 2 }],
			['mediation-6', { annex: 'Annex II', number: 1 }],
		]);
		// The document's own number is its mark, no words of its text (as a body paragraph's).
		expect(annexFirst.text).toMatch(/^Preparedness\./u);
	});

	it.each([
		['body', body, '¶3', '¶3', 'para. 3'],
		['annex', annexFirst, 'annex ¶1', 'annex, ¶1', 'annex, para. 1'],
		['annex II', annexTwo, 'annex II ¶1', 'annex II, ¶1', 'annex II, para. 1'],
	])('%s: marked as the document numbers it', (_, p, mark, cited, apa) => {
		expect(paragraphMark(p)).toBe(mark);
		expect(citedMark(p)).toBe(cited);
		expect(citedMark(p, 'para. ')).toBe(apa);
	});

	it('names the annex by its first word in lower case and its designator as printed', () => {
		expect(paragraphMark({ number: 9, inAnnex: { annex: 'APPENDIX A', number: 2 } })).toBe('appendix A ¶2');
		expect(citedMark({ number: 9, inAnnex: { annex: 'ANNEX 2', number: 2 } })).toBe('annex 2, ¶2');
	});

	it('lists a document’s paragraphs as ranges in its own numbering', () => {
		expect(markRanges(document.paragraphs)).toBe('¶1–3; annex ¶1–2; annex II ¶1');
		expect(paragraphRanges(both.documents)).toBe('SG/2084 ¶1–10, A/99/101 ¶1–3; annex ¶1–2; annex II ¶1');
	});

	it('comes back from the corpus snapshot with its annex and printed number', () => {
		const options = { only: ['sg2084', 'mediation'], cacheDir };
		const events: string[] = [];
		loadCorpus(dir, { ...options, onCache: (e) => events.push(e.kind) });
		const again = loadCorpus(dir, { ...options, onCache: (e) => events.push(e.kind) });
		expect(events).toEqual(['built', 'loaded']);
		expect(again.paragraphs).toEqual(both.paragraphs);
		expect(again.paragraphById.get('mediation-6')?.inAnnex).toEqual({ annex: 'Annex II', number: 1 });
	});
});

describe('what readers see of an annex paragraph', () => {
	it('embed titles name the annex and its number (its section without the annex said twice); body titles unchanged', () => {
		expect(embedFrame(report, annexFirst, en).title).toBe(
			'Annex ¶1 · Guidance for effective mediation: key fundamentals',
		);
		expect(embedFrame(report, annexTwo, en).title).toBe('Annex II ¶1 · Mediation resources');
		expect(embedFrame(report, body, en).title).toBe('¶3 · II. Recommendations');
	});

	it('short and full citations are the document’s own references', () => {
		expect(paragraphCitation(document, annexFirst)).toBe('A/99/101 (10 September 2044), annex, ¶1');
		expect(paragraphCitation(document, annexTwo)).toBe('A/99/101 (10 September 2044), annex II, ¶1');
		expect(paragraphCitation(document, body)).toBe('A/99/101 (10 September 2044), ¶3');
		const { plain, apa } = citations(document, annexFirst, 'v1');
		expect(plain).toBe(
			'A/99/101, “Mediation support”, report, 10 September 2044, annex, ¶1. https://example.org/fixtures/mediation.txt (quoted from corpus v1)',
		);
		expect(apa).toBe(
			'Test fixture (not a United Nations document). (2044, September 10). Mediation support (Report A/99/101, annex, para. 1). https://example.org/fixtures/mediation.txt',
		);
		expect(plain).not.toContain('¶4');
	});

	it('the quote view: citation line, ◀ ▶ and Cite by the document’s numbers, custom ids by the corpus’s', () => {
		const view = paragraphView(report, annexFirst, { ephemeral: true, canPostPublicly: true, messages: en });
		expect(validateMessage({ ...view, allowed_mentions: { parse: [] } })).toEqual([]);
		expect(view.content).toBe('-# A/99/101 (10 September 2044), annex, ¶1 — Mediation support');
		const buttons = (view.components?.[0] as { components: { label?: string; custom_id?: string }[] }).components;
		expect(buttons.map((b) => [b.label, b.custom_id])).toEqual([
			['◀ ¶3', 'q:mediation-3:p'],
			['annex ¶2 ▶', 'q:mediation-5:n'],
			['Cite annex ¶1', 'cite:mediation-4'],
			['Post annex ¶1', 'post:mediation-4'],
		]);
		const last = paragraphView(report, annexSecond, { ephemeral: false, canPostPublicly: true, messages: en });
		const nav = (last.components?.[0] as { components: { label?: string }[] }).components.map((b) => b.label);
		expect(nav.slice(0, 2)).toEqual(['◀ annex ¶1', 'annex II ¶1 ▶']);
	});

	it.each([
		['en-US', 'Read full annex ¶1', 'Post annex ¶1'],
		['fr', 'Lire annex ¶1 en entier', 'Publier annex ¶1'],
		['es-ES', 'Leer annex ¶1 completo', 'Publicar annex ¶1'],
	])('%s: button labels take the mark', (locale, readFull, post) => {
		const m = messagesFor(locale);
		expect(labelOf(readFullButton(annexFirst, m))).toBe(readFull);
		expect(labelOf(postButton(annexFirst, m))).toBe(post);
		expect(labelOf(readFullButton(body, m))).toBe(readFull.replace('annex ¶1', '¶3'));
	});

	it('the Cite button answers with the document’s own reference', async () => {
		const response = firstResponse(await cite.handle('cite:mediation-4', contextFor(report)));
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(response.data)).toEqual([]);
		expect(response.data.content).toMatch(/^\*\*Cite annex ¶1 of A\/99\/101\*\*/u);
		expect(response.data.content).toContain('10 September 2044, annex, ¶1.');
		expect(response.data.content).toContain('(Report A/99/101, annex, para. 1)');
	});

	it('autocomplete choices name it so, keep the id as value, and read back to the same paragraph', () => {
		expect(paragraphChoice(report, annexFirst)).toMatchObject({
			name: expect.stringMatching(/^annex ¶1 · Conflict prevention — “Preparedness\./u) as string,
			value: 'mediation-4',
		});
		expect(paragraphChoice(both, annexTwo).name).toMatch(/^A\/99\/101 annex II ¶1 · /u);
		expect(paragraphChoice(report, body).name).toMatch(/^¶3 · /u);
		// A client may submit a choice's name instead of its value.
		for (const corpus of [report, both]) {
			for (const p of corpus.paragraphs) {
				const typed = paragraphChoice(corpus, p).name;
				expect(resolveParagraph(corpus, typed, undefined)).toMatchObject({ ok: true, paragraph: { id: p.id } });
			}
		}
	});

	it('the themes view lists it by its own number', () => {
		const page = themePage(report, report.themeById.get('conflict-prevention')!, 0, en);
		expect(page.embeds?.[0]?.description).toMatch(/\*\*¶3\*\* — [\s\S]*\*\*annex ¶1\*\* — Preparedness/u);
	});

	it('the data check’s preview names it and the id overrides use', () => {
		expect(previewLines(report, 'mediation')[3]).toMatch(/^annex ¶1 \(mediation-4\) \[Annex — Guidance/u);
		expect(previewLines(report, 'mediation')[2]).toMatch(/^¶3 \[II\. Recommendations\] /u);
	});
});

describe('reaching an annex paragraph', () => {
	it.each([
		['annex 1', 'mediation-4'],
		['Annex ¶2', 'mediation-5'],
		['annex, ¶1', 'mediation-4'],
		['annex II 1', 'mediation-6'],
		['Annex II, ¶1', 'mediation-6'],
		['¶3', 'mediation-3'],
	])('%j is %s', (typed, id) => {
		expect(resolveParagraph(report, typed, undefined)).toMatchObject({ ok: true, paragraph: { id } });
	});

	// `4` is printed nowhere (the body's ¶1–3, the annexes' own): not the annex's ¶1 held fourth.
	it.each([['annex 3'], ['annex II 2'], ['appendix 1'], ['4']])('%j is out of range', (typed) => {
		expect(resolveParagraph(report, typed, undefined)).toMatchObject({ ok: false, reason: 'out-of-range' });
	});

	it('/quote annex 1 quotes it, and says the ranges in the document’s numbers when there is none', () => {
		const context = contextFor(report, requester('en-US'));
		const found = firstResponse(quote.execute({ paragraph: 'annex 1' }, context));
		if (found.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		const data: APIInteractionResponseCallbackData = found.data;
		expect(validateMessage(data)).toEqual([]);
		expect(data.embeds?.[0]?.title).toMatch(/^Annex ¶1 · /u);
		const missing = firstResponse(quote.execute({ paragraph: 'annex 9' }, context));
		expect(missing).toMatchObject({
			data: {
				content:
					'There is no paragraph “annex 9”. Valid paragraphs: A/99/101 ¶1–3; annex ¶1–2; annex II ¶1. Try `/quote annex 2`.',
			},
		});
	});

	it('autocomplete offers it for "annex 1" and for its printed number', () => {
		const context = contextFor(report, requester('en-US'));
		const byName = quote.autocomplete({ paragraph: 'annex 1' }, 'paragraph', context);
		expect(byName[0]?.value).toBe('mediation-4');
		const byNumber = quote.autocomplete({ paragraph: '1' }, 'paragraph', context);
		expect(byNumber.map((c) => c.value)).toEqual(['mediation-1', 'mediation-4', 'mediation-6']);
	});

	it('the CLI quotes `annex 1` and prints the document’s reference and mark', () => {
		const core = new BotCore({ corpus: report, index: indexOf(report) }, commands);
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['quote', 'annex', '1'], () => core, out)).toBe(0);
		expect(stdout).toMatch(/^A\/99\/101 \(10 September 2044\), annex, ¶1 — Annex — Guidance/u);
		stdout = '';
		expect(runCli(['quote', 'annex', '1', '--json'], () => core, out)).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ id: 'mediation-4', paragraph: 4, mark: 'annex ¶1' });
	});
});
