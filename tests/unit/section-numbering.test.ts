import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, indexOf, requester, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * Documents whose sections each number their paragraphs from 1: a co-chairs' summary (`I.` 1–2, `II.` 1–3, …) and
 * the Council of Europe Deputies' decisions (`Item 2.3`, then decisions 1–3). Every paragraph is kept, cited by its
 * section and the number it prints, and reachable by that mark.
 */

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `fixture` imported into a fresh data folder as `npm run import -- <file> --symbol <symbol>` does. */
async function imported(fixture: string, symbol: string) {
	const dir = seedDataCopy('sections-');
	const work = mkdtempSync(join(tmpdir(), 'sections-file-'));
	scratch.push(dir, work);
	const file = join(work, `${fixture}.txt`);
	writeFileSync(file, textOf(fixture));
	const result = await importCli([file, '--symbol', symbol], dir);
	return { ...result, corpus: loadCorpus(dir) };
}

describe.each([
	['cochairs-summary-sections-layout', "a co-chairs' summary numbered from 1 in each roman section"],
	['coe-deputies-decisions-copied', 'Committee of Ministers decisions numbered from 1 under each item'],
])('%s: %s', (name) => {
	it('keeps every paragraph, cited by its section and printed number, with its exact text', () => {
		const { want, parsed } = parsedFixture(name);
		expectAsExpected(parsed, want);
	});
});

describe("a co-chairs' summary imported", () => {
	const run = imported('cochairs-summary-sections-layout', "Co-Chairs' Summary Valletta 2042");

	it('is written without a numbering complaint, all nine paragraphs held', async () => {
		const { code, all, corpus } = await run;
		expect(code, all).toBe(0);
		expect(all).not.toMatch(/goes back|not read as a heading|in no paragraph/u);
		const document = corpus.documents.find((d) => d.symbol === "Co-Chairs' Summary Valletta 2042");
		expect(document?.paragraphs.map(paragraphMark)).toEqual([
			'section I ¶1',
			'section I ¶2',
			'section II ¶1',
			'section II ¶2',
			'section II ¶3',
			'section III ¶1',
			'section III ¶2',
			'section IV ¶1',
			'section IV ¶2',
		]);
	});

	it('answers the CLI\'s `quote "section II 3"`, `quote II.3` and `quote "II 3"` with section II\'s third paragraph', async () => {
		const { corpus } = await run;
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		const slug = corpus.documents.find((d) => d.symbol.startsWith('Co-Chairs'))?.slug ?? '';
		for (const typed of [['section', 'II', '3'], ['section 2 ¶3'], ['II.3'], ['II 3'], ['II ¶3']]) {
			let stdout = '';
			const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
			expect(
				runCli(['quote', ...typed, '--document', slug], () => core, out),
				typed.join(' '),
			).toBe(0);
			expect(stdout).toMatch(/, section II, ¶3 — II\. ILLEGAL, UNREPORTED AND UNREGULATED FISHING\n/u);
			expect(stdout).toContain('Several delegations underlined the need to strengthen');
		}
	});

	it('answers /quote section III ¶2 and refuses a paragraph the section does not have', async () => {
		const { corpus } = await run;
		const document = corpus.documents.find((d) => d.symbol.startsWith('Co-Chairs'));
		const context = contextFor(corpus, requester('en-US'));
		const symbol = document?.symbol ?? '';
		const found = firstResponse(quote.execute({ paragraph: `${symbol} section III ¶2` }, context));
		if (found.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(found.data)).toEqual([]);
		expect(found.data.embeds?.[0]?.title).toMatch(/^Section III ¶2 · /u);
		expect(resolveParagraph(corpus, 'section IV 3', document)).toMatchObject({ ok: false, reason: 'out-of-range' });
	});
});

describe('Committee of Ministers decisions imported', () => {
	const run = imported('coe-deputies-decisions-copied', 'CM/Del/Dec(2042)1618');

	it('holds all seven decisions, none lost or run together, and quotes item 2.3 ¶3', async () => {
		const { code, all, corpus } = await run;
		expect(code, all).toBe(0);
		expect(all).not.toMatch(/goes back|in no paragraph|read as unnumbered/u);
		const document = corpus.documents.find((d) => d.symbol === 'CM/Del/Dec(2042)1618');
		expect(document?.paragraphs.map(paragraphMark)).toEqual([
			'item 1.5 ¶1',
			'item 1.5 ¶2',
			'item 2.3 ¶1',
			'item 2.3 ¶2',
			'item 2.3 ¶3',
			'item 10.2 ¶1',
			'item 10.2 ¶2',
		]);
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['quote', 'item', '2.3', '¶3', '--document', document?.slug ?? ''], () => core, out)).toBe(0);
		expect(stdout).toMatch(/^CM\/Del\/Dec\(2042\)1618 \(9 October 2042\), item 2\.3, ¶3 — Item 2\.3 — Situation/u);
		expect(stdout).toContain('invited the Secretary General to continue to mobilise voluntary contributions');
	});
});

