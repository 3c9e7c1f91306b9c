import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import { checkDiscordApi } from './api-check.ts';
import type { Logger } from '../logger.ts';

/**
 * The shard count Discord recommends, asked through DISCORD_API_BASE. discord.js's own `totalShards: 'auto'` asks
 * the hard-coded discord.com instead, which would bypass a REST proxy (and the test stand-in).
 */
export async function recommendedShardCount(token: string, apiBase: string): Promise<number> {
	return (await checkDiscordApi(token, apiBase)).shards;
}

export interface ShardFleetOptions {
	/** The entry every shard process runs: the bot's own main, which sees SHARDING_MANAGER and runs one shard. */
	file: string;
	token: string;
	totalShards: number;
	/** The shards this machine runs (default: all of them). */
	shardList?: number[] | undefined;
	logger: Logger;
}

/** What runs each shard's entry: the launcher `npm start` uses (our modules bundled, see scripts/launch.mjs). */
const LAUNCHER = fileURLToPath(new URL('../../scripts/launch.mjs', import.meta.url));

/**
 * One process per shard through discord.js's ShardingManager, which respawns a shard whose process dies. Each shard
 * process runs the entry through the same launcher as `npm start`, so it loads the bundle the manager's own start
 * made (or the sources through tsx where no bundle can be made).
 */
export class ShardFleet {
	readonly manager: ShardingManager;
	readonly #logger: Logger;
	/** `stop` was called: a shard that exits while the others start is the stop, not a failure. */
	#stopping = false;

	constructor({ file, token, totalShards, shardList, logger }: ShardFleetOptions) {
		this.#logger = logger;
		this.manager = new ShardingManager(LAUNCHER, {
			shardArgs: [file],
			token,
			totalShards,
			...(shardList ? { shardList } : {}),
			mode: 'process',
			respawn: true,
		});
		this.manager.on('shardCreate', (shard: Shard) => {
			shard.on('spawn', (child) =>
				logger.info({ shard: shard.id, pid: 'pid' in child ? child.pid : undefined }, 'shard started'),
			);
			shard.on('death', () => {
				if (this.manager.respawn) logger.warn({ shard: shard.id }, 'shard process exited; starting it again');
			});
			shard.on('error', (error) => logger.error({ err: error, shard: shard.id }, 'shard error'));
		});
	}

	/**
	 * Starts the shards one after another, each once the previous is ready, waiting `delayMs` in between: Discord
	 * accepts about one IDENTIFY per 5 s, so keep discord.js's 5.5 s outside tests.
	 */
	async spawn(delayMs: number): Promise<void> {
		const { totalShards } = this.manager;
		const { shardList } = this.manager;
		this.#logger.info(
			{ pid: process.pid, totalShards, shardList: shardList === 'auto' ? 'all' : shardList },
			'starting shards',
		);
		try {
			await this.manager.spawn({ amount: totalShards, delay: delayMs });
		} catch (error) {
			// Stopped while starting (SIGTERM): the shard that was starting exits before it is ready, as asked.
			if (this.#stopping) return;
			throw error;
		}
		if (!this.#stopping) this.#logger.info({ shards: this.manager.shards.size }, 'all shards ready');
	}

	/**
	 * Stops respawning, asks every shard process to stop (SIGTERM: each one shuts down gracefully), and waits for them
	 * at most `graceMs` before killing what is left.
	 */
	async stop(graceMs = 4000): Promise<void> {
		this.#stopping = true;
		this.manager.respawn = false;
		const exits = [...this.manager.shards.values()].flatMap((shard) => {
			const child = shard.process;
			if (!child || child.exitCode !== null || child.signalCode !== null) return [];
			const exited = once(child, 'exit');
			child.kill('SIGTERM');
			return [exited];
		});
		await Promise.race([Promise.allSettled(exits), sleep(graceMs, undefined, { ref: false })]);
		for (const shard of this.manager.shards.values()) {
			if (shard.process && shard.process.exitCode === null) shard.process.kill('SIGKILL');
		}
	}
}
