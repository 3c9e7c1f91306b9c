import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireDeployCredentials } from '../../src/config.ts';

const APP = '123456789012345678';

describe('loadConfig', () => {
	it.each([
		[{}, 'console'],
		[{ DISCORD_TOKEN: 'abc' }, 'gateway'],
		[{ DISCORD_TOKEN: 'abc', BOT_MODE: 'console' }, 'console'],
		[{ DISCORD_TOKEN: 'abc', BOT_MODE: 'GATEWAY' }, 'gateway'],
		[{ DISCORD_TOKEN: '  ' }, 'console'],
	])('%j runs in %s mode', (env, mode) => {
		expect(loadConfig(env).mode).toBe(mode);
	});

	it('defaults the REST base to Discord and strips a trailing slash', () => {
		expect(loadConfig({}).apiBase).toBe('https://discord.com/api');
		expect(loadConfig({ DISCORD_API_BASE: 'http://127.0.0.1:9999/api/' }).apiBase).toBe('http://127.0.0.1:9999/api');
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

	it.each([['http'], ['bogus']])('refuses BOT_MODE=%s', (mode) => {
		expect(() => loadConfig({ BOT_MODE: mode })).toThrow(/BOT_MODE/);
	});

	it('never puts the token in an error message', () => {
		expect(() => loadConfig({ DISCORD_TOKEN: 'Bot secret-token', LOG_LEVEL: 'x' })).toThrow(
			expect.objectContaining({ message: expect.not.stringContaining('secret-token') as unknown }),
		);
	});

	it('requires the token and the application id to deploy', () => {
		expect(() => requireDeployCredentials(loadConfig({}))).toThrow(/DISCORD_TOKEN[\s\S]*DISCORD_APPLICATION_ID/);
		expect(requireDeployCredentials(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP }))).toEqual({
			token: 't',
			applicationId: APP,
		});
	});
});
