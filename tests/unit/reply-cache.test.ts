import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { ReplyCache, replyKey } from '../../src/core/reply-cache.ts';
import type { OptionValues, Requester } from '../../src/core/types.ts';
import { firstResponse, firstResponseJson, messageResponse, type Reply } from '../../src/render/reply.ts';
import { seedCore, seedCorpus } from '../helpers/corpus.ts';

const requester = (locale: string, canPostPublicly = true): Requester => ({
	userId: '1',
	locale,
	guildLocale: locale,
	inGuild: true,
	canPostPublicly,
});

/** A core on the shared seed corpus and index, with a cache of its own (or none). */
const coreWith = (replies: ReplyCache) => new BotCore(seedCore().context, commands, { replies });

const ask = async (core: BotCore, options: OptionValues, who: Requester) =>
	JSON.stringify(await core.run({ name: 'conclusions', options }, who));

/** The parts of a first response these tests read. */
const body = (json: string) =>
	JSON.parse(json) as { data: { content?: string; flags?: number; allowed_mentions?: unknown } };

const theme = seedCorpus().themes[0]?.id ?? '';
/** A word, a topic, a phrase, a typo, a word the text lacks, stop words only, an exclusion only. */
const QUERIES = [
	'terrorism',
	'human rights',
	'"weapons of mass destruction"',
	'peacekeping',
	'zebra',
	'the of and',
	'-terrorism',
];

