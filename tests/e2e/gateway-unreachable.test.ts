import { createServer } from 'node:net';
import { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchConnection } from '../../src/discord/connection-watch.ts';
import { clientOptions } from '../../src/discord/gateway.ts';
import { SINGLE_SHARD } from '../../src/discord/shard-placement.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
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
		const warning = lines.find((line) => line.includes('not connected')) ?? '';
		expect(JSON.parse(warning)).toMatchObject({ level: 40, gateway });
		expect(warning).toContain(`to reach ${gateway} failed`);
		expect(warning).toMatch(/blocks WebSocket connections/);
		expect(lines.join('\n')).not.toContain(standIn.token);
	});
});
