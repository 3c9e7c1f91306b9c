import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	InteractionResponseType,
	type APIInteraction,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { citedMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { paragraphCitation } from '../../src/render/citation.ts';
import { LAYOUT_DOCUMENTS, indexOf, seedDataCopy } from '../helpers/corpus.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';
import { APPLICATION_ID } from '../stand-in/fixtures.ts';
import { buildInteraction, findInConclusions } from '../stand-in/interaction.ts';
import { messageObject } from '../stand-in/messages.ts';
import { validateMessage, type MessageBody } from '../stand-in/validate-message.ts';

/**
 * A chair's summary lettered again from `(a)` under each roman heading prints `(a)` on three paragraphs. Wherever a
 * reader sees or copies one (the reply's title and citation line, the Cite button's citations, the console, the
 * CLI's JSON), it is named with its section (`section II ¶(a)`, cited `section II, ¶(a)`), and "Find in
 * conclusions" reads that citation back to the same paragraph. A letter printed once (`(c)`) keeps `¶(c)`.
 */

const dir = seedDataCopy('repeated-marks-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const add = (slug: string, fixture: string, symbol: string, date: string) => {
	writeFileSync(join(dir, 'documents', `${slug}.txt`), textOf(fixture));
	writeFileSync(
		join(dir, 'documents', `${slug}.json`),
		JSON.stringify({ symbol, title: fixture, shortTitle: fixture, releaseDate: date }),
	);
};
add('mediation', 'chair-summary-lettered-sections-layout', 'FIX/MED/2041', '2041-09-25');
add('cochairs', 'cochairs-summary-sections-layout', 'FIX/VAL/2042', '2042-04-17');
add('forum', 'chair-summary-lettered-items-copied', 'XYZ/FIX/2042/5', '2042-05-14');
const corpus = loadCorpus(dir, {
	only: ['sg2084', 'mediation', 'cochairs', 'forum', 'annex-roman'],
	extraDocumentDirs: [LAYOUT_DOCUMENTS],
});
const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
const mediation = corpus.documentBySlug.get('mediation')!;
const held = (id: string) => corpus.paragraphById.get(id)!;

async function answer(spec: Parameters<typeof buildInteraction>[0]): Promise<APIInteractionResponseCallbackData> {
	const response = await core.handle(buildInteraction(spec, 'token') as unknown as APIInteraction);
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data as MessageBody)).toEqual([]);
	expect(response.data.allowed_mentions).toEqual({ parse: [] });
	return response.data;
}
const slash = (name: string, options: Record<string, string>) => ({
	type: 2,
	data: {
		id: '1100000000000000001',
		name,
		type: 1,
		options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
	},
});
const button = (customId: string) => ({
	type: 3,
	message: { id: '55', channel_id: '1', content: '', embeds: [], components: [], attachments: [] },
	data: { component_type: 2, custom_id: customId },
});
/** What "Find in conclusions" cites from a message: the ids of the paragraphs it shows as cited there. */
async function citedBy(message: Record<string, unknown>): Promise<string[]> {
	const found = await answer(findInConclusions(typeof message.content === 'string' ? message.content : '', message));
	const cited = (found.embeds ?? []).filter((e) => e.fields?.[0]?.value === 'cited in that message');
	return cited.map((e) => e.title ?? '');
}
/** The marks of the paragraphs "Find in conclusions" shows as cited in a message of this text. */
const citedMarks = async (content: string) => (await citedBy({ content })).map((t) => t.split(' · ')[0]);
function cli(args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = runCli(args, () => core, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

describe('a letter printed again under each section is cited with its section', () => {
	it('gives each paragraph a citation of its own; a letter printed once keeps its citation', () => {
		const cited = mediation.paragraphs.map((p) => paragraphCitation(mediation, p).replace(/^.*?\), /u, ''));
		expect(cited).toEqual([
			'section I, ¶(a)',
			'section I, ¶(b)',
			'section II, ¶(a)',
			'section II, ¶(b)',
			'¶(c)',
			'section III, ¶(a)',
			'section III, ¶(b)',
		]);
		expect(new Set(cited).size).toBe(cited.length);
	});

	it.each([
		['II (a)', 'mediation-3'],
		['III (b)', 'mediation-7'],
		['section I ¶(b)', 'mediation-2'],
	])('/quote %s: the title, the citation line and the buttons name its section', async (typed, id) => {
		const data = await answer(slash('quote', { paragraph: typed, document: 'FIX/MED/2041' }));
		const p = held(id);
		const section = /^[IV]+/u.exec(p.section ?? '')?.[0] ?? '';
		const mark = `section ${section} ¶${p.ownMark ?? ''}`;
		expect(data.embeds?.[0]?.title).toBe(`S${mark.slice(1)} · ${p.section ?? ''}`);
		expect(data.content).toContain(`FIX/MED/2041 (25 September 2041), section ${section}, ¶${p.ownMark ?? ''}`);
		const labels = (data.components ?? []).flatMap((row) =>
			'components' in row ? row.components.map((c) => ('label' in c ? c.label : '')) : [],
		);
		expect(labels).toContain(`Cite ${mark}`);
	});

	it('the Cite button gives the section in the plain and APA citations', async () => {
		const data = await answer(button('cite:mediation-3'));
		expect(data.content).toContain('FIX/MED/2041, “chair-summary-lettered-sections-layout”');
		expect(data.content).toContain('25 September 2041, section II, ¶(a).');
		expect(data.content).toContain('section II, para. (a)).');
	});

	it('the console and the CLI’s JSON name the section', () => {
		const text = cli(['quote', 'II (a)', '--document', 'mediation']);
		expect(text.code).toBe(0);
		expect(text.stdout).toMatch(/^FIX\/MED\/2041 \(25 September 2041\), section II, ¶\(a\) — II\. /u);
		const json = cli(['quote', 'III (a)', '--document', 'mediation', '--json']);
		expect(JSON.parse(json.stdout)).toMatchObject({ id: 'mediation-6', mark: 'section III ¶(a)' });
		const search = cli(['search', 'women', 'mediation', '--document', 'mediation', '--json']);
		const results = (JSON.parse(search.stdout) as { results?: { id: string; mark: string }[] }).results ?? [];
		expect(results.find((r) => r.id === 'mediation-3')?.mark).toBe('section II ¶(a)');
	});

	it.each(['mediation-3', 'mediation-6', 'mediation-4', 'mediation-1'])(
		'Find in conclusions reads %s’s citation, as the bot writes it, back to that paragraph',
		async (id) => {
			const p = held(id);
			const line = `As agreed (${paragraphCitation(mediation, p)}), mediation must be inclusive.`;
			expect((await citedBy({ content: line })).map((t) => t.split(' · ')[0])).toEqual([
				`S${paragraphCitation(mediation, p)
					.replace(/^.*?\), /u, '')
					.replace(', ¶', ' ¶')
					.slice(1)}`,
			]);
		},
	);

	it('Find in conclusions on the bot’s own /quote post of section II’s (a) shows that paragraph', async () => {
		const data = await answer(slash('quote', { paragraph: 'II (a)', document: 'FIX/MED/2041' }));
		const post = { ...messageObject(data, APPLICATION_ID), id: '77' };
		expect(await citedBy(post)).toEqual([`Section II ¶(a) · ${held('mediation-3').section ?? ''}`]);
	});

	it('a letter typed alone still quotes the first section’s, naming the others', () => {
		expect(resolveParagraph(corpus, '(a)', mediation)).toMatchObject({
			ok: true,
			paragraph: { id: 'mediation-1' },
			note: { kind: 'part', next: 'II (a)' },
		});
	});

	it('under headings that print no mark, a repeated letter is named by its heading’s words, and read back so', () => {
		const text = [
			'Opening of the meeting',
			'',
			'(a) The meeting was opened by the Chair.',
			'',
			'(b) The Secretary-General addressed the meeting.',
			'',
			'The way forward',
			'',
			'(a) Participants agreed to meet again.',
		].join('\n');
		const parsed = parseSource(text, 'x');
		expect(parsed.paragraphs.map((p) => citedMark(p))).toEqual([
			'opening of the meeting, ¶(a)',
			'¶(b)',
			'the way forward, ¶(a)',
		]);
		const paragraphs = parsed.paragraphs.map((p, order) => ({
			...p,
			id: `plain-${p.number}`,
			document: 'plain',
			searchText: p.text,
			themes: [],
			order,
		}));
		const plain = {
			slug: 'plain',
			symbol: 'X/1',
			title: 'x',
			shortTitle: 'x',
			releaseDate: '2041-01-01',
			preamble: null,
			paragraphs,
		};
		const alone = {
			...corpus,
			documents: [plain],
			paragraphs,
			paragraphById: new Map(paragraphs.map((p) => [p.id, p])),
			documentBySlug: new Map([['plain', plain]]),
		};
		expect(resolveParagraph(alone, 'the way forward, ¶(a)', plain)).toMatchObject({
			ok: true,
			paragraph: { id: 'plain-3' },
		});
		expect(resolveParagraph(alone, '(a)', plain)).toMatchObject({
			ok: true,
			paragraph: { id: 'plain-1' },
			note: { kind: 'part', next: 'the way forward (a)' },
		});
	});

	it('a document whose marks are all printed once keeps its citations (SG/2084)', () => {
		const sg = corpus.documentBySlug.get('sg2084')!;
		expect(paragraphCitation(sg, sg.paragraphs[2]!)).toBe('SG/2084 (31 July 2003), ¶3');
		expect(sg.paragraphs.some((p) => p.markPart !== undefined)).toBe(false);
	});
});

describe('Find in conclusions reads a citation that names the section as readers write it', () => {
	it.each([
		['FIX/VAL/2042 (17 April 2042), section II, ¶3', 'Section II ¶3'],
		['see FIX/VAL/2042, Section II para 3.', 'Section II ¶3'],
		['FIX/VAL/2042 section IV, paragraph 2', 'Section IV ¶2'],
		['FIX/VAL/2042, sect. III, para. 1', 'Section III ¶1'],
	])('a section that numbers its own: “%s” → %s', async (content, mark) => {
		expect(await citedMarks(content)).toEqual([mark]);
	});

	it.each([
		['FIX/MED/2041 sect. II (a)', 'Section II ¶(a)'],
		['FIX/MED/2041, Section III para (b)', 'Section III ¶(b)'],
		['FIX/MED/2041 section II ¶(c) says so', '¶(c)'],
	])('a letter under its section: “%s” → %s', async (content, mark) => {
		expect(await citedMarks(content)).toEqual([mark]);
	});

	it('a document numbered straight through under roman headings: the number, when it stands in that section', async () => {
		expect(await citedMarks('A/60/341, section III, ¶5')).toEqual(['¶5']);
		expect(await citedMarks('A/60/341 Section II para 4')).toEqual(['¶4']);
	});

	it('a letter or number several sections print, cited without its section: each shown as cited, none silently chosen', async () => {
		expect(await citedMarks('FIX/MED/2041, ¶(a)')).toEqual(['Section I ¶(a)', 'Section II ¶(a)', 'Section III ¶(a)']);
		expect(await citedMarks('FIX/MED/2041 para. (c)')).toEqual(['¶(c)']);
		expect(await citedMarks('FIX/VAL/2042, ¶3')).toEqual(['Section II ¶3']);
		expect((await citedMarks('FIX/VAL/2042, ¶1')).length).toBeGreaterThan(1);
	});

	it('a section’s paragraph the document lacks is said, not read as another', async () => {
		const found = await answer(findInConclusions('FIX/VAL/2042, section II, ¶9'));
		expect(found.content).toContain('FIX/VAL/2042 has no section II ¶9');
		expect(await citedMarks('A/60/341, section II, ¶5')).toEqual([]);
	});
});

describe('an item typed after a letter several sections print', () => {
	const forum = corpus.documentBySlug.get('forum')!;
	const quoted = async (paragraph: string, document = 'XYZ/FIX/2042/5') =>
		answer(slash('quote', { paragraph, document }));

	it('parses the fixture: each (a) with its items, named by its section', () => {
		const { want, parsed } = parsedFixture('chair-summary-lettered-items-copied');
		expectAsExpected(parsed, want);
	});

	it.each([
		['(b)(ii)', 'mediation', 'mediation-4'],
		['(b) (ii)', 'mediation', 'mediation-4'],
		['II(b)(ii)', 'mediation', 'mediation-4'],
		['(a)(iii)', 'forum', 'forum-5'],
		['II (a)(i)', 'forum', 'forum-3'],
		['section I (a) (ii)', 'forum', 'forum-1'],
	])('`%s` in %s reaches the one paragraph that holds the item', (typed, slug, id) => {
		const found = resolveParagraph(corpus, typed, corpus.documentBySlug.get(slug));
		expect(found).toMatchObject({ ok: true, paragraph: { id }, note: { kind: 'item' } });
	});

	it('/quote (a)(i), where sections I, II and III each print an (a) holding (i): which section, with forms that work', async () => {
		expect(resolveParagraph(corpus, '(a)(i)', forum)).toMatchObject({
			ok: false,
			reason: 'which-section',
			forms: ['I (a) (i)', 'II (a) (i)', 'III (a) (i)'],
		});
		const data = await quoted('(a)(i)');
		expect(data.flags).toBe(64);
		expect(data.content).toBe(
			'“(a)(i)” is in more than one section: which section? Name it first, as in ' +
				'`/quote I (a) (i) document:XYZ/FIX/2042/5` or `/quote II (a) (i) document:XYZ/FIX/2042/5` or ' +
				'`/quote III (a) (i) document:XYZ/FIX/2042/5`.',
		);
		// Each form offered quotes its section's (a).
		for (const [form, id, section] of [
			['I (a) (i)', 'forum-1', 'I'],
			['II (a) (i)', 'forum-3', 'II'],
			['III (a) (i)', 'forum-5', 'III'],
		] as const) {
			expect((await quoted(form)).embeds?.[0]?.title).toBe(`Section ${section} ¶(a) · ${held(id).section ?? ''}`);
		}
	});

	it('/quote (b)(ii) in the mediation summary quotes section II’s (b), saying the item is inside it', async () => {
		const data = await quoted('(b)(ii)', 'FIX/MED/2041');
		expect(data.embeds?.[0]?.title).toBe(`Section II ¶(b) · ${held('mediation-4').section ?? ''}`);
	});

	it('an item no section’s letter holds names no paragraph (out of range)', () => {
		expect(resolveParagraph(corpus, '(b)(i)', forum)).toMatchObject({ ok: false, reason: 'out-of-range' });
	});

	it('the CLI asks which section too', () => {
		const which = cli(['quote', '(a)(i)', '--document', 'forum']);
		expect(which.code).toBe(2);
		expect(which.stdout).toBe('');
		expect(which.stderr).toContain(
			'(a)(i) is in more than one section: which section? try quote I (a) (i) or quote II (a) (i) or quote III (a) (i)',
		);
		const unique = cli(['quote', '(a)(iii)', '--document', 'forum']);
		expect(unique.code).toBe(0);
		expect(unique.stdout).toMatch(/^XYZ\/FIX\/2042\/5 \(14 May 2042\), section III, ¶\(a\) — /u);
		expect(unique.stderr).toContain('item (iii) is inside section III ¶(a)');
	});
});
