import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendedShardCount } from '../../src/discord/shard-manager.ts';
import { shardOfThisProcess } from '../../src/discord/shard-placement.ts';
import { describeStartupError } from '../../src/startup-error.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

describe('SHARD_COUNT=auto', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start({ recommendedShards: 3 });
	});
	afterAll(async () => {
		await standIn.close();
	});

	it('asks GET /gateway/bot through DISCORD_API_BASE for the recommended count', async () => {
		expect(await recommendedShardCount(standIn.token, standIn.apiBase)).toBe(3);
		expect(standIn.requests).toContain('GET /api/v10/gateway/bot');
	});

	it('fails with the token message when Discord refuses the token', async () => {
		const error: unknown = await recommendedShardCount('wrong', standIn.apiBase).catch((caught: unknown) => caught);
		expect(describeStartupError(error)).toMatch(/^gateway: Discord refused DISCORD_TOKEN/);
	});
});

describe('which shard this process is', () => {
	it.each([
		[{}, undefined],
		[{ SHARD_COUNT: '4' }, undefined], // an operator's total: this process manages the shards
		[
			{ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '4' },
			{ ids: [1], total: 4 },
		],
		[
			{ SHARDING_MANAGER: 'true', SHARDS: '[2,3]', SHARD_COUNT: '4' },
			{ ids: [2, 3], total: 4 },
		],
	])('%j → %j', (env, placement) => {
		expect(shardOfThisProcess(env)).toEqual(placement);
	});
});
