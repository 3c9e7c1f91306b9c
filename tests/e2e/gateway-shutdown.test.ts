import { describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import type { Answerer } from '../../src/discord/answer-interaction.ts';
import { startGateway } from '../../src/discord/gateway.ts';
import { InFlight } from '../../src/discord/in-flight.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

describe('gateway shutdown', () => {
	it('lets an interaction in flight finish before the client closes', async () => {
		const standIn = await DiscordStandIn.start();
		const slow = gatedCommand();
		const inFlight = new InFlight();
		const core = new BotCore(seedCore().context, { chatInput: [slow.command] });
		const { logger } = captureLogger();
		const client = await startGateway({ token: standIn.token, apiBase: standIn.apiBase, core, logger, inFlight });
		try {
			const record = standIn.dispatchInteraction(standIn.commandSpec('slow', {}));
			await slow.started;
			expect(inFlight.size).toBe(1);
			// What main does on SIGTERM: wait for the work in flight (bounded), then close.
			const settled = inFlight.settle(10_000);
			slow.release();
			expect(await settled).toBe(true);
			expect(record.acknowledgement).toMatchObject({ type: 4, data: { content: 'slow answer' } });
		} finally {
			await client.destroy();
			await standIn.close();
		}
	});

	it('gives up a restarting notice whose request hangs, and still logs the interaction', async () => {
		const standIn = await DiscordStandIn.start();
		const stuck = gatedCommand();
		const core = new BotCore(seedCore().context, { chatInput: [stuck.command] });
		const { logger, lines } = captureLogger();
		let answerer: Answerer | undefined;
		const client = await startGateway({
			token: standIn.token,
			apiBase: standIn.apiBase,
			core,
			logger,
			deferAfterMs: 20,
			onAnswerer: (made) => (answerer = made),
		});
		try {
			const record = standIn.dispatchInteraction(standIn.commandSpec('slow', {}));
			await standIn.waitFor(record, (r) => r.acknowledgement !== undefined);
			expect(record.acknowledgement?.type).toBe(5);
			// Discord's API stops answering: the edit that would carry the notice never comes back.
			standIn.slowNext(/^PATCH \/api\/v10\/webhooks\//, 30_000);
			// Resolves although the request hangs (the test's own timeout would end it otherwise).
			expect(await answerer?.stop({ graceMs: 20, noticeMs: 200 })).toEqual({ interrupted: 1 });
			expect(lines.filter((l) => l.includes('"msg":"interaction"'))).toEqual([
				expect.stringMatching(/"command":"slow".*"outcome":"restarting".*"notice":"timed-out"/),
			]);
		} finally {
			stuck.release();
			await client.destroy();
			await standIn.close();
		}
	});

	it('stops waiting after the grace period', async () => {
		const inFlight = new InFlight();
		void inFlight.track(new Promise(() => {}));
		expect(await inFlight.settle(20)).toBe(false);
	});
});
