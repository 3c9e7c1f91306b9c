import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'discord.js';
import { BotCore } from '../../src/core/bot-core.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { startGateway } from '../../src/discord/gateway.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

describe('a handler made artificially slow', () => {
	const slow = gatedCommand('slow');
	let standIn: DiscordStandIn;
	let client: Client<true>;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
		const core = new BotCore(seedCore().context, { chatInput: [slow.command] });
		await deployCommands({
			token: standIn.token,
			applicationId: standIn.applicationId,
			guildId: GUILD_ID,
			apiBase: standIn.apiBase,
			commands: core.definitions(),
		});
		// A short threshold stands in for Discord's 2.5 s, so the test waits on events, not on the clock.
		client = await startGateway({
			token: standIn.token,
			apiBase: standIn.apiBase,
			core,
			logger: captureLogger().logger,
			deferAfterMs: 50,
		});
	});
	afterAll(async () => {
		await client?.destroy();
		await standIn?.close();
	});

	it('defers within the window, then edits the answer in', async () => {
		const record = await standIn.interact(standIn.commandSpec('slow', {}));
		await slow.started;
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.edits).toEqual([]);
		slow.release();
		await standIn.waitFor(record, (r) => r.edits.length > 0);
		expect(record.edits[0]?.content).toBe('slow answer');
		expect(record.rejections).toEqual([]);
	});
});
