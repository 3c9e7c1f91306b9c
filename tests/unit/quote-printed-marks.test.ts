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
import { firstResponse, type Reply } from '../../src/render/reply.ts';
import { contextFor, indexOf, layoutsCorpus, requester, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { textOf } from '../helpers/parsing-fixture.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * `/quote` and the CLI's `quote` read a bare number as the document prints it. In a co-chairs' summary whose sections
 * number their own paragraphs (section I ¶1–2, II ¶1–3, III ¶1–2, IV ¶1–2), `1` is printed by every section: section
 * I's ¶1 is quoted and the others are named as they are asked for; `5` is printed by none (it is only the fifth
 * paragraph held), so it is refused with references that work. A reference that names no paragraph (`2.1` where
 * sections are roman, `(b)` that is an item inside a paragraph) is refused with one or two that do.
 */

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SYMBOL = "Co-Chairs' Summary Valletta 2042";
/** The bundled SG/2084 is loaded too: commands to type name the document. */
const NAMED = ` document:${SYMBOL}`;

async function cochairs() {
	const dir = seedDataCopy('printed-marks-');
	const work = mkdtempSync(join(tmpdir(), 'printed-marks-file-'));
	scratch.push(dir, work);
	const file = join(work, 'cochairs-summary-sections-layout.txt');
	writeFileSync(file, textOf('cochairs-summary-sections-layout'));
	const { code, all } = await importCli([file, '--symbol', SYMBOL], dir);
	if (code !== 0) throw new Error(all);
	const corpus = loadCorpus(dir);
	const document = corpus.documents.find((d) => d.symbol === SYMBOL);
	if (!document) throw new Error('the summary was not imported');
	return { corpus, document };
}

/** The private text of a refusal, or the title of the quote and the note sent beside it. */
function answerOf(reply: Reply) {
	const first = firstResponse(reply);
	if (first.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(first.data)).toEqual([]);
	expect(first.data.allowed_mentions).toEqual({ parse: [] });
	const notes = reply.then.flatMap((next) => (next.kind === 'message' ? [next.data.content ?? ''] : []));
	return { content: first.data.content ?? '', title: first.data.embeds?.[0]?.title ?? '', notes };
}

/** The CLI's `quote`: its exit code, stdout and stderr. */
function cli(core: BotCore, args: string[]) {
	let stdout = '';
	let stderr = '';
	const out = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
	const code = runCli(['quote', ...args], () => core, out);
	return { code, stdout, stderr };
}

describe('a bare number where sections number their own paragraphs', () => {
	const run = cochairs();

	it('printed by several sections: the first section’s, with the others named as they are asked for', async () => {
		const { corpus, document } = await run;
		const found = resolveParagraph(corpus, '1', document);
		expect(found).toMatchObject({ ok: true, note: { kind: 'part', others: 'II 1, III 1, IV 1', next: 'II 1' } });
		if (found.ok) expect(paragraphMark(found.paragraph)).toBe('section I ¶1');
		// Each form the note names reaches its section's ¶1.
		for (const [typed, mark] of [
			['II 1', 'section II ¶1'],
			['IV 1', 'section IV ¶1'],
		] as const) {
			const other = resolveParagraph(corpus, typed, document);
			expect(other.ok && paragraphMark(other.paragraph)).toBe(mark);
		}
		const answer = answerOf(
			quote.execute({ paragraph: '1', document: SYMBOL }, contextFor(corpus, requester('en-US'))),
		);
		expect(answer.title).toMatch(/^Section I ¶1 · /u);
		expect(answer.notes).toEqual([
			`One paragraph at a time: quoting section I ¶1; ask again for II 1, III 1, IV 1 (\`/quote II 1${NAMED}\`).`,
		]);
	});

	it('printed by one section only: that section’s, not the paragraph held at that place', async () => {
		const { corpus, document } = await run;
		const found = resolveParagraph(corpus, '3', document);
		expect(found.ok && paragraphMark(found.paragraph)).toBe('section II ¶3');
		expect(found).not.toHaveProperty('note');
	});

	it('printed by no section: refused, with the forms that reach the paragraph held there', async () => {
		const { corpus, document } = await run;
		expect(resolveParagraph(corpus, '5', document)).toMatchObject({ ok: false, reason: 'out-of-range' });
		const answer = answerOf(
			quote.execute({ paragraph: '5', document: SYMBOL }, contextFor(corpus, requester('en-US'))),
		);
		expect(answer.content).toMatch(/^There is no paragraph “5”\. Valid paragraphs: .*section II ¶1–3/u);
		expect(answer.content).toContain(`Try \`/quote II 3${NAMED}\` or \`/quote section II 3${NAMED}\`.`);
		// In the asker's language too.
		const french = answerOf(quote.execute({ paragraph: '5', document: SYMBOL }, contextFor(corpus, requester('fr'))));
		expect(french.content).toContain(`Essayez \`/quote II 3${NAMED}\` ou \`/quote section II 3${NAMED}\`.`);
	});

	it('the CLI reads numbers as /quote does', async () => {
		const { corpus, document } = await run;
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		const one = cli(core, ['1', '--document', document.slug]);
		expect(one.code).toBe(0);
		expect(one.stdout).toMatch(/, section I, ¶1 — I\. OPENING OF THE CONFERENCE\n/u);
		expect(one.stderr).toContain(
			'\none paragraph at a time: quoted section I ¶1; for II 1, III 1, IV 1, run quote II 1\n',
		);
		const five = cli(core, ['5', '--document', document.slug]);
		expect(five.code).toBe(2);
		expect(five.stdout).toBe('');
		expect(five.stderr).toMatch(/\nthere is no ¶5: .*; try quote II 3 or quote section II 3\n/u);
	});

	it('a section the document does not have: refused, not read as the first section’s paragraph', async () => {
		const { corpus, document } = await run;
		for (const typed of ['V 1', 'VI 2', 'section V 1', 'X ¶3']) {
			expect(resolveParagraph(corpus, typed, document)).toMatchObject({ ok: false, reason: 'out-of-range' });
		}
	});

	it('a section typed by its number where the document prints roman numerals: refused with the roman forms', async () => {
		const { corpus } = await run;
		const answer = answerOf(
			quote.execute({ paragraph: '2.1', document: SYMBOL }, contextFor(corpus, requester('en-US'))),
		);
		expect(answer.content).toContain(`Try \`/quote II 1${NAMED}\` or \`/quote section II 1${NAMED}\`.`);
	});
});

