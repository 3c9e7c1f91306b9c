import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SigningDiscord } from '../helpers/signing-discord.ts';
import { exitOf, killGroup, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import { APPLICATION_ID } from '../stand-in/fixtures.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

describe('BOT_MODE=http npm start, as an operator runs it', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterEach(killSpawned);
	afterAll(async () => {
		killSpawned();
		await standIn.close();
	});
	/** A public key and a token, as an operator's .env gives them, with the stand-in for Discord. */
	const httpEnv = (discord: SigningDiscord) => ({
		DISCORD_PUBLIC_KEY: discord.publicKeyHex,
		DISCORD_TOKEN: standIn.token,
		DISCORD_API_BASE: standIn.apiBase,
		PORT: '0',
		HOST: '127.0.0.1',
		LOG_LEVEL: 'info',
	});

	it('answers signed PINGs and commands, refuses forged ones, and exits 0 on SIGTERM', async () => {
		const discord = new SigningDiscord();
		// The token is not needed in HTTP mode; set to prove it stays out of the logs.
		const { child, output } = spawnNpm(['start'], { BOT_MODE: 'http', ...httpEnv(discord) });
		let interactionToken = '';
		try {
			const { pid, port } = await vi.waitFor(
				() => {
					const stderr = output().stderr;
					const listening = /"port":(\d+),[^\n]*"msg":"http: listening"/.exec(stderr);
					const ready = /"pid":(\d+),[^\n]*"msg":"index ready"/.exec(stderr);
					if (!listening || !ready) throw new Error(`not ready yet: ${stderr}`);
					return { pid: Number(ready[1]), port: listening[1] };
				},
				{ timeout: 20_000, interval: 50 },
			);
			const url = `http://127.0.0.1:${port}`;
			expect((await fetch(`${url}/healthz`)).status).toBe(200);
			expect(standIn.requests).toEqual([]); // HTTP mode makes no REST call at start
			const ping = JSON.stringify({ id: '1', application_id: APPLICATION_ID, type: 1, token: 'unused', version: 1 });
			expect(await discord.post(url, ping)).toMatchObject({ status: 200, body: { type: 1 } });
			const asked = await discord.interact(standIn, url, standIn.commandSpec('conclusions', { query: 'terrorism' }));
			interactionToken = asked.record.token;
			expect(asked.record.rejections).toEqual([]);
			expect(asked.record.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶3');
			const forged = await new SigningDiscord().post(url, ping);
			expect(forged.status).toBe(401);
			// SIGTERM to the bot's own process, as a process manager does: its exit code comes back through tsx and npm.
			process.kill(pid, 'SIGTERM');
			expect(await exitOf(child, 10_000)).toBe(0);
		} finally {
			killGroup(child);
		}
		const { stdout, stderr } = output();
		expect(stderr).toContain('"signal":"SIGTERM","msg":"shutting down"');
		// BOT_MODE chose the mode: no word on how the key chose it.
		expect(stderr).not.toContain('BOT_MODE=gateway');
		expect(stderr).toMatch(/"type":"command","command":"conclusions","ms":\d+,"outcome":"ok","msg":"interaction"/);
		expect(stdout + stderr).not.toContain(standIn.token);
		expect(stdout + stderr).not.toContain(interactionToken);
	}, 45_000);

	it('says, when a token and a public key are both set and no BOT_MODE, that the key chose HTTP mode', async () => {
		const discord = new SigningDiscord();
		const { child, output } = spawnNpm(['start'], httpEnv(discord));
		try {
			await vi.waitFor(
				() => {
					if (!output().stderr.includes('"msg":"http: listening"')) throw new Error('not listening yet');
				},
				{ timeout: 20_000, interval: 50 },
			);
		} finally {
			killGroup(child);
		}
		const { stdout, stderr } = output();
		expect(stderr).toContain(
			'"msg":"http mode, as DISCORD_PUBLIC_KEY is set: BOT_MODE=gateway connects through the gateway instead"',
		);
		expect(stdout + stderr).not.toContain(standIn.token);
	}, 45_000);
});
