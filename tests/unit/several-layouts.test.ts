import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/console/cli-commands.ts';
import { banner } from '../../src/console/console.ts';
import { parseLine } from '../../src/console/parse-line.ts';
import { renderResponse } from '../../src/console/render-text.ts';
import { documentChoices } from '../../src/render/choices.ts';
import { findDocument } from '../../src/corpus/lookup.ts';
import { commands } from '../../commands/index.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { LAYOUT_DOCUMENTS, layoutsCore, seedCore, seedDataCopy } from '../helpers/corpus.ts';

/** SG/2084 with the annex (A/60/341), the bullet summing-up (SG/2111) and the extract starting at ¶12 (A/61/256). */
const core = layoutsCore();
const corpus = core.context.corpus;

function cli(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = runCli(argv, () => core, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

function embedsOf(response: APIInteractionResponse) {
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	return response.data.embeds ?? [];
}

const SUB_ITEMS =
	'which would:\n(a) Follow up on the conclusions of the high-level meetings and report on their implementation to ' +
	'each subsequent meeting;\n(b) Identify areas';

describe('a corpus of several layouts', () => {
	it('orders the paragraphs by position, whatever their numbers (the extract starts at ¶12 and skips ¶15)', () => {
		expect(corpus.paragraphs.map((p) => p.order)).toEqual(corpus.paragraphs.map((_, i) => i));
		expect(corpus.documentBySlug.get('numbered-extract')?.paragraphs.map((p) => p.number)).toEqual([
			12, 13, 14, 16, 17, 18,
		]);
	});
});

describe('documents are named as people name them', () => {
	it.each([
		['sg2084', 'sg2084'],
		['SG/2084', 'sg2084'],
		['sg/2084', 'sg2084'],
		[' SG / 2084 ', 'sg2084'],
		['SG2084', 'sg2084'],
		['A/61/256', 'numbered-extract'],
		['a/61/256', 'numbered-extract'],
		[
			'SG/2111 · Summing-up of the Seventh UN–Regional Organizations High-Level Meeting (fixture)',
			'press-release-bullets',
		],
	])('%j is %s', (name, slug) => {
		expect(findDocument(corpus, name)?.slug).toBe(slug);
	});

	it.each([
		['seventh', 'press-release-bullets'],
		['Sixth meeting', 'annex-roman'],
		['2084', 'sg2084'],
		['peacekeeping', 'numbered-extract'],
	])("%j, words of one document's symbol or title alone, is %s", (name, slug) => {
		expect(findDocument(corpus, name)?.slug).toBe(slug);
	});

	it.each([
		['seventh ¶2', 'press-release-bullets-2'],
		['sg2084 3', 'sg2084-3'],
		['2084 ¶3', 'sg2084-3'],
	])('quotes %j, a paragraph after a name document: takes, from that document', (typed, id) => {
		const found = resolveParagraph(corpus, typed, undefined);
		expect(found.ok && found.paragraph.id).toBe(id);
	});

	it('reads a part before a number as that part, and words several documents have as no document', () => {
		expect(resolveParagraph(corpus, 'annex 1', undefined)).toMatchObject({ ok: false, reason: 'needs-document' });
		expect(resolveParagraph(corpus, 'meeting 2', undefined)).toMatchObject({ ok: false });
	});

	it('finds nothing for a name no document has, nor for words several documents have', () => {
		expect(findDocument(corpus, 'S/2005/1')).toBeUndefined();
		expect(findDocument(corpus, '')).toBeUndefined();
		expect(findDocument(corpus, 'high-level meeting')).toBeUndefined();
		expect(findDocument(corpus, 'seventh meeting on climate')).toBeUndefined();
		// A small word names no document, though one title alone has it ("… organizations in peacekeeping").
		expect(findDocument(corpus, 'in')).toBeUndefined();
	});
});

describe('a quote in every door: own number, section, text as published', () => {
	it('quote --json gives ¶4 of the annex with its sub-items on their own lines', () => {
		const { code, stdout, stderr } = cli(['quote', '4', '--document', 'A/60/341', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(stdout) as Record<string, unknown>;
		expect(json).toMatchObject({
			id: 'annex-roman-4',
			document: 'annex-roman',
			paragraph: 4,
			section: 'II. Framework for cooperation',
		});
		expect(json.text).toContain(SUB_ITEMS);
		// The extract's jump in numbers is said: on stderr, never in the JSON.
		expect(stderr).toMatch(/^warning: .*the numbers jump from ¶14 to ¶16 \(¶15 is not in this extract\)/mu);
	});

	it('search --json cites the extract by its own numbers and the bullets without their markers', () => {
		const json = JSON.parse(cli(['search', 'standby', 'force', '--json']).stdout) as {
			results: { id: string; paragraph: number; section: string | null; text: string }[];
		};
		expect(json.results.map((r) => [r.id, r.paragraph, r.section])).toEqual(
			expect.arrayContaining([
				['numbered-extract-14', 14, 'B. Peacekeeping'],
				['press-release-bullets-2', 2, null],
			]),
		);
		for (const result of json.results) expect(result.text).not.toMatch(/^(?:--|•|\d+\.)\s/u);
		expect(json.results.find((r) => r.paragraph === 14)?.text).toContain(
			'following areas:\n• Joint assessment and planning missions',
		);
	});

	it('/quote in Discord shows the number and section as the title, and the sub-items on their own lines', async () => {
		const [embed] = embedsOf(await core.run({ name: 'quote', options: { paragraph: '4', document: 'A/60/341' } }));
		expect(embed?.title).toBe('¶4 · II. Framework for cooperation');
		expect(embed?.description).toContain(SUB_ITEMS);
		expect(embed?.footer?.text).toMatch(/^A\/60\/341 \(26 July 2005\)/);
	});

	it('the console prints the same', async () => {
		const text = renderResponse(await core.run({ name: 'quote', options: { paragraph: '14', document: 'a/61/256' } }), {
			ansi: false,
		});
		expect(text).toContain('¶14 · B. Peacekeeping');
		expect(text).toContain('• Logistics and the management of strategic deployment stocks;');
	});

	it('/quote with a number the document lacks lists the numbers it has', async () => {
		const response = await core.run({ name: 'quote', options: { paragraph: '15', document: 'A/61/256' } });
		expect(JSON.stringify(response)).toContain('A/61/256 ¶12–14, 16–18');
		const { code, stderr } = cli(['quote', '15', '--document', 'A/61/256']);
		expect(code).toBe(2);
		expect(stderr).toContain('there is no ¶15: A/61/256 has ¶12–14, 16–18');
	});

	it('reads on from ¶14 to ¶16 with ▶, over the missing ¶15', async () => {
		const response = await core.run({ name: 'quote', options: { paragraph: '14', document: 'A/61/256' } });
		expect(JSON.stringify(response)).toContain('"label":"¶16 ▶","custom_id":"q:numbered-extract-16:n"');
	});
});

describe('searching across documents', () => {
	it.each([
		// One theme, however a document names the Charter.
		['charter', ['sg2084-2', 'annex-roman-2', 'press-release-bullets-1']],
		['peacekeeping', ['annex-roman-7', 'press-release-bullets-2', 'numbered-extract-14']],
		['mediation', ['press-release-bullets-5', 'numbered-extract-12']],
		['small arms', ['sg2084-8', 'annex-roman-8', 'press-release-bullets-6', 'numbered-extract-18']],
		['terrorism human rights', ['sg2084-4', 'annex-roman-6', 'press-release-bullets-4']],
	])('"%s" finds the paragraphs of every document that answer it', (query, ids) => {
		const found = core.context.index.search(query, {}).hits.map((h) => h.paragraph.id);
		expect(found).toEqual(expect.arrayContaining(ids));
	});

	it('puts "Charter of the United Nations" and "United Nations Charter" under one theme', () => {
		const theme = (id: string) => corpus.paragraphById.get(id)?.themes;
		expect(theme('sg2084-2')).toContain('multilateralism'); // "the United Nations Charter"
		expect(theme('press-release-bullets-1')).toContain('multilateralism'); // "the Charter of the United Nations"
	});

	it('filters by a document named by its symbol', async () => {
		const embeds = embedsOf(
			await core.run({ name: 'conclusions', options: { query: 'terrorism', document: 'SG/2111' } }),
		);
		expect(embeds.length).toBeGreaterThan(0);
		for (const embed of embeds) expect(embed.footer?.text).toMatch(/^SG\/2111 /);
	});
});

describe('the console banner', () => {
	it('names the bundled corpus and counts its document', () => {
		expect(banner(seedCore())).toMatch(
			/^Offline console on the bundled corpus \(1 document: SG\/2084; 10 paragraphs\)/,
		);
		expect(banner(seedCore())).toMatch(/set DISCORD_TOKEN in \.env to connect to Discord instead\.$/);
	});

	it('with a token set (BOT_MODE=console chose it), says how to connect instead of asking for the token', () => {
		expect(banner(seedCore(), true)).toMatch(/BOT_MODE=console keeps it offline: unset it to connect to Discord\.$/);
		expect(banner(seedCore(), true)).not.toContain('set DISCORD_TOKEN');
	});

	it('names the DATA_DIR folder and counts its documents', () => {
		const dir = seedDataCopy('banner-');
		try {
			for (const ext of ['json', 'txt']) {
				cpSync(join(LAYOUT_DOCUMENTS, `annex-roman.${ext}`), join(dir, 'documents', `annex-roman.${ext}`));
			}
			expect(banner(loadBotCore(commands, dir))).toMatch(
				new RegExp(`^Offline console on ${dir} \\(2 documents: SG/2084, A/60/341; 20 paragraphs\\)`),
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the document option in the console and its autocomplete', () => {
	it('takes a symbol typed in a console line', async () => {
		const parsed = parseLine('/quote paragraph:12 document:a/61/256', core);
		if (parsed.kind !== 'command') throw new Error(parsed.kind === 'problem' ? parsed.message : parsed.kind);
		const [embed] = embedsOf(await core.run(parsed.invocation));
		expect(embed?.title).toBe('¶12');
		expect(embed?.footer?.text).toMatch(/^A\/61\/256 /);
	});

	it('offers the documents by symbol and short title, spaces in what is typed forgiven', () => {
		expect(documentChoices(corpus, 'a / 61')).toEqual([
			{
				name: 'A/61/256 · UN–regional cooperation in peacekeeping and capacity-building (fixture extract)',
				value: 'numbered-extract',
			},
		]);
	});
});
