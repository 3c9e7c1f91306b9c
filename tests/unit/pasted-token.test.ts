import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDeployConfig } from '../../src/config.ts';
import { holdsToken, valueProblem } from '../../src/config-echo.ts';
import { runDeploy } from '../../src/discord/deploy-command.ts';
import { loadEnvironment } from '../../src/environment.ts';
import { runImport } from '../../src/import/import-command.ts';

/** What a reader pastes: a token of Discord's shape (made up). */
const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const KEY = 'ab'.repeat(32);

/** Every problem the configuration reports, as one text ('' when it loads). */
function problemsOf(load: (env: NodeJS.ProcessEnv) => unknown, env: NodeJS.ProcessEnv): string {
	try {
		load(env);
		return '';
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as ConfigError).message;
	}
}

/** The token, or a recognisable piece of it, in any case. */
const showsToken = (text: string, token = TOKEN) => text.toLowerCase().includes(token.slice(-16).toLowerCase());

describe('a bot token pasted into the wrong line of .env is never repeated', () => {
	// Each variable in the mode that reads it, with DISCORD_TOKEN set as well (the reader pasted it twice).
	it.each([
		['DISCORD_API_BASE', {}],
		['SHARD_COUNT', {}],
		['SHARD_LIST', { SHARD_COUNT: '2' }],
		['SHARD_SPAWN_DELAY_MS', {}],
		['SEARCH_COOLDOWN', {}],
		['DATA_DIR', {}],
		['INDEX_CACHE_DIR', {}],
		['BOT_MODE', {}],
		['LOG_LEVEL', {}],
		['DISCORD_APPLICATION_ID', {}],
		['DISCORD_GUILD_ID', {}],
		['PORT', { DISCORD_PUBLIC_KEY: KEY }],
		['HOST', { DISCORD_PUBLIC_KEY: KEY }],
		['DISCORD_PUBLIC_KEY', { BOT_MODE: 'http' }],
	])('%s: the problem names the variable and says a token is there, without it', (name, more) => {
		const message = problemsOf(loadConfig, { DISCORD_TOKEN: TOKEN, ...more, [name]: TOKEN });
		expect(message).toContain(name);
		expect(message).toMatch(/looks like a bot token/);
		expect(showsToken(message)).toBe(false);
	});

	it('is named when it is the only token, in an id line: offline for want of DISCORD_TOKEN, the reader meant online', () => {
		for (const name of ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID']) {
			const message = problemsOf(loadConfig, { [name]: TOKEN });
			expect(message).toMatch(new RegExp(`^config: 1 problem:\\n.*${name} looks like a bot token`));
			expect(message).toMatch(/belongs in DISCORD_TOKEN/);
			expect(showsToken(message)).toBe(false);
		}
		// An id where it belongs leaves the console as it is.
		expect(problemsOf(loadConfig, { DISCORD_APPLICATION_ID: '123456789012345678' })).toBe('');
	});

	it('deploy refuses it in the variables deploy reads', () => {
		for (const name of ['DISCORD_API_BASE', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID']) {
			const message = problemsOf(loadDeployConfig, { DISCORD_TOKEN: TOKEN, [name]: TOKEN });
			expect(message).toMatch(new RegExp(`${name}.*looks like a bot token`));
			expect(showsToken(message)).toBe(false);
		}
	});

	it('finds DISCORD_TOKEN in another variable in any case, and a piece of it, whatever the token looks like', () => {
		const token = 'Odd-Token_Without-Dots-0123456789';
		for (const pasted of [token.toUpperCase(), `https://proxy.example/${token}`, token.slice(0, 20)]) {
			const message = problemsOf(loadConfig, { DISCORD_TOKEN: token, LOG_LEVEL: pasted, DISCORD_API_BASE: pasted });
			expect(message).toMatch(/LOG_LEVEL[^\n]*bot token[\s\S]*DISCORD_API_BASE[^\n]*bot token/);
			expect(showsToken(message, token)).toBe(false);
			expect(message.toLowerCase()).not.toContain(token.slice(0, 20).toLowerCase());
		}
	});

	it('a token of Discord’s shape is recognised with no DISCORD_TOKEN set, and in lower case', () => {
		expect(holdsToken(TOKEN, {})).toBe(true);
		expect(holdsToken(TOKEN.toLowerCase(), {})).toBe(true);
		expect(problemsOf(loadConfig, { BOT_MODE: TOKEN })).toMatch(/BOT_MODE looks like a bot token \(not shown\)/);
	});

	it('an application id pasted into DISCORD_TOKEN makes the same id in its own line no piece of a token', () => {
		const id = '1285947362110986242';
		expect(holdsToken(id, { DISCORD_TOKEN: id })).toBe(false);
	});

	it('ordinary values are still quoted as given', () => {
		const env = { DISCORD_TOKEN: TOKEN };
		for (const ordinary of ['https://discord.com/api', '/srv/bot/data', '5/10', 'debug', 'gateway', '8080', 'off']) {
			expect(holdsToken(ordinary, env)).toBe(false);
			expect(valueProblem('X', ordinary, 'is wrong', env)).toBe(`X "${ordinary}" is wrong`);
		}
		expect(problemsOf(loadConfig, { ...env, SHARD_COUNT: 'many' })).toContain('SHARD_COUNT "many" must be');
		expect(problemsOf(loadConfig, { ...env, BOT_MODE: 'Bogus' })).toContain('BOT_MODE "Bogus" is not one of');
	});
});

describe('the other doors never repeat it either', () => {
	const folders: string[] = [];
	afterAll(() => {
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	});
	const io = () => {
		const out = { stdout: '', stderr: '' };
		return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
	};

	it.each([[['--dry-run']], [[]]])('npm run deploy %j with the token as DATA_DIR', async (argv) => {
		const { out, io: sink } = io();
		const code = await runDeploy(argv, { DISCORD_TOKEN: TOKEN, DATA_DIR: TOKEN }, sink);
		expect(code).toBe(1);
		expect(out.stderr).toMatch(/DATA_DIR looks like a bot token/);
		expect(showsToken(out.stdout + out.stderr)).toBe(false);
	});

	it.each([[['--check']], [['somewhere/file.txt']]])('npm run import %j with the token as DATA_DIR', async (argv) => {
		const { out, io: sink } = io();
		const code = await runImport(argv, { DISCORD_TOKEN: TOKEN, DATA_DIR: TOKEN, INIT_CWD: tmpdir() }, sink);
		expect(code).toBe(1);
		expect(out.stderr).toMatch(/^import: DATA_DIR looks like a bot token/);
		expect(showsToken(out.stdout + out.stderr)).toBe(false);
	});

	it('loading .env: a DOTENV_CONFIG_PATH holding the token is not named', () => {
		const folder = mkdtempSync(join(tmpdir(), 'pasted-'));
		folders.push(folder);
		const warnings: string[] = [];
		loadEnvironment({ DOTENV_CONFIG_PATH: join(folder, TOKEN) }, undefined, (line) => warnings.push(line));
		expect(warnings).toEqual([expect.stringMatching(/DOTENV_CONFIG_PATH looks like a bot token \(not shown\)/)]);
		expect(showsToken(warnings.join(''))).toBe(false);
	});
});
