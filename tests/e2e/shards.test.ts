import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedCore } from '../helpers/corpus.ts';
import { exitOf, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import { GUILD_ID, SECOND_GUILD_ID, shardOf } from '../stand-in/fixtures.ts';
import type { DiscordStandIn } from '../stand-in/stand-in.ts';
import { standInWithCommands } from '../helpers/bot-harness.ts';

/** 30 + 2×(8 + 15) + 10 + 5 + 20 + 10 + 8 + 15 + 5 + 10 + 5 s of bounded waits at most, with room to spare. */
const TEST_TIMEOUT_MS = 180_000;

/** The first capture of `pattern` in the output, once it appears. */
function waitForMatch(read: () => string, pattern: RegExp, timeout = 5000): Promise<string> {
	return vi.waitFor(
		() => {
			const match = pattern.exec(read());
			if (!match?.[1]) throw new Error(`no ${String(pattern)} yet in:\n${read()}`);
			return match[1];
		},
		{ timeout, interval: 50 },
	);
}

describe('SHARD_COUNT=2 npm start against the stand-in', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		// Global commands, so that both servers have them.
		standIn = await standInWithCommands(seedCore());
	});
	// Runs even when the test fails or times out: npm start and its shard processes never outlive the test.
	afterEach(killSpawned);
	afterAll(async () => {
		killSpawned();
		await standIn.close();
	});

	// Every wait below is bounded, and together they stay under the test's own timeout (TEST_TIMEOUT_MS).
	it(
		'runs one process per shard, answers through both, respawns a dead shard and stops cleanly',
		async () => {
			expect([GUILD_ID, SECOND_GUILD_ID].map((id) => shardOf(id, 2))).toEqual([1, 0]);
			const { child, output } = spawnNpm(['start'], {
				DISCORD_TOKEN: standIn.token,
				DISCORD_API_BASE: standIn.apiBase,
				SHARD_COUNT: '2',
				SHARD_SPAWN_DELAY_MS: '0',
				LOG_LEVEL: 'info',
			});
			const stderr = () => output().stderr;
			const ask = (guildId: string) =>
				standIn.interact(standIn.commandSpec('conclusions', { query: 'terrorism' }, { guildId }), 8000);
			await standIn.gateway.waitForSessions(2, 30_000);
			expect(standIn.gateway.identifies.map((i) => i.shard).sort()).toEqual([
				[0, 2],
				[1, 2],
			]);
			// The answer itself, or after a deferral (a busy machine, a new process's first search) its edit.
			const titleOf = async (guildId: string) =>
				(await standIn.answerOf(await ask(guildId), 15_000))?.embeds?.[0]?.title;
			for (const guildId of [GUILD_ID, SECOND_GUILD_ID]) expect(await titleOf(guildId)).toBe('¶3');
			// Each answer came from the process of the guild's shard.
			await vi.waitFor(
				() => {
					expect(stderr()).toMatch(/"shard":0,[^\n]*"type":"command","command":"conclusions"[^\n]*"msg":"interaction"/);
					expect(stderr()).toMatch(/"shard":1,[^\n]*"type":"command","command":"conclusions"[^\n]*"msg":"interaction"/);
				},
				{ timeout: 10_000, interval: 50 },
			);

			// A shard process that dies is started again by the manager, and its guild is served again.
			const shardPid = Number(await waitForMatch(stderr, /"shard":1,"pid":(\d+),"msg":"shard started"/));
			process.kill(shardPid, 'SIGKILL');
			await vi.waitFor(() => expect(standIn.gateway.identifies).toHaveLength(3), { timeout: 20_000, interval: 50 });
			expect(standIn.gateway.identifies[2]?.shard).toEqual([1, 2]);
			await standIn.gateway.waitForSessions(2, 10_000);
			expect(await titleOf(GUILD_ID)).toBe('¶3');

			const managerPid = Number(await waitForMatch(stderr, /"pid":(\d+),"totalShards":2[^\n]*"msg":"starting shards"/));
			process.kill(managerPid, 'SIGTERM');
			expect(await exitOf(child, 10_000)).toBe(0);
			await standIn.gateway.waitForSessions(0, 5000);
			expect(stderr()).toMatch(/"shard":0,"signal":"SIGTERM","msg":"shutting down"/);
			expect(stderr()).toMatch(/"shard":1,"signal":"SIGTERM","msg":"shutting down"/);
			expect(output().stdout + stderr()).not.toContain(standIn.token);
		},
		TEST_TIMEOUT_MS,
	);
});
