import { Client, Events } from 'discord.js';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOptions, startGateway } from '../../src/discord/gateway.ts';
import { watchOutages } from '../../src/discord/outage-watch.ts';
import { SINGLE_SHARD } from '../../src/discord/shard-placement.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { seedCore } from '../helpers/corpus.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** Waits (polling, no fixed sleep) until a captured line matches, or fails after a generous deadline. */
async function lineMatching(lines: readonly string[], pattern: RegExp, timeoutMs = 20_000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const line = lines.find((l) => pattern.test(l));
		if (line !== undefined) return line;
		if (Date.now() > deadline) throw new Error(`no log line matching ${String(pattern)} in:\n${lines.join('')}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

describe('a connected bot whose gateway goes down for a while, then comes back', () => {
	let standIn: DiscordStandIn;
	let client: Client;
	const { logger, lines } = captureLogger();

	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
		client = new Client(clientOptions(standIn.apiBase, SINGLE_SHARD));
		const ready = once(client, Events.ClientReady);
		await client.login(standIn.token);
		await ready;
	});
	afterAll(async () => {
		await client.destroy();
		await standIn.close();
	});

	it('warns when the connection is lost and stays lost, reminds while it lasts, and says when it is back', async () => {
		// 300 ms stands for the default's seconds: discord.js retries the refused gateway on its own meanwhile.
		const stop = watchOutages(client, logger, 300);
		try {
			standIn.gateway.startOutage();
			const warning = JSON.parse(await lineMatching(lines, /lost the connection to Discord/u)) as object;
			expect(warning).toMatchObject({ level: 40, shard: 0 });
			// A reminder follows while the gateway stays down (after 300 ms, then 600 ms more).
			const reminder = JSON.parse(
				await lineMatching(lines, /still not connected to Discord, \d+ s after the connection was lost/u),
			) as object;
			expect(reminder).toMatchObject({ level: 40, shard: 0 });
			expect(lines.some((l) => /connected to Discord again/u.test(l))).toBe(false);
			standIn.gateway.endOutage();
			const back = JSON.parse(await lineMatching(lines, /connected to Discord again after \d+ s/u)) as object;
			expect(back).toMatchObject({ level: 30, shard: 0 });
			await standIn.gateway.waitForSessions(1);
			expect(lines.join('\n')).not.toContain(standIn.token);
		} finally {
			stop();
		}
	}, 60_000);

	it('is wired into the bot: startGateway watches its connection once ready', async () => {
		const { logger: botLogger, lines: said } = captureLogger();
		const bot = await startGateway({
			token: standIn.token,
			apiBase: standIn.apiBase,
			core: seedCore(),
			logger: botLogger,
			outageWarnAfterMs: 300,
		});
		try {
			standIn.gateway.startOutage();
			await lineMatching(said, /lost the connection to Discord/u);
			standIn.gateway.endOutage();
			await lineMatching(said, /connected to Discord again/u);
		} finally {
			standIn.gateway.endOutage();
			await bot.destroy();
		}
	}, 60_000);

	it('keeps a routine reconnect (back before the warning is due) out of the log at the default level', async () => {
		const { logger: quiet, lines: said } = captureLogger();
		const stop = watchOutages(client, quiet, 60_000);
		try {
			standIn.gateway.disconnectAll();
			await lineMatching(said, /reconnected to Discord after/u);
			// Debug only: nothing at info or above.
			expect(said.map((l) => (JSON.parse(l) as { level: number }).level).filter((level) => level >= 30)).toEqual([]);
		} finally {
			stop();
		}
	}, 60_000);

	it('says so at once, as an error, when Discord closes the connection for good', async () => {
		const { logger: own, lines: said } = captureLogger();
		const other = new Client(clientOptions(standIn.apiBase, SINGLE_SHARD));
		try {
			const ready = once(other, Events.ClientReady);
			await other.login(standIn.token);
			await ready;
			const stop = watchOutages(other, own, 60_000);
			try {
				// 4004, authentication failed: what a token reset meanwhile gives; discord.js gives up on it. Every
				// session gets it (the suite's client too): this test comes last.
				standIn.gateway.disconnectAll(4004);
				const line = JSON.parse(await lineMatching(said, /closed the connection for good/u)) as object;
				expect(line).toMatchObject({ level: 50, shard: 0, code: 4004 });
			} finally {
				stop();
			}
		} finally {
			await other.destroy();
		}
	}, 60_000);
});
