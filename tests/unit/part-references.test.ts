import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { readMessage } from '../../src/core/message-text.ts';
import { paragraphRanges, resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { paragraphChoice } from '../../src/render/choices.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, indexOf, requester, seedDataCopy } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * References to a paragraph of a part of a document (`attachment 2 1`, `annex to the annex ¶1`, `4 (b)`): read as
 * the part the document prints and the number it gives the paragraph there, never as another part's paragraph.
 */

const DECISION = `CONF/9/DEC.1

Decision on the common framework

1. The Conference adopts the common framework set out in the present decision.

2. The Conference takes note of the interpretative statements attached to the present decision.

3. The Conference decides: (a) to review the framework at its next session; (b) to invite reports from all parties.

Attachment 1

Interpretative statement by the delegation of Arcadia

1. Arcadia joins the consensus on the understanding that the framework is voluntary.

2. Arcadia reads the review clause as covering reporting only.

Attachment 2

Interpretative statement by the delegation of Borduria

1. Borduria joins the consensus but dissociates itself from paragraph 3 of the decision.

2. Borduria will not report under the framework before the review.

3. Borduria asks that this statement be recorded in the report of the session.
`;

const REPORT = `REP/7/1

Report on the programme

1. The programme met its targets for the year under review.

2. Two partners joined the programme.

ANNEX

List of partners

1. The first partner is a regional body.

2. The second partner is a foundation.

Annex to the ANNEX

Terms of the partnership

1. Partners share their data every quarter.

2. Partners name one contact each.

3. Partners may leave with six months' notice.
`;
const dir = seedDataCopy('part-references-');
const meta = (symbol: string, title: string) =>
	JSON.stringify({
		symbol,
		title,
		shortTitle: title,
		publisher: 'Test fixture (not a United Nations document)',
		kind: 'Decision',
		releaseDate: '2044-01-10',
		sourceUrl: 'https://example.org/fixtures/parts.txt',
	});
writeFileSync(join(dir, 'documents', 'decision.json'), meta('CONF/9/DEC.1', 'Decision on the common framework'));
writeFileSync(join(dir, 'documents', 'decision.txt'), DECISION);
writeFileSync(join(dir, 'documents', 'partners.json'), meta('REP/7/1', 'Report on the programme'));
writeFileSync(join(dir, 'documents', 'partners.txt'), REPORT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const decision = loadCorpus(dir, { only: ['decision'] });
const partners = loadCorpus(dir, { only: ['partners'] });

const en = requester('en-US');
const lookup = (corpus: Corpus, typed: string) => resolveParagraph(corpus, typed, undefined);
const idOf = (corpus: Corpus, typed: string) => {
	const found = lookup(corpus, typed);
	return found.ok ? found.paragraph.id : found.reason;
};
const contentOf = (corpus: Corpus, typed: string) => {
	const reply = firstResponse(quote.execute({ paragraph: typed }, contextFor(corpus, en)));
	return reply.type === InteractionResponseType.ChannelMessageWithSource ? reply.data : undefined;
};
function cli(corpus: Corpus, args: string[]) {
	const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
	const out = { stdout: '', stderr: '' };
	let code: number;
	try {
		code = runCli(['quote', ...args], () => core, {
			stdout: (t) => (out.stdout += t),
			stderr: (t) => (out.stderr += t),
		});
	} catch (error) {
		return { code: -1, ...out, error: String(error) };
	}
	// What the quote printed beside it, without the loading's warnings (this fixture's paragraphs have no themes).
	const stderr = out.stderr
		.split('\n')
		.filter((line) => !line.startsWith('warning: '))
		.join('\n');
	return { code, stdout: out.stdout, stderr, error: '' };
}

describe('a part’s number, then a paragraph number', () => {
	it('is read as that part’s paragraph, however the paragraph number is written', () => {
		expect(decision.paragraphs.slice(3).map((p) => paragraphMark(p))).toEqual([
			'attachment 1 ¶1',
			'attachment 1 ¶2',
			'attachment 2 ¶1',
			'attachment 2 ¶2',
			'attachment 2 ¶3',
		]);
		for (const typed of [
			'attachment 2 1',
			'attachment 2 para 1',
			'attachment 2, ¶1',
			'Attachment 2 ¶1',
			'ATTACHMENT 2 paragraph 1',
		])
			expect([typed, idOf(decision, typed)]).toEqual([typed, 'decision-6']);
		expect(idOf(decision, 'attachment 1 2')).toBe('decision-5');
		expect(idOf(decision, 'attachment 2 2')).toBe('decision-7');
		expect(idOf(decision, 'attachment 1 1')).toBe('decision-4');
	});

	it('refuses, listing the marks there are, what names no paragraph of a part or fits several parts', () => {
		for (const typed of ['attachment 2 9', 'attachment 3', 'attachment 3 1', 'attachment ¶1', 'attachment 2 1 2'])
			expect([typed, idOf(decision, typed)]).toEqual([typed, 'out-of-range']);
		expect(contentOf(decision, 'attachment 3 1')?.content).toBe(
			// …with the nearest reference that works: the part nearest the one typed, its paragraph of that number.
			'There is no paragraph “attachment 3 1”. Valid paragraphs: CONF/9/DEC.1 ¶1–3; attachment 1 ¶1–2; attachment 2 ¶1–3. Try `/quote attachment 2 1`.',
		);
	});

	it('a part’s name alone quotes its first paragraph and tells the asker how to ask for the others', () => {
		expect(lookup(decision, 'attachment 2')).toMatchObject({
			ok: true,
			paragraph: { id: 'decision-6' },
			note: { kind: 'part', others: 'attachment 2 ¶2–3', next: 'attachment 2 ¶2' },
		});
		const reply = quote.execute({ paragraph: 'attachment 2' }, contextFor(decision, en));
		const quoted = firstResponse(reply);
		if (quoted.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(validateMessage(quoted.data)).toEqual([]);
		expect(quoted.data.embeds?.[0]?.description).toContain('Borduria joins the consensus');
		expect(reply.then).toContainEqual({
			kind: 'message',
			ephemeral: true,
			data: {
				content:
					'One paragraph at a time: quoting attachment 2 ¶1; ask again for attachment 2 ¶2–3 (`/quote attachment 2 ¶2`).',
			},
		});
		// The command it suggests gives what it says.
		expect(contentOf(decision, 'attachment 2 ¶2')?.embeds?.[0]?.description).toContain('Borduria will not report');
	});

	it('reads a part with one number where the document has one part of that kind, and refuses two numbers', () => {
		expect(idOf(partners, 'annex 2')).toBe('partners-4');
		expect(idOf(partners, 'annex 3 2')).toBe('out-of-range');
		expect(idOf(partners, 'annex 2 1')).toBe('out-of-range');
	});

	it('quotes in the console and Discord path what the CLI and autocomplete give', () => {
		expect(contentOf(decision, 'attachment 2 1')?.embeds?.[0]?.description).toContain('Borduria joins the consensus');
		const choices = quote.autocomplete({ paragraph: 'attachment 2 1' }, 'paragraph', contextFor(decision, en));
		expect(choices[0]?.value).toBe('decision-6');
		const run = cli(decision, ['attachment', '2', '1']);
		expect(run).toMatchObject({ code: 0, stderr: '' });
		expect(run.stdout).toContain('Borduria joins the consensus');
		const whole = cli(decision, ['attachment', '2']);
		expect(whole.stdout).toContain('Borduria joins the consensus');
		expect(whole.stderr).toBe(
			'one paragraph at a time: quoted attachment 2 ¶1; for attachment 2 ¶2–3, run quote attachment 2 ¶2\n',
		);
		const refused = cli(decision, ['attachment', '3', '1']);
		expect(refused.code).not.toBe(0);
		expect(`${refused.error}${refused.stderr}`).toContain(
			'there is no attachment 3 1: CONF/9/DEC.1 has ¶1–3; attachment 1 ¶1–2; attachment 2 ¶1–3',
		);
	});
});

describe('a part whose name has several words', () => {
	it('is marked as a phrase in lower case, and every mark listed is read back in any case', () => {
		expect(paragraphRanges(partners.documents)).toBe('REP/7/1 ¶1–2; annex ¶1–2; annex to the annex ¶1–3');
		for (const p of partners.paragraphs) {
			for (const typed of [paragraphMark(p), paragraphMark(p).toUpperCase(), paragraphMark(p).replace('¶', '')])
				expect([typed, idOf(partners, typed)]).toEqual([typed, p.id]);
		}
		for (const p of decision.paragraphs) expect(idOf(decision, paragraphMark(p).toUpperCase())).toBe(p.id);
		// A choice's name, as a client may submit it instead of its value, names its paragraph too.
		for (const p of [...decision.paragraphs, ...partners.paragraphs]) {
			const corpus = p.document === 'decision' ? decision : partners;
			expect(idOf(corpus, paragraphChoice(corpus, p).name)).toBe(p.id);
		}
	});

	it('is reached by its name as printed, with or without ¶', () => {
		expect(idOf(partners, 'annex to the ANNEX ¶1')).toBe('partners-5');
		expect(idOf(partners, 'annex to the annex 1')).toBe('partners-5');
		expect(idOf(partners, 'ANNEX TO THE ANNEX 2')).toBe('partners-6');
		expect(idOf(partners, 'Annex to the Annex, para. 3')).toBe('partners-7');
		expect(idOf(partners, 'annex to the annex 4')).toBe('out-of-range');
		expect(contentOf(partners, 'annex to the annex ¶3')?.embeds?.[0]?.description).toContain('six months');
		expect(cli(partners, ['annex', 'to', 'the', 'annex', '2']).stdout).toContain('one contact each');
		const choices = quote.autocomplete({ paragraph: 'annex to the annex 2' }, 'paragraph', contextFor(partners, en));
		expect(choices[0]?.value).toBe('partners-6');
	});
});

describe('an item inside a paragraph', () => {
	it('quotes the paragraph holding it, with or without a blank, and says the item is inside it', () => {
		for (const typed of ['3 (b)', '3(b)', '¶3 (B)'])
			expect([typed, lookup(decision, typed)]).toMatchObject([
				typed,
				{ ok: true, paragraph: { id: 'decision-3' }, note: { kind: 'item', item: '(b)' } },
			]);
		const reply = quote.execute({ paragraph: '3(b)' }, contextFor(decision, en));
		const quoted = firstResponse(reply);
		if (quoted.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(quoted.data.embeds?.[0]?.title).toMatch(/^¶3\b/u);
		expect(reply.then).toContainEqual({
			kind: 'message',
			ephemeral: true,
			data: { content: 'Item (b) is inside ¶3: quoting the whole paragraph, as `/quote` quotes whole paragraphs.' },
		});
		for (const args of [['3(b)'], ['3', '(b)']]) {
			const run = cli(decision, args);
			expect(run.stdout).toContain('(b) to invite reports');
			expect(run.stderr).toBe('item (b) is inside ¶3: quoted the whole paragraph\n');
		}
	});

	it('refuses an item the paragraph does not hold', () => {
		expect(idOf(decision, '3 (d)')).toBe('out-of-range');
		expect(idOf(decision, '1(b)')).toBe('out-of-range');
		expect(contentOf(decision, '1 (b)')?.content).toMatch(/^There is no paragraph “1 \(b\)”\. Valid paragraphs: /u);
	});
});

describe('a citation of a part’s paragraph in a message', () => {
	it('names that paragraph for Find in conclusions', () => {
		const cited = (corpus: Corpus, content: string) =>
			readMessage(corpus, { content, attachments: 0 }).cited.map((p) => p.id);
		expect(cited(decision, 'As CONF/9/DEC.1, attachment 2, ¶1 puts it')).toEqual(['decision-6']);
		expect(cited(partners, 'See REP/7/1 (10 January 2044), annex to the annex, ¶3.')).toEqual(['partners-7']);
		expect(cited(partners, 'See REP/7/1, annex, ¶2.')).toEqual(['partners-4']);
	});
});
