import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import { VERSION } from '../../src/version.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { APPLICATION_ID } from '../stand-in/fixtures.ts';

interface Answer {
	type: number;
	data?: {
		content?: string;
		flags?: number;
		embeds?: { title?: string }[];
		choices?: unknown[];
		allowed_mentions?: unknown;
	};
}

describe('HTTP interactions endpoint, called as Discord calls it', () => {
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness();
	});
	afterAll(async () => {
		await h?.close();
	});
	const ask = (spec: Parameters<HttpHarness['standIn']['createInteraction']>[0]) =>
		h.discord.interact(h.standIn, h.endpoint.url, spec);

	it('answers a signed PING with PONG', async () => {
		const ping = { id: '1', application_id: APPLICATION_ID, type: 1, token: 'unused', version: 1 };
		const answer = await h.discord.post(h.endpoint.url, JSON.stringify(ping));
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/json');
		expect(answer.body).toEqual({ type: 1 });
	});

	it('answers /conclusions in the HTTP response, as Discord accepts it', async () => {
		const { status, body, record } = await ask(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		expect(status).toBe(200);
		const answer = body as Answer;
		expect(answer.type).toBe(4);
		expect(answer.data?.embeds?.[0]?.title).toBe('¶3');
		expect(answer.data?.allowed_mentions).toEqual({ parse: [] });
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement?.type).toBe(4);
	});

	it('answers a private question ephemerally', async () => {
		const { body } = await ask(h.standIn.commandSpec('conclusions', { query: 'human rights', private: true }));
		expect((body as Answer).data?.flags).toBe(64);
	});

	it.each([
		['a retired slash command', { id: '9', name: 'retired', type: 1, options: [] }, /no command `\/retired`/],
		[
			'a user context command',
			{ id: '9', name: 'Profile', type: 2, target_id: '5' },
			/no command `\/Profile` any more/,
		],
	])('answers %s with a private notice', async (_, data, notice) => {
		const { body, record } = await ask({ type: 2, data });
		expect((body as Answer).data?.content).toMatch(notice);
		expect((body as Answer).data?.flags).toBe(64);
		expect(record.rejections).toEqual([]);
	});

	it('answers autocomplete with a choice list (type 8), which cannot be deferred', async () => {
		const options = [{ name: 'query', type: 3, value: 'terr', focused: true }];
		const { body, record } = await ask({ type: 4, data: { id: '9', name: 'conclusions', type: 1, options } });
		expect((body as Answer).type).toBe(8);
		expect(Array.isArray((body as Answer).data?.choices)).toBe(true);
		expect(record.rejections).toEqual([]);
	});

	it('answers a button it no longer knows with a private notice', async () => {
		const { body, record } = await ask({ type: 3, data: { custom_id: 'gone:1', component_type: 2 } });
		expect((body as Answer).type).toBe(4);
		expect((body as Answer).data?.flags).toBe(64);
		expect((body as Answer).data?.content).toMatch(/no longer in use/);
		expect(record.rejections).toEqual([]);
	});

	it('answers /healthz with the version and the corpus version', async () => {
		const answer = await h.discord.post(h.endpoint.url, '', { method: 'GET', path: '/healthz' });
		expect(answer).toMatchObject({
			status: 200,
			body: { version: VERSION, corpusVersion: seedCore().context.corpus.version },
		});
	});
});

describe('HTTP endpoint lifecycle', () => {
	it('answers /healthz 503 until the index is loaded, then 200', async () => {
		const h = await startHttpHarness({ core: null });
		try {
			const health = () => h.discord.post(h.endpoint.url, '', { method: 'GET', path: '/healthz' });
			expect((await health()).status).toBe(503);
			const ping = JSON.stringify({ id: '1', application_id: APPLICATION_ID, type: 1, token: 't', version: 1 });
			expect((await h.discord.post(h.endpoint.url, ping)).status).toBe(503);
			const core = seedCore();
			h.endpoint.ready(core);
			expect(await health()).toMatchObject({
				status: 200,
				body: { version: VERSION, corpusVersion: core.context.corpus.version },
			});
		} finally {
			await h.close();
		}
	});

	it('defers a slow answer (type 5) and completes it by editing @original through DISCORD_API_BASE', async () => {
		const slow = gatedCommand();
		const core = new BotCore(seedCore().context, { chatInput: [slow.command] });
		const h = await startHttpHarness({ core, deferAfterMs: 20 });
		try {
			const { body, record } = await h.discord.interact(h.standIn, h.endpoint.url, h.standIn.commandSpec('slow', {}));
			expect(body).toEqual({ type: 5, data: {} });
			slow.release();
			await h.standIn.waitFor(record, (r) => r.edits.length > 0 || r.rejections.length > 0);
			expect(record.rejections).toEqual([]);
			expect(record.edits).toEqual([{ content: 'slow answer', allowed_mentions: { parse: [] } }]);
			expect(h.standIn.requests).toContain(
				`PATCH /api/v10/webhooks/${APPLICATION_ID}/${record.token}/messages/%40original`,
			);
		} finally {
			await h.close();
		}
	});

	it('on close, stops accepting but lets an interaction in flight finish', async () => {
		const slow = gatedCommand();
		const core = new BotCore(seedCore().context, { chatInput: [slow.command] });
		const h = await startHttpHarness({ core });
		try {
			const pending = h.discord.interact(h.standIn, h.endpoint.url, h.standIn.commandSpec('slow', {}));
			await slow.started;
			const closed = h.endpoint.close(10_000);
			await expect(fetch(`${h.endpoint.url}/healthz`)).rejects.toThrow();
			slow.release();
			const { status, body } = await pending;
			expect(status).toBe(200);
			expect(body).toMatchObject({ type: 4, data: { content: 'slow answer' } });
			await closed;
		} finally {
			await h.close();
		}
	});

	it('on close, waits for an interaction in flight no longer than the grace period, then answers it with the restarting notice', async () => {
		const stuck = gatedCommand();
		const core = new BotCore(seedCore().context, { chatInput: [stuck.command] });
		const h = await startHttpHarness({ core });
		try {
			const pending = h.discord.interact(h.standIn, h.endpoint.url, h.standIn.commandSpec('slow', {}));
			await stuck.started;
			await h.endpoint.close(50);
			const { status, body, record } = await pending;
			expect(status).toBe(200);
			expect(body).toEqual({
				type: 4,
				data: {
					content: 'The bot is restarting — please ask again in a moment.',
					flags: 64,
					allowed_mentions: { parse: [] },
				},
			});
			expect(record.rejections).toEqual([]);
			expect(h.logs.filter((l) => l.includes('"msg":"interaction"'))).toEqual([
				expect.stringMatching(/"command":"slow".*"outcome":"restarting".*"notice":"sent"/),
			]);
		} finally {
			stuck.release();
			await h.close();
		}
	});
});
