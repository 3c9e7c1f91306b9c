import { describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
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

	it('stops waiting after the grace period', async () => {
		const inFlight = new InFlight();
		void inFlight.track(new Promise(() => {}));
		expect(await inFlight.settle(20)).toBe(false);
	});
});
