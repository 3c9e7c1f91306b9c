import { createServer } from 'node:net';
import { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchConnection } from '../../src/discord/connection-watch.ts';
import { clientOptions } from '../../src/discord/gateway.ts';
import { SINGLE_SHARD } from '../../src/discord/shard-placement.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { exitOf, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** A local port nothing listens on: connections to it are refused, as a firewall that blocks WebSockets does. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

describe('a gateway that cannot be reached (REST answers, WebSockets are refused)', () => {
	let standIn: DiscordStandIn;
	let client: Client;
	let gateway: string;
	const { logger, lines } = captureLogger();

	beforeAll(async () => {
		gateway = `ws://127.0.0.1:${await closedPort()}`;
		standIn = await DiscordStandIn.start({ gatewayUrl: gateway });
		client = new Client(clientOptions(standIn.apiBase, SINGLE_SHARD));
	});
	afterAll(async () => {
		killSpawned();
		await client.destroy();
		await standIn.close();
	});

	it('is told in the log, with the address and the usual cause, rather than waited on in silence', async () => {
		const stop = watchConnection(client, logger, 300);
		client.login(standIn.token).catch(() => {});
		// discord.js retries every half second; the warning comes once 300 ms have passed without READY.
		const deadline = Date.now() + 20_000;
		while (!lines.some((line) => line.includes('not connected')) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		stop();
		// It would go on asking where the gateway is, which the next test counts as the bot's own attempts.
		await client.destroy();
		const warning = lines.find((line) => line.includes('not connected')) ?? '';
		expect(JSON.parse(warning)).toMatchObject({ level: 40, gateway });
		expect(warning).toContain(`to reach ${gateway} failed`);
		expect(warning).toMatch(/blocks WebSocket connections/);
		expect(lines.join('\n')).not.toContain(standIn.token);
	});

	it('does not keep npm start from stopping cleanly on SIGTERM while it is still connecting', async () => {
		const { child, output } = spawnNpm(['start'], {
			DISCORD_TOKEN: standIn.token,
			DISCORD_API_BASE: standIn.apiBase,
			LOG_LEVEL: 'info',
		});
		// The check of the token and the login both ask where the gateway is: then the bot is trying to connect. Counted
		// from now: the client of the test before may still be asking too.
		const asked = () => standIn.requests.filter((r) => r.endsWith('/gateway/bot')).length;
		const before = asked();
		const botPid = () => Number(/"pid":(\d+),[^\n]*"msg":"index ready"/.exec(output().stderr)?.[1]);
		const deadline = Date.now() + 30_000;
		while ((!(botPid() > 0) || asked() < before + 2) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		expect(asked()).toBeGreaterThanOrEqual(before + 2);
		// SIGTERM to the bot's own process, as a process manager does: its exit code comes back through npm.
		const pid = botPid();
		expect(pid).toBeGreaterThan(0);
		process.kill(pid, 'SIGTERM');
		expect(await exitOf(child, 10_000)).toBe(0);
		const { stderr } = output();
		expect(stderr).not.toContain('connected to Discord');
		expect(stderr).toContain('"signal":"SIGTERM","msg":"shutting down"');
	}, 45_000);

	it('does not keep the shard manager from stopping cleanly on SIGTERM while its first shard is connecting', async () => {
		const { child, output } = spawnNpm(['start'], {
			DISCORD_TOKEN: standIn.token,
			DISCORD_API_BASE: standIn.apiBase,
			LOG_LEVEL: 'info',
			SHARD_COUNT: '2',
			SHARD_SPAWN_DELAY_MS: '200',
		});
		const managerPid = () => Number(/"pid":(\d+),[^\n]*"msg":"starting shards"/.exec(output().stderr)?.[1]);
		// The manager's check, then the first shard's check and login, each ask where the gateway is.
		const asked = () => standIn.requests.filter((r) => r.endsWith('/gateway/bot')).length;
		const before = asked();
		const deadline = Date.now() + 40_000;
		while ((!(managerPid() > 0) || asked() < before + 3) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		expect(managerPid()).toBeGreaterThan(0);
		expect(asked()).toBeGreaterThanOrEqual(before + 3);
		process.kill(managerPid(), 'SIGTERM');
		expect(await exitOf(child, 15_000)).toBe(0);
		const { stderr } = output();
		expect(stderr).toContain('"signal":"SIGTERM","msg":"shutting down"');
		expect(stderr).not.toContain('all shards ready');
	}, 70_000);
});
