import { PassThrough } from 'node:stream';
import type { APIEmbed } from 'discord-api-types/v10';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { readFull } from '../../src/buttons/paragraph-actions.ts';
import { runConsole } from '../../src/console/console.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { messageBody, type MessageData, type Reply } from '../../src/render/reply.ts';
import { contextFor, indexOf, requester, seedCorpus } from '../helpers/corpus.ts';
import { longText, withTexts } from '../helpers/synthetic.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/** A paragraph of about `length` characters of sentences, with a last sentence of its own to find. */
const paragraphOf = (length: number) => `${longText(length - 40)} It closes with the words xyzzy plugh.`;
const corpusWith = (text: string): Corpus => withTexts(seedCorpus(), { 'sg2084-3': text });

/** Every message a reply sends, as Discord gets them (limits applied, mentions off), each checked on the way. */
function sent(reply: Reply): { data: MessageData; ephemeral: boolean }[] {
	if (reply.show.kind !== 'message') throw new Error('expected a message');
	const messages = [{ data: reply.show.data, ephemeral: reply.show.ephemeral }];
	for (const next of reply.then) if (next.kind === 'message') messages.push(next);
	for (const message of messages) expect(validateMessage(messageBody(message.data, message.ephemeral))).toEqual([]);
	return messages;
}

/** The quoted text of some embeds, pieces joined: what a reader reads from the top down. */
const quoted = (embeds: readonly APIEmbed[] = []) =>
	embeds
		.map((e) => (e.description ?? '').replace(/^>>> /u, ''))
		.join(' ')
		.replace(/\s+/gu, ' ');
const words = (text: string) => text.replace(/\s+/gu, ' ');

describe('a paragraph longer than one embed but within one message', () => {
	const text = paragraphOf(4527);
	const corpus = corpusWith(text);

	it('/quote shows it whole in one message, split across embeds at a sentence, with no ellipsis', () => {
		const [message, ...more] = sent(quote.execute({ paragraph: '3' }, contextFor(corpus)));
		expect(more).toEqual([]);
		const embeds = message?.data.embeds ?? [];
		expect(embeds.length).toBeGreaterThan(1);
		expect(quoted(embeds)).toBe(words(text));
		expect(quoted(embeds)).not.toContain('…');
		// A split between sentences: each piece but the last ends one.
		for (const embed of embeds.slice(0, -1)) expect(embed.description).toMatch(/\.$/u);
		// One paragraph: titled once, its themes and citation once, after the text.
		expect(embeds.map((e) => e.title).filter(Boolean)).toEqual(['¶3']);
		expect(embeds.at(-1)?.footer?.text).toMatch(/^SG\/2084/u);
	});

	it('"Read full" shows it whole too, privately', () => {
		const context = contextFor(corpus);
		const [message, ...more] = sent(readFull.handle('full:sg2084-3', context) as Reply);
		expect(more).toEqual([]);
		expect(message?.ephemeral).toBe(true);
		expect(quoted(message?.data.embeds)).toBe(words(text));
	});

	it.each(['en-US', ...SUPPORTED_LOCALES])('%s: inside every limit', (locale) => {
		sent(quote.execute({ paragraph: '3' }, contextFor(corpus, requester(locale))));
	});

	it('the console prints it whole, in one piece', async () => {
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		const stdin = new PassThrough();
		const stdout = new PassThrough();
		let out = '';
		stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
		stdin.end('/quote 3\n');
		await runConsole({ core, input: stdin, output: stdout, logger: pino({ level: 'silent' }) });
		expect(out).toContain(`> ${text}\n`);
		expect(out).not.toContain('…');
	});
});

describe('a paragraph longer than one message holds', () => {
	it('says so, and continues it in further messages seen by the same people, every one inside the limits', () => {
		const text = paragraphOf(15_000);
		const messages = sent(quote.execute({ paragraph: '3' }, contextFor(corpusWith(text))));
		expect(messages.length).toBe(3);
		expect(messages[0]?.data.content).toContain(
			'¶3 is longer than one Discord message holds: it continues in 2 more messages below.',
		);
		expect(messages.map((m) => m.ephemeral)).toEqual([false, false, false]);
		expect(messages.slice(1).map((m) => m.data.embeds?.[0]?.title)).toEqual([
			'¶3 (continued, 2/3)',
			'¶3 (continued, 3/3)',
		]);
		// Each continuation says what it quotes.
		for (const m of messages.slice(1)) expect(m.data.content).toBe('-# SG/2084 (31 July 2003), ¶3');
		expect(quoted(messages.flatMap((m) => m.data.embeds ?? []))).toBe(words(text));
	});

	it('privately when asked privately (Read full)', () => {
		const messages = sent(readFull.handle('full:sg2084-3', contextFor(corpusWith(paragraphOf(9000)))) as Reply);
		expect(messages.length).toBe(2);
		expect(messages.every((m) => m.ephemeral)).toBe(true);
	});

	it('beyond what a few messages hold: as much as they hold, then where the rest is', () => {
		const text = paragraphOf(60_000);
		const messages = sent(quote.execute({ paragraph: '3' }, contextFor(corpusWith(text))));
		// A user-installed app may send five follow-ups: the quote keeps within them.
		expect(messages.length).toBeLessThanOrEqual(5);
		const last = messages.at(-1);
		expect(last?.data.content).toContain('The rest of ¶3 is too long to post here: read it at the source.');
		expect(last?.data.embeds?.at(-1)?.description).toMatch(/…$/u);
		const shown = quoted(messages.flatMap((m) => m.data.embeds ?? [])).replace(/…$/u, '');
		expect(words(text).startsWith(shown)).toBe(true);
		expect(shown.length).toBeGreaterThan(15_000);
	});

	it('splits a paragraph of markdown and mentions without breaking an escape or a bold run', () => {
		const nasty = Array.from({ length: 900 }, (_, i) => (i % 3 ? `**x_${i}** @everyone <@&1>.` : '`x`')).join(' ');
		const messages = sent(quote.execute({ paragraph: '3' }, contextFor(corpusWith(nasty))));
		for (const embed of messages.flatMap((m) => m.data.embeds ?? [])) {
			expect(embed.description).not.toMatch(/@everyone|<@&1>/u);
			// Every `*` the text has is escaped: none opens a bold run across pieces.
			expect(embed.description).not.toMatch(/(?<!\\)\*/u);
		}
	});
});
