import { PassThrough } from 'node:stream';
import { InteractionResponseType, type APIEmbed } from 'discord-api-types/v10';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { readFull } from '../../src/buttons/paragraph-actions.ts';
import { runConsole } from '../../src/console/console.ts';
import { turnPageReply } from '../../src/console/turn-page.ts';
import { responseOf } from '../../src/core/answer.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { firstResponse, messageBody, type MessageData, type Reply } from '../../src/render/reply.ts';
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
	const ids = (message: { data: MessageData } | undefined) =>
		(message?.data.components ?? []).flatMap((row) =>
			'components' in row ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])) : [],
		);

	it('in public: one message, as much as it holds, cut at a word with "…", a note and Read full', () => {
		const text = paragraphOf(15_000);
		const messages = sent(quote.execute({ paragraph: '3' }, contextFor(corpusWith(text))));
		expect(messages).toHaveLength(1);
		const [message] = messages;
		expect(message?.ephemeral).toBe(false);
		expect(message?.data.content).toContain(
			'¶3 is longer than one Discord message holds: shown up to “…”; **Read full ¶3** shows the rest, privately.',
		);
		expect(ids(message)).toEqual(expect.arrayContaining(['full:sg2084-3', 'q:sg2084-4:n', 'del']));
		const shown = quoted(message?.data.embeds);
		expect(shown).toMatch(/…$/u);
		// Cut at a word; after the end of a sentence the ellipsis is set apart ("meeting. …").
		const kept = shown.replace(/(?<=[.!?…][”"’»)\]]*) …$|…$/u, '');
		expect(words(text).startsWith(kept)).toBe(true);
		expect(words(text).charAt(kept.length)).toBe(' ');
		// As much as one message holds: near Discord's 6000 characters of embed text.
		expect(shown.length).toBeGreaterThan(5000);
	});

	it.each(['en-US', ...SUPPORTED_LOCALES])('%s: the public cut is inside every limit', (locale) => {
		const corpus = corpusWith(paragraphOf(15_000));
		expect(sent(quote.execute({ paragraph: '3' }, contextFor(corpus, requester(locale))))).toHaveLength(1);
	});

	it('the console offers /full under the cut quote, which prints the rest (its Read full button)', async () => {
		const text = paragraphOf(15_000);
		const corpus = corpusWith(text);
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		const stdin = new PassThrough();
		const stdout = new PassThrough();
		let out = '';
		stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
		stdin.end('/quote 3\n/full\n');
		await runConsole({ core, input: stdin, output: stdout, logger: pino({ level: 'silent' }) });
		const [quoted = '', full = ''] = out.split('» /full');
		expect(quoted).toContain('The whole paragraph (Read full): /full');
		expect(quoted).not.toContain('xyzzy plugh');
		// The whole paragraph, its last words included, printed after /full.
		expect(full).toContain('It closes with the words xyzzy plugh.');
		expect(words(full)).toContain(words(text).slice(-200));
	});

	it('a page turned to it (the console, as a click would) is the same one message, with nothing after it', async () => {
		const corpus = corpusWith(paragraphOf(15_000));
		const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
		const shown = firstResponse(await core.reply({ name: 'quote', options: { paragraph: '2' } }));
		if (shown.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		const turned = await turnPageReply(core, shown.data, 'next');
		expect(turned !== undefined && 'then' in turned ? turned.then : undefined).toEqual([]);
		const response = turned === undefined ? undefined : responseOf(turned);
		if (response?.type !== InteractionResponseType.UpdateMessage) throw new Error('expected an update');
		expect(response.data?.embeds?.[0]?.title).toBe('¶3');
		expect(response.data?.content).toContain('Read full ¶3');
		expect(validateMessage(response.data ?? {})).toEqual([]);
	});

	it('Read full: whole, in further private messages, the first saying so and without ◀ ▶', () => {
		const text = paragraphOf(15_000);
		const messages = sent(readFull.handle('full:sg2084-3', contextFor(corpusWith(text))) as Reply);
		expect(messages.length).toBe(3);
		expect(messages[0]?.data.content).toContain(
			'¶3 is longer than one Discord message holds: it continues in 2 more messages below.',
		);
		expect(messages.map((m) => m.ephemeral)).toEqual([true, true, true]);
		expect(ids(messages[0]).filter((id) => id.startsWith('q:'))).toEqual([]);
		expect(messages.slice(1).map((m) => m.data.embeds?.[0]?.title)).toEqual([
			'¶3 (continued, 2/3)',
			'¶3 (continued, 3/3)',
		]);
		// Each continuation says what it quotes.
		for (const m of messages.slice(1)) expect(m.data.content).toBe('-# SG/2084 (31 July 2003), ¶3');
		expect(quoted(messages.flatMap((m) => m.data.embeds ?? []))).toBe(words(text));
	});

	it('Read full beyond what a few messages hold: as much as they hold, then where the rest is', () => {
		const text = paragraphOf(60_000);
		const messages = sent(readFull.handle('full:sg2084-3', contextFor(corpusWith(text))) as Reply);
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
		for (const reply of [
			quote.execute({ paragraph: '3' }, contextFor(corpusWith(nasty))),
			readFull.handle('full:sg2084-3', contextFor(corpusWith(nasty))) as Reply,
		]) {
			for (const embed of sent(reply).flatMap((m) => m.data.embeds ?? [])) {
				// A document's `@everyone` is quoted as published (an embed never pings); `<@&1>` would show as a chip.
				expect(embed.description).toContain('@everyone');
				expect(embed.description).not.toMatch(/(?<!\\)<@&1>/u);
				// Every `*` the text has is escaped: none opens a bold run across pieces.
				expect(embed.description).not.toMatch(/(?<!\\)\*/u);
			}
		}
	});
});
