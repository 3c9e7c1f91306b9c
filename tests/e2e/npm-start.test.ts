import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedCore } from '../helpers/corpus.ts';
import { exitOf, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import type { DiscordStandIn } from '../stand-in/stand-in.ts';
import { standInWithCommands } from '../helpers/bot-harness.ts';

describe('npm start, as a user runs it', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await standInWithCommands(seedCore(), { guildId: GUILD_ID });
	});
	afterEach(killSpawned);
	afterAll(async () => {
		killSpawned();
		await standIn.close();
	});

	it('connects to the gateway with only environment variables, answers, and stops cleanly on SIGTERM', async () => {
		const { child, output } = spawnNpm(['start'], {
			DISCORD_TOKEN: standIn.token,
			DISCORD_API_BASE: standIn.apiBase,
			LOG_LEVEL: 'info',
		});
		try {
			await standIn.gateway.waitForSessions(1, 20_000);
			expect(standIn.gateway.identifies[0]?.intents).toBe(1); // Guilds only: no privileged intent
			const record = await standIn.interact(standIn.commandSpec('conclusions', { query: 'terrorism' }));
			expect(record.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶3');
		} finally {
			// As a terminal's Ctrl-C or systemd does: the signal goes to the whole process group (npm, node).
			process.kill(-(child.pid ?? 0), 'SIGTERM');
		}
		await exitOf(child, 10_000);
		await standIn.gateway.waitForSessions(0, 5000);
		const { stdout, stderr } = output();
		expect(stderr).toContain('connected to Discord');
		expect(stderr).toContain('"signal":"SIGTERM","msg":"shutting down"');
		expect(stdout + stderr).not.toContain(standIn.token);
	}, 45_000);

	it('runs the offline console without a token, reading from a pipe and exiting 0 at end of input', async () => {
		const { child, output } = spawnNpm(['start'], {});
		// More searches than SEARCH_COOLDOWN's default allows one user: the console has no such limit.
		child.stdin?.end('/conclusions terrorism\n'.repeat(7));
		expect(await exitOf(child)).toBe(0);
		const { stdout } = output();
		expect(stdout).toMatch(/Offline console .*DISCORD_TOKEN/);
		expect(stdout.match(/^» \/conclusions terrorism$/gm)).toHaveLength(7);
		expect(stdout.match(/^> Participants recognized that \*\*terrorism\*\* represents/gm)).toHaveLength(7);
		expect(stdout).not.toMatch(/try again/i);
		expect(stdout).not.toContain('\u001b[');
	}, 30_000);

	it('leaves the offline console on /quit while its input is still open, as a terminal’s is, exiting 0', async () => {
		const { child, output } = spawnNpm(['start'], {});
		// Not ended: a console that stops only at the end of input would never exit.
		child.stdin?.write('/conclusions terrorism\n/quit\n');
		expect(await exitOf(child)).toBe(0);
		const { stdout } = output();
		expect(stdout).toMatch(/^Offline console .*\/quit or Ctrl-D leaves/m);
		expect(stdout).toContain('» /quit\n');
		expect(stdout).not.toContain('Unknown command');
	}, 30_000);

	it('stops with every configuration problem listed and a non-zero exit', async () => {
		const { child, output } = spawnNpm(['start'], { BOT_MODE: 'gateway', LOG_LEVEL: 'loud' });
		expect(await exitOf(child)).not.toBe(0);
		expect(output().stderr).toMatch(/config: 2 problems[\s\S]*DISCORD_TOKEN[\s\S]*LOG_LEVEL/);
	}, 30_000);
});