describe('decisions as pdftotext -layout gives them, wrapped, with no blank line between them', () => {
	it('are one paragraph each, a line closed by ";" ending the decision above; a numbered theme heads its items', () => {
		const parsed = parseSource(
			[
				'2. Democracy and political questions',
				'',
				'Item 2.3',
				'',
				'Situation in the Republic of Moldova – Council of Europe Action Plan 2041-2044: progress',
				'review report',
				'',
				'Decisions',
				'',
				'The Deputies',
				'',
				'1.     took note of the progress review report on the implementation of the Action Plan,',
				'       as it appears in document GR-DEM(2042)14;',
				'2.     welcomed the results achieved so far in the fields of the judiciary, local self-',
				'       government and the fight against corruption;',
				'3.     invited the Secretary General to continue to mobilise voluntary contributions.',
				'',
				'Item 2.4',
				'',
				'Co-operation with civil society – Report of the Conference of INGOs',
				'',
				'Decisions',
				'',
				'The Deputies',
				'',
				'1.     took note of the report of the Conference of INGOs;',
				'2.     agreed to transmit it to the Parliamentary Assembly.',
			].join('\n'),
			'Decisions adopted',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			[
				'item 2.3 ¶1',
				'took note of the progress review report on the implementation of the Action Plan, as it appears in document GR-DEM(2042)14;',
			],
			[
				'item 2.3 ¶2',
				'welcomed the results achieved so far in the fields of the judiciary, local self-government and the fight against corruption;',
			],
			['item 2.3 ¶3', 'invited the Secretary General to continue to mobilise voluntary contributions.'],
			['item 2.4 ¶1', 'took note of the report of the Conference of INGOs;'],
			['item 2.4 ¶2', 'agreed to transmit it to the Parliamentary Assembly.'],
		]);
		expect(parsed.paragraphs[0]?.section).toBe(
			'Item 2.3 — Situation in the Republic of Moldova – Council of Europe Action Plan 2041-2044: progress review report',
		);
		expect(parsed.problems).toEqual([]);
	});
});

describe('numbers that go back where sections do not number their own', () => {
	it('a typo inside a section that numbers its own is still said', () => {
		const parsed = parseSource(
			'I. Opening\n\n1. The meeting opened.\n\n2. It adopted its agenda.\n\nII. Trade\n\n1. Ministers met.\n\n2. They agreed.\n\n2. They parted.\n',
			'T',
		);
		expect(parsed.problems).toEqual([
			{ line: 13, message: '"2." after ¶2 repeats or goes back; kept as text of section II ¶2' },
		]);
		expect(parsed.paragraphs.map(paragraphMark)).toEqual([
			'section I ¶1',
			'section I ¶2',
			'section II ¶1',
			'section II ¶2',
		]);
	});

	it("a 1. under the first heading after paragraphs under none is kept as that part's, and said", () => {
		const parsed = parseSource(
			'1. The first.\n\n2. The second.\n\nAdditional standards\n\n1. At least one toilet for every school.\n',
			'T',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text])).toEqual([
			['¶1', 'The first.'],
			['¶2', 'The second.'],
			['additional standards ¶1', 'At least one toilet for every school.'],
		]);
		expect(parsed.problems).toEqual([
			{
				line: 7,
				message: expect.stringMatching(
					/^"1\." after ¶2 starts again under the heading "Additional standards"/u,
				) as string,
				advice: expect.stringContaining('if "1." is a mistake, correct it') as string,
			},
		]);
	});

	it('a section whose numbers go on from the one before breaks the pattern: a later 1. is said', () => {
		const parsed = parseSource(
			'I. Opening\n\n1. The meeting opened.\n\n2. The agenda.\n\nII. Trade\n\n3. Trade one.\n\n4. Trade two.\n\n' +
				'III. Next steps\n\n1. Next one.\n\n2. Next two.\n',
			'T',
		);
		expect(parsed.paragraphs.map(paragraphMark)).toEqual(['¶1', '¶2', '¶3', '¶4', 'section III ¶1', 'section III ¶2']);
		expect(parsed.problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/^"1\." after ¶4 starts again under the heading "III\. Next steps"/u),
		]);
	});

	it('an annex after sections that number their own still numbers its own as an annex', () => {
		const parsed = parseSource(
			'I. Opening\n\n1. The meeting opened.\n\nII. Trade\n\n1. Ministers met.\n\n2. They agreed.\n\nAnnex\n\nList of participants by delegation\n\n1. The delegations met.\n',
			'T',
		);
		expect(parsed.paragraphs.map(paragraphMark)).toEqual([
			'section I ¶1',
			'section II ¶1',
			'section II ¶2',
			'annex ¶1',
		]);
		expect(parsed.problems).toEqual([]);
	});
});

describe('a section or item typed that the document does not have', () => {
	it('is refused, not read as the paragraph held under its number', async () => {
		const { corpus } = await imported('coe-deputies-decisions-copied', 'CM/Del/Dec(2042)1618 bis');
		const document = corpus.documents.find((d) => d.symbol === 'CM/Del/Dec(2042)1618 bis');
		for (const typed of ['section 3 ¶1', 'item 3 1', 'item 2.3 ¶4'])
			expect(resolveParagraph(corpus, typed, document), typed).toMatchObject({ ok: false, reason: 'out-of-range' });
		expect(resolveParagraph(corpus, 'item 2.3 3', document)).toMatchObject({ ok: true, paragraph: { number: 5 } });
	});
});
