import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDeployConfig } from '../../src/config.ts';

const APP = '123456789012345678';
const KEY = 'ab'.repeat(32);

describe('loadConfig', () => {
	it.each([
		[{}, 'console'],
		[{ DISCORD_TOKEN: 'abc' }, 'gateway'],
		[{ DISCORD_TOKEN: 'abc', BOT_MODE: 'console' }, 'console'],
		[{ DISCORD_TOKEN: 'abc', BOT_MODE: 'GATEWAY' }, 'gateway'],
		[{ DISCORD_TOKEN: '  ' }, 'console'],
		[{ DISCORD_PUBLIC_KEY: KEY }, 'http'],
		[{ DISCORD_PUBLIC_KEY: KEY, DISCORD_TOKEN: 'abc' }, 'http'],
		[{ DISCORD_PUBLIC_KEY: KEY, DISCORD_TOKEN: 'abc', BOT_MODE: 'gateway' }, 'gateway'],
		[{ DISCORD_PUBLIC_KEY: KEY, BOT_MODE: 'console' }, 'console'],
		[{ DISCORD_PUBLIC_KEY: KEY, BOT_MODE: 'http' }, 'http'],
	])('%j runs in %s mode', (env, mode) => {
		expect(loadConfig(env).mode).toBe(mode);
	});

	it('defaults the REST base to Discord and strips a trailing slash', () => {
		expect(loadConfig({}).apiBase).toBe('https://discord.com/api');
		expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_API_BASE: 'http://127.0.0.1:9999/api/' }).apiBase).toBe(
			'http://127.0.0.1:9999/api',
		);
	});

	it('reports every problem at once, each saying what to do', () => {
		let error: unknown;
		try {
			loadConfig({
				BOT_MODE: 'gateway',
				DISCORD_APPLICATION_ID: 'abc',
				DISCORD_GUILD_ID: '12',
				DISCORD_API_BASE: 'https://discord.com/api/v10',
				LOG_LEVEL: 'loud',
			});
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const problems = (error as ConfigError).problems;
		expect(problems).toHaveLength(5);
		expect(problems.join('\n')).toMatch(
			/DISCORD_APPLICATION_ID[\s\S]*DISCORD_GUILD_ID[\s\S]*DISCORD_TOKEN[\s\S]*LOG_LEVEL[\s\S]*API version/,
		);
	});

	it('refuses an unknown BOT_MODE', () => {
		expect(() => loadConfig({ BOT_MODE: 'bogus' })).toThrow(/BOT_MODE "bogus" is not one of: gateway, http, console/);
	});

	it('needs the public key in HTTP mode, as 64 hex characters, and no token', () => {
		expect(() => loadConfig({ BOT_MODE: 'http' })).toThrow(/BOT_MODE=http needs DISCORD_PUBLIC_KEY/);
		expect(() => loadConfig({ DISCORD_PUBLIC_KEY: 'abc' })).toThrow(/DISCORD_PUBLIC_KEY must be 64 hex characters/);
		const config = loadConfig({ DISCORD_PUBLIC_KEY: KEY.toUpperCase() });
		expect(config).toMatchObject({ mode: 'http', publicKey: KEY, token: undefined, port: 8080, host: undefined });
	});

	it.each([
		[{}, { port: 8080, shardCount: undefined, shardList: undefined, shardSpawnDelayMs: 5500 }],
		[
			{ BOT_MODE: 'http', DISCORD_PUBLIC_KEY: KEY, PORT: '0', HOST: '127.0.0.1' },
			{ port: 0, host: '127.0.0.1' },
		],
		[{ SHARD_COUNT: 'auto' }, { shardCount: 'auto' }],
		[
			{ SHARD_COUNT: '4', SHARD_LIST: '2, 3,2' },
			{ shardCount: 4, shardList: [2, 3] },
		],
		[
			{ SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '0' },
			{ shardCount: 2, shardSpawnDelayMs: 0 },
		],
	])('reads the operations settings %j', (env, expected) => {
		expect(loadConfig({ DISCORD_TOKEN: 'abc', ...env })).toMatchObject(expected);
	});

	it.each([
		[{ DISCORD_PUBLIC_KEY: KEY, PORT: '70000' }, /PORT "70000" must be a whole number from 0 to 65535/],
		[{ DISCORD_PUBLIC_KEY: KEY, PORT: 'http' }, /PORT "http"/],
		[{ SHARD_COUNT: '0' }, /SHARD_COUNT "0" must be auto or a positive whole number/],
		[{ SHARD_COUNT: 'many' }, /SHARD_COUNT "many"/],
		[{ SHARD_LIST: '0,1' }, /SHARD_LIST needs SHARD_COUNT/],
		[{ SHARD_COUNT: 'auto', SHARD_LIST: '0' }, /SHARD_LIST needs SHARD_COUNT/],
		[{ SHARD_COUNT: '2', SHARD_LIST: '1,2' }, /SHARD_LIST ids must be below SHARD_COUNT \(2\)/],
		[{ SHARD_COUNT: '2', SHARD_LIST: 'one' }, /SHARD_LIST "one"/],
		[{ SHARD_SPAWN_DELAY_MS: '-1' }, /SHARD_SPAWN_DELAY_MS/],
		[{ SHARD_COUNT: '2', BOT_MODE: 'http', DISCORD_PUBLIC_KEY: KEY }, /SHARD_COUNT applies to gateway mode only/],
	])('refuses %j', (env, problem) => {
		expect(() => loadConfig({ DISCORD_TOKEN: 'abc', ...env })).toThrow(problem);
	});

	it.each([
		[
			{ DISCORD_APPLICATION_ID: '12' },
			"DISCORD_APPLICATION_ID must be a Discord id (a snowflake: 17–20 digits) — copy the Application ID from the developer portal's General Information page",
		],
		[
			{ DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '12' },
			'DISCORD_GUILD_ID must be a Discord server id (a snowflake: 17–20 digits) — enable Developer Mode (User Settings → Advanced), right-click the server, Copy Server ID',
		],
	])('a numeric id too short for Discord, %j, is told what a Discord id is and where to copy it', (env, problem) => {
		for (const load of [loadConfig, loadDeployConfig]) {
			expect(() => load({ DISCORD_TOKEN: 'abc', ...env })).toThrow(
				expect.objectContaining({ message: expect.stringContaining(problem) as unknown }),
			);
		}
	});

	it.each([
		['a quote that .env did not take off', '"MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnop', /quote mark/],
		['the OAuth2 client secret', 'aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW', /client secret/],
		['a token with the "Bot " prefix', 'Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnop', /no "Bot " prefix/],
	])('says what to fix in a token pasted with %s, without echoing it', (_, value, message) => {
		let problems: readonly string[] = [];
		try {
			loadConfig({ DISCORD_TOKEN: value });
		} catch (caught) {
			problems = (caught as ConfigError).problems;
		}
		expect(problems).toEqual([expect.stringMatching(message)]);
		expect(problems.join('\n')).not.toContain(value.slice(-12));
	});

	it("takes a token of a bot token's shape", () => {
		expect(loadConfig({ DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnop' }).mode).toBe('gateway');
	});

	it('never puts the token in an error message', () => {
		expect(() => loadConfig({ DISCORD_TOKEN: 'Bot secret-token', LOG_LEVEL: 'x' })).toThrow(
			expect.objectContaining({ message: expect.not.stringContaining('secret-token') as unknown }),
		);
	});

	it('requires the token and the application id to deploy, and nothing deploy does not use', () => {
		expect(() => loadDeployConfig({})).toThrow(/DISCORD_TOKEN[\s\S]*DISCORD_APPLICATION_ID/);
		expect(loadDeployConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP, PORT: 'x', SHARD_LIST: 'y' })).toEqual({
			token: 't',
			applicationId: APP,
			guildId: undefined,
			apiBase: 'https://discord.com/api',
		});
	});

	it.each([
		[
			'console',
			{},
			{
				PORT: 'notaport',
				SHARD_COUNT: 'many',
				SHARD_LIST: 'one',
				SEARCH_COOLDOWN: 'fast',
				DISCORD_API_BASE: 'nope',
				DISCORD_GUILD_ID: 'x',
			},
		],
		['gateway', { DISCORD_TOKEN: 'abc' }, { PORT: 'notaport', DISCORD_PUBLIC_KEY: '' }],
		[
			'http',
			{ DISCORD_PUBLIC_KEY: KEY },
			{ SHARD_LIST: 'one', SHARD_SPAWN_DELAY_MS: 'soon', DISCORD_TOKEN: 'a b', DISCORD_GUILD_ID: 'x' },
		],
	])('%s mode validates only what it uses (ignores %j + %j)', (mode, env, unused) => {
		expect(loadConfig({ ...unused, ...env }).mode).toBe(mode);
	});

	it('turns the search limit off in the console: one local user', () => {
		expect(loadConfig({ SEARCH_COOLDOWN: '1/60' }).searchCooldown.count).toBe(0);
		expect(loadConfig({ SEARCH_COOLDOWN: '1/60', DISCORD_TOKEN: 'abc' }).searchCooldown).toEqual({
			count: 1,
			seconds: 60,
		});
	});

	it('names DATA_DIR when it is not a folder, in every mode', () => {
		expect(() => loadConfig({ DATA_DIR: '/nowhere/at/all' })).toThrow(/DATA_DIR "\/nowhere\/at\/all" is not a folder/);
		expect(loadConfig({ DATA_DIR: 'data' }).dataDir).toBe('data');
	});
});

describe('SEARCH_COOLDOWN', () => {
	it.each([
		[undefined, { count: 5, seconds: 10 }],
		['3/60', { count: 3, seconds: 60 }],
		['0', { count: 0, seconds: 1 }],
	])('%j → %j', (spec, expected) => {
		const env = spec === undefined ? {} : { SEARCH_COOLDOWN: spec };
		expect(loadConfig({ DISCORD_TOKEN: 'abc', ...env }).searchCooldown).toEqual(expected);
	});

	it('refuses a malformed limit, saying the form', () => {
		expect(() => loadConfig({ DISCORD_TOKEN: 'abc', SEARCH_COOLDOWN: 'fast' })).toThrow(
			/SEARCH_COOLDOWN "fast" must be <count>\/<seconds>/,
		);
	});
});
