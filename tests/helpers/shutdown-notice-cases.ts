import type { ChildProcess } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { SigningDiscord } from './signing-discord.ts';
import { exitOf, killSpawned, spawnNode } from './spawn-npm.ts';
import type { InteractionSpec } from '../stand-in/interaction.ts';
import { DiscordStandIn, type InteractionRecord } from '../stand-in/stand-in.ts';

const RESTARTING = 'The bot is restarting — please ask again in a moment.';
const RESTARTING_FR = 'Le bot redémarre — posez à nouveau votre question dans un instant.';
/** A query with an acronym: its search needs the acronym table, which the bot in tests/helpers/stopping-bot.ts holds. */
const NEEDS_TABLES = 'terrorism OSCE';

/** The interaction lines the bot logged, parsed. */
const interactionLines = (stderr: string) =>
	stderr
		.split('\n')
		.filter((line) => line.includes('"msg":"interaction"'))
		.map((line) => JSON.parse(line) as Record<string, unknown>);

/**
 * SIGTERM to a bot in its own process while a deferred search waits, through one door. Each door's cases are a file of
 * their own (tests/e2e/shutdown-notice-*.test.ts), so that the two doors' bots, which mostly wait out a grace period,
 * run side by side in two workers.
 */
export const shutdownNoticeCases = (door: 'gateway' | 'http') =>
	describe(`SIGTERM while a deferred search waits, through the ${door} door`, () => {
		let standIn: DiscordStandIn;
		let discord: SigningDiscord;
		let bot: { child: ChildProcess; output: () => { stdout: string; stderr: string } };
		let url = '';

		beforeAll(async () => {
			standIn = await DiscordStandIn.start();
		});
		afterEach(killSpawned);
		afterAll(async () => {
			killSpawned();
			await standIn.close();
		});

		/** Starts the bot in its own process, its search tables held; resolves once it takes interactions. */
		async function startBot(): Promise<void> {
			discord = new SigningDiscord(() => standIn.now());
			// Through the launcher, as `npm start` runs the bot: from a bundle made once and kept, not the sources
			// transpiled by tsx in each process (about a second of CPU apiece).
			bot = spawnNode(['scripts/launch.mjs', 'tests/helpers/stopping-bot.ts'], {
				DOOR: door,
				API_BASE: standIn.apiBase,
				TOKEN: standIn.token,
				PUBLIC_KEY: discord.publicKeyHex,
				MADE_TABLES_DIR: inject('madeTablesDir'),
			});
			const port = await vi.waitFor(
				() => {
					const ready = /"port":(\d+),"msg":"test bot ready"|"msg":"test bot ready"/.exec(bot.output().stderr);
					if (!ready) throw new Error(`not ready yet: ${bot.output().stderr}`);
					return ready[1];
				},
				{ timeout: 40_000, interval: 50 },
			);
			url = `http://127.0.0.1:${port ?? ''}`;
		}

		/** Sends an interaction; resolves once its first response reached the stand-in. */
		async function send(spec: InteractionSpec): Promise<InteractionRecord> {
			if (door === 'http') return (await discord.interact(standIn, url, spec)).record;
			const record = standIn.dispatchInteraction(spec);
			await standIn.waitFor(record, (r) => r.acknowledgement !== undefined || r.rejections.length > 0, 15_000);
			return record;
		}

		const shuttingDown = () =>
			vi.waitFor(
				() => {
					if (!bot.output().stderr.includes('"msg":"shutting down"')) throw new Error('not shutting down yet');
				},
				{ timeout: 10_000, interval: 20 },
			);

		it('gives each search still unanswered after the grace period the restarting notice, logs it, and exits 0', async () => {
			await startBot();
			const search = await send(standIn.commandSpec('conclusions', { query: NEEDS_TABLES }));
			const privately = await send({
				...standIn.commandSpec('conclusions', { query: NEEDS_TABLES, private: true }),
				locale: 'fr',
			});
			// Deferred: "thinking…" (public, and private), the work waiting for the tables.
			expect(search.acknowledgement).toMatchObject({ type: 5, data: {} });
			expect(privately.acknowledgement).toMatchObject({ type: 5, data: { flags: 64 } });
			process.kill(bot.child.pid ?? 0, 'SIGTERM');
			let arrivedWhileStopping: InteractionRecord | undefined;
			if (door === 'gateway') {
				// Still connected while it stops: an interaction that arrives now is turned away, not left unanswered.
				await shuttingDown();
				arrivedWhileStopping = await send(standIn.commandSpec('conclusions', { query: 'terrorism' }));
			}
			expect(await exitOf(bot.child, 20_000)).toBe(0);

			// The placeholders became the notice, each keeping its visibility, in the asker's language, pinging no one.
			for (const [record, text] of [
				[search, RESTARTING],
				[privately, RESTARTING_FR],
			] as const) {
				expect(record.rejections).toEqual([]);
				expect(record.edits).toEqual([{ content: text, allowed_mentions: { parse: [] } }]);
				expect(record.followUps).toEqual([]);
			}
			expect(search.message?.flags ?? 0).toBe(0);
			expect(privately.message?.flags).toBe(64);
			if (arrivedWhileStopping) {
				expect(arrivedWhileStopping.rejections).toEqual([]);
				expect(arrivedWhileStopping.acknowledgement).toMatchObject({
					type: 4,
					data: { content: RESTARTING, flags: 64, allowed_mentions: { parse: [] } },
				});
			}
			// One line each, saying how it ended.
			const { stderr } = bot.output();
			const lines = interactionLines(stderr);
			expect(lines).toHaveLength(door === 'gateway' ? 3 : 2);
			for (const line of lines) {
				expect(line).toMatchObject({ type: 'command', command: 'conclusions', outcome: 'restarting', notice: 'sent' });
			}
			expect(stderr).toContain('"signal":"SIGTERM","msg":"shutting down"');
		}, 90_000);

		it('answers normally a search that finishes inside the grace period, then exits 0', async () => {
			await startBot();
			const search = await send(standIn.commandSpec('conclusions', { query: NEEDS_TABLES }));
			expect(search.acknowledgement?.type).toBe(5);
			process.kill(bot.child.pid ?? 0, 'SIGTERM');
			await shuttingDown();
			// The tables arrive during the grace period: the search goes on to its answer.
			bot.child.stdin?.write('release\n');
			expect(await exitOf(bot.child, 20_000)).toBe(0);
			expect(search.rejections).toEqual([]);
			// The search's own answer (its paragraphs, by edit or by private follow-up), not the notice.
			const sent = JSON.stringify([search.edits, search.followUps]);
			expect(search.edits.length + search.followUps.length).toBe(1);
			expect(sent).toContain('Participants recognized that **terrorism**');
			expect(sent).not.toContain(RESTARTING);
			expect(interactionLines(bot.output().stderr)).toEqual([
				expect.objectContaining({ type: 'command', command: 'conclusions', outcome: 'deferred' }),
			]);
		}, 90_000);
	});
