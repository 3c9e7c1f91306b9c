/** Which shards this process runs, of how many in all. */
export interface ShardPlacement {
	ids: number[];
	total: number;
}

/** One process, no sharding. */
export const SINGLE_SHARD: ShardPlacement = { ids: [0], total: 1 };

/**
 * This process's shard, when discord.js's ShardingManager started it (it sets `SHARDING_MANAGER`, `SHARDS` and
 * `SHARD_COUNT` in the shard's environment); undefined in any other process.
 */
export function shardOfThisProcess(env: NodeJS.ProcessEnv): ShardPlacement | undefined {
	if (env.SHARDING_MANAGER !== 'true') return undefined;
	const ids = [JSON.parse(env.SHARDS ?? '0') as number | number[]].flat();
	return { ids, total: Number(env.SHARD_COUNT) };
}