describe('a bare number in a document that prints plain numbers and sub-paragraphs (¶1–5, 5.1–5.6, ¶6)', () => {
	async function upr() {
		const dir = seedDataCopy('printed-decimal-');
		const work = mkdtempSync(join(tmpdir(), 'printed-decimal-file-'));
		scratch.push(dir, work);
		const file = join(work, 'upr-report-recommendations-layout.txt');
		writeFileSync(file, textOf('upr-report-recommendations-layout'));
		const { code, all } = await importCli([file], dir);
		if (code !== 0) throw new Error(all);
		const corpus = loadCorpus(dir);
		const document = corpus.documents.find((d) => d.symbol === 'A/HRC/97/9');
		if (!document) throw new Error('the report was not imported');
		return { corpus, document };
	}

	it('reaches the plain numbers printed, and refuses one printed nowhere rather than a sub-paragraph held there', async () => {
		const { corpus, document } = await upr();
		const mark = (typed: string) => {
			const found = resolveParagraph(corpus, typed, document);
			return found.ok ? paragraphMark(found.paragraph) : found.reason;
		};
		expect(['1', '5', '6', '5.1'].map(mark)).toEqual(['¶1', '¶5', '¶6', '¶5.1']);
		// The seventh and eighth paragraphs held are ¶5.1 and ¶5.2: the document prints no ¶7 or ¶8.
		expect(['7', '8'].map(mark)).toEqual(['out-of-range', 'out-of-range']);
	});
});

describe('a reference that names no paragraph shows one that works, close to what was typed', () => {
	const corpus = layoutsCorpus();
	const context = contextFor(corpus, requester('en-US'));
	const refusal = (paragraph: string, document: string) =>
		answerOf(quote.execute({ paragraph, document }, context)).content;

	it.each([
		// (b) is an item inside ¶4: the paragraph is reached with the item after its number.
		['(b)', 'A/60/341', '`/quote 4 (b) document:A/60/341`'],
		// Section III (`III.`) of a document numbered straight through starts at ¶5; section II at ¶3.
		['III.1', 'A/60/341', '`/quote 5 document:A/60/341`'],
		['2.1', 'A/60/341', '`/quote 3 document:A/60/341`'],
	])('%s in %s → %s', (typed, document, form) => {
		const content = refusal(typed, document);
		expect(content).toContain(`Try ${form}.`);
		const asked = /`\/quote (.+) document:/u.exec(form)?.[1] ?? '';
		expect(quote.execute({ paragraph: asked, document }, context).show).toMatchObject({ kind: 'message' });
		expect(firstResponse(quote.execute({ paragraph: asked, document }, context))).not.toHaveProperty(
			'data.content',
			expect.stringMatching(/^There is no/u),
		);
	});

	it('offers nothing it has already said: the example, or the range of a document numbered straight through', () => {
		const content = refusal('(b)', 'SG/2084');
		expect(content).toContain('`/quote 1 document:SG/2084`');
		expect(content).not.toContain('Try ');
		expect(refusal('11', 'A/60/341')).toBe('There is no paragraph “11”. Valid paragraphs: A/60/341 ¶1–10.');
	});
});