describe('the reply cache', () => {
	it('answers a repeated question byte for byte as a fresh render, for every language and option', async () => {
		const cache = new ReplyCache();
		const cached = coreWith(cache);
		const fresh = coreWith(ReplyCache.off());
		let asked = 0;
		for (const query of QUERIES) {
			for (const locale of ['en-US', 'fr', 'zh-CN']) {
				for (const options of [{ query }, { query, private: true }, { query, theme }] as OptionValues[]) {
					for (const canPostPublicly of [true, false]) {
						const who = requester(locale, canPostPublicly);
						const first = await ask(cached, options, who);
						const again = await ask(cached, options, who);
						asked += 1;
						expect(cache.size).toBe(asked);
						expect(again).toBe(first);
						expect(again).toBe(await ask(fresh, options, who));
						expect(body(again).data.allowed_mentions).toEqual({ parse: [] });
					}
				}
			}
		}
	});

	it('never gives one language’s, visibility’s or filter’s reply to another', async () => {
		const core = coreWith(new ReplyCache());
		const query = 'terrorism';
		const english = await ask(core, { query }, requester('en-US'));
		const french = await ask(core, { query }, requester('fr'));
		const privately = await ask(core, { query, private: true }, requester('en-US'));
		const forcedPrivate = await ask(core, { query }, requester('en-US', false));
		const inTheme = await ask(core, { query, theme }, requester('en-US'));
		const answers = [english, french, privately, forcedPrivate, inTheme];
		expect(new Set(answers).size).toBe(answers.length);
		expect(english).toContain('paragraph');
		expect(french).toContain('paragraphe');
		expect(body(privately).data.flags).toBe(64);
		expect(body(english).data.flags).toBeUndefined();
		// Asked again in the first language after the others: still its own reply.
		expect(await ask(core, { query }, requester('en-US'))).toBe(english);
	});

	it('still counts a repeated search against the rate limit', async () => {
		const core = new BotCore(seedCore().context, commands, { cooldown: new Cooldown(1, 60) });
		const who = requester('en-US');
		expect(await ask(core, { query: 'terrorism' }, who)).toContain('**');
		const limited = body(await ask(core, { query: 'terrorism' }, who));
		expect(limited.data.content).toMatch(/try again in \d+ s/);
		expect(limited.data.flags).toBe(64);
	});

	/** The kept reply for `key`, or a new one (counted in `made`), kept. */
	const through = (cache: ReplyCache, key: string, counter: { made: number }) =>
		cache.get(key) ?? cache.keep(key, ((counter.made += 1), messageResponse({ content: key })));

	it('keeps at most its size, forgetting the least recently used first', () => {
		const cache = new ReplyCache({ size: 2 });
		const counter = { made: 0 };
		const a = through(cache, 'a', counter);
		through(cache, 'b', counter);
		expect(through(cache, 'a', counter)).toBe(a);
		through(cache, 'c', counter);
		expect(cache.size).toBe(2);
		expect(counter.made).toBe(3);
		// "b" was the least recently used: made again; "c" was kept, "a" is now the oldest and goes.
		through(cache, 'b', counter);
		expect(counter.made).toBe(4);
		through(cache, 'c', counter);
		expect(counter.made).toBe(4);
		expect(through(cache, 'a', counter)).not.toBe(a);
		expect(counter.made).toBe(5);
	});

	it('makes a reply again once it is too old, or after `forget`', () => {
		let now = 0;
		const cache = new ReplyCache({ maxAgeMs: 1000, now: () => now });
		const counter = { made: 0 };
		const first = through(cache, 'k', counter);
		now = 999;
		expect(through(cache, 'k', counter)).toBe(first);
		now = 1000;
		const second = through(cache, 'k', counter);
		expect(second).not.toBe(first);
		expect(second).toEqual(first);
		expect(cache.size).toBe(1);
		cache.forget();
		expect(cache.size).toBe(0);
		expect(through(cache, 'k', counter)).not.toBe(second);
		expect(counter.made).toBe(3);
	});

	it('keeps nothing when off', () => {
		const cache = ReplyCache.off();
		const counter = { made: 0 };
		expect(through(cache, 'k', counter)).not.toBe(through(cache, 'k', counter));
		expect(cache.size).toBe(0);
	});

	it('freezes what it keeps, so no request can change another’s reply', () => {
		const cache = new ReplyCache();
		const reply: Reply = cache.keep(
			'k',
			messageResponse({ content: 'x', embeds: [{ title: 't', fields: [{ name: 'n', value: 'v' }] }] }),
		);
		expect(cache.get('k')).toBe(reply);
		const embeds = reply.show.kind === 'message' ? reply.show.data.embeds : undefined;
		expect(() => embeds?.push({ title: 'u' })).toThrow(TypeError);
		expect(() => {
			const field = embeds?.[0]?.fields?.[0];
			if (field) field.value = 'changed';
		}).toThrow(TypeError);
	});

	it('writes a kept reply’s first response as the same JSON as a fresh one, and a reply still open afresh', async () => {
		const core = coreWith(new ReplyCache());
		const interaction = { query: 'human rights' };
		const context = { ...core.context, requester: requester('fr'), cooldown: Cooldown.off(), replies: core.replies };
		const conclusions = core.command('conclusions');
		if (!conclusions) throw new Error('conclusions is a command');
		const kept = await conclusions.execute(interaction, context);
		expect(Object.isFrozen(kept)).toBe(true);
		const json = firstResponseJson(kept);
		expect(firstResponseJson(kept)).toBe(json);
		expect(json).toBe(JSON.stringify(firstResponse(kept)));
		expect(json).toBe(
			JSON.stringify(firstResponse(await conclusions.execute(interaction, { ...context, replies: undefined }))),
		);
		// A reply nobody froze may still be changed by whoever made it: its JSON is never kept.
		const open = messageResponse({ content: 'before' });
		expect(firstResponseJson(open)).toContain('before');
		if (open.show.kind === 'message') open.show.data.content = 'after';
		expect(firstResponseJson(open)).toContain('after');
		expect(firstResponseJson(open)).toContain('"allowed_mentions":{"parse":[]}');
	});

	it('keys by every part, objects by identity, with no text able to pass for two parts', () => {
		const one = {};
		const other = {};
		expect(replyKey(['q', one])).toBe(replyKey(['q', one]));
		expect(replyKey(['q', one])).not.toBe(replyKey(['q', other]));
		expect(replyKey(['a', 'b'])).not.toBe(replyKey(['a","b']));
		expect(replyKey(['a\u0000b'])).not.toBe(replyKey(['a', 'b']));
		expect(replyKey([undefined, 'x'])).not.toBe(replyKey(['x', undefined]));
		expect(replyKey([true])).not.toBe(replyKey(['true']));
		expect(replyKey([1])).not.toBe(replyKey(['1']));
		expect(replyKey(['a,"b'])).not.toBe(replyKey(['a', 'b']));
		expect(replyKey(['#1'])).not.toBe(replyKey([one]));
	});
});
