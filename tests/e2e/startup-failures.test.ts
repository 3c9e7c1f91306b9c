import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SigningDiscord } from '../helpers/signing-discord.ts';
import { exitOf, killGroup, spawnNpm } from '../helpers/spawn-npm.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** No stack-trace frames: a failed start says one clear thing. */
const STACK_FRAME = /\n\s+at /;

/** Runs `npm start` until it exits by itself; returns its exit code and stderr. */
async function failedStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
	const { child, output } = spawnNpm(['start'], env);
	try {
		return { code: await exitOf(child), stderr: output().stderr };
	} finally {
		killGroup(child);
	}
}

describe('npm start failing to start', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
	});

	it('says the port is taken, in one line, and exits non-zero', async () => {
		const taken: Server = createServer();
		await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
		const { port } = taken.address() as AddressInfo;
		try {
			const { code, stderr } = await failedStart({
				DISCORD_PUBLIC_KEY: new SigningDiscord().publicKeyHex,
				PORT: String(port),
				HOST: '127.0.0.1',
			});
			expect(code).not.toBe(0);
			expect(stderr).toContain(`http: 127.0.0.1 port ${port} is already in use — stop the other server or set PORT`);
			expect(stderr).not.toMatch(STACK_FRAME);
		} finally {
			await new Promise<void>((resolve) => taken.close(() => resolve()));
		}
	});

	it('says Discord refused the token, in one line, and exits non-zero', async () => {
		const { code, stderr } = await failedStart({
			DISCORD_TOKEN: 'not-the-right-token',
			DISCORD_API_BASE: standIn.apiBase,
		});
		expect(code).not.toBe(0);
		expect(stderr).toContain('gateway: Discord refused DISCORD_TOKEN (TokenInvalid)');
		expect(stderr).not.toMatch(STACK_FRAME);
		expect(stderr).not.toContain('not-the-right-token');
	});
});
