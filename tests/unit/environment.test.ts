import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'discord.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
	DEFAULT_API_BASE,
	DEFAULT_PORT,
	DEFAULT_SEARCH_COOLDOWN,
	DEFAULT_SHARD_SPAWN_DELAY_MS,
	loadConfig,
} from '../../src/config.ts';
import { clientOptions } from '../../src/discord/gateway.ts';
import { SINGLE_SHARD } from '../../src/discord/shard-placement.ts';
import { defaultEnvFile, ENV_VARIABLES, envFileForReader, loadEnvironment } from '../../src/environment.ts';
import { missingEnvHints } from '../../src/env-file-read.ts';
import { onDataDir } from '../../src/command-to-type.ts';
import { ROOT } from '../helpers/spawn-npm.ts';

const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** `.env.example`: each `NAME=` line and the `# Default: …` comment just above it. */
function exampleDefaults(): Map<string, string> {
	const entries = [...example.matchAll(/^# Default: (.+)\n([A-Z_]+)=$/gm)].map(
		(m) => [m[2] ?? '', m[1] ?? ''] as const,
	);
	return new Map(entries);
}

/** The README's environment table: variable → its default column, backticks dropped. */
function readmeDefaults(): Map<string, string> {
	const section = readme.slice(readme.indexOf('### Environment'), readme.indexOf('### Deploy'));
	const rows = [...section.matchAll(/^\| `([A-Z_]+)`\s*\|[^|]*\|([^|]*)\|/gm)];
	return new Map(rows.map((m) => [m[1] ?? '', (m[2] ?? '').trim().replaceAll('`', '')] as const));
}

describe('.env.example, the README and the code list the same variables', () => {
	it('every NAME= line of .env.example has a "# Default:" line above it', () => {
		const names = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
		expect([...exampleDefaults().keys()]).toEqual(names);
	});

	it('same variables, in the same order, as the code reads', () => {
		expect([...exampleDefaults().keys()]).toEqual([...ENV_VARIABLES]);
		expect([...readmeDefaults().keys()]).toEqual([...ENV_VARIABLES]);
	});

	it('same defaults in both, and the code’s defaults among them', () => {
		expect(Object.fromEntries(readmeDefaults())).toEqual(Object.fromEntries(exampleDefaults()));
		const defaults = exampleDefaults();
		expect(defaults.get('DISCORD_API_BASE')).toBe(DEFAULT_API_BASE);
		expect(defaults.get('PORT')).toBe(String(DEFAULT_PORT));
		expect(defaults.get('SHARD_SPAWN_DELAY_MS')).toBe(String(DEFAULT_SHARD_SPAWN_DELAY_MS));
		expect(defaults.get('SEARCH_COOLDOWN')).toBe(DEFAULT_SEARCH_COOLDOWN);
		expect(defaults.get('LOG_LEVEL')).toMatch(new RegExp(`^${loadConfig({ DISCORD_TOKEN: 't' }).logLevel}\\b`));
	});
});

describe('loading .env', () => {
	const saved = { ...process.env };
	afterEach(() => {
		for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
		Object.assign(process.env, saved);
	});

	const folders: string[] = [];
	afterAll(() => {
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	});
	function envFile(text: string): string {
		const folder = mkdtempSync(join(tmpdir(), 'env-file-'));
		folders.push(folder);
		const path = join(folder, '.env');
		writeFileSync(path, text);
		return path;
	}

	it('.env.example as copied: every empty line means unset, so the console starts', () => {
		const env: NodeJS.ProcessEnv = {};
		loadEnvironment(env, envFile(example));
		expect(env).toEqual({});
		expect(loadConfig(env).mode).toBe('console');
	});

	it('fills what the environment leaves unset or empty; a set value wins, and says so; empty values are removed', () => {
		const env: NodeJS.ProcessEnv = { DISCORD_TOKEN: '', LOG_LEVEL: 'debug', SHARD_COUNT: ' ', PORT: '' };
		const warnings: string[] = [];
		const file = envFile('DISCORD_TOKEN=from-file\nLOG_LEVEL=error\nSHARD_COUNT=\nHOST=\nPORT=\n');
		loadEnvironment(env, file, (line) => warnings.push(line));
		expect(env).toEqual({ DISCORD_TOKEN: 'from-file', LOG_LEVEL: 'debug' });
		expect(warnings).toEqual([
			`config: LOG_LEVEL is set in the environment and in ${envFileForReader(file)} with different values: the environment's is used — to use the file's, unset it where it is exported (unset LOG_LEVEL)`,
		]);
	});

	it('a relative DATA_DIR or INDEX_CACHE_DIR in the file is the folder beside it, wherever the bot is started', () => {
		const file = envFile('DATA_DIR=my-data\nINDEX_CACHE_DIR=  cache/index \n');
		const env: NodeJS.ProcessEnv = {};
		loadEnvironment(env, file);
		expect(env.DATA_DIR).toBe(join(dirname(file), 'my-data'));
		expect(env.INDEX_CACHE_DIR).toBe(join(dirname(file), 'cache/index'));
	});

	it('an absolute folder, INDEX_CACHE_DIR=off and a value from the environment are kept as they are', () => {
		const file = envFile('DATA_DIR=/srv/corpus\nINDEX_CACHE_DIR=off\n');
		const env: NodeJS.ProcessEnv = {};
		loadEnvironment(env, file);
		expect(env).toEqual({ DATA_DIR: '/srv/corpus', INDEX_CACHE_DIR: 'off' });
		const shell: NodeJS.ProcessEnv = { DATA_DIR: 'my-data' };
		loadEnvironment(shell, envFile('DATA_DIR=my-data\n'));
		expect(shell.DATA_DIR).toBe('my-data');
	});

	it('a DATA_DIR that is not a folder is named with the absolute path it was looked for at', () => {
		expect(() => loadConfig({ DATA_DIR: 'no-such-corpus-folder' })).toThrow(
			`DATA_DIR "no-such-corpus-folder" (${resolve('no-such-corpus-folder')}) is not a folder`,
		);
	});

	it('a command printed to type carries what the shell set, not what .env gives again', () => {
		const file = envFile('DISCORD_APPLICATION_ID=1234\nDISCORD_GUILD_ID=5678\nDATA_DIR=my-data\n');
		const env: NodeJS.ProcessEnv = { DISCORD_API_BASE: 'http://127.0.0.1:1/api' };
		loadEnvironment(env, file, () => {});
		expect(env.DATA_DIR).toBe(join(dirname(file), 'my-data'));
		expect(onDataDir('npm run deploy', env.DATA_DIR, env)).toBe(
			'DISCORD_API_BASE=http://127.0.0.1:1/api npm run deploy',
		);
		// A value the shell changed after the file was read is carried again.
		env.DISCORD_GUILD_ID = '9999';
		expect(onDataDir('npm run deploy', env.DATA_DIR, env)).toBe(
			'DISCORD_GUILD_ID=9999 DISCORD_API_BASE=http://127.0.0.1:1/api npm run deploy',
		);
	});

	it('a token in the shell that differs from .env’s is named, never its value; the same value is no news', () => {
		const warnings: string[] = [];
		const file = envFile('DISCORD_TOKEN=token-in-file\nDISCORD_APPLICATION_ID=1234\n');
		loadEnvironment({ DISCORD_TOKEN: 'token-of-another-bot', DISCORD_APPLICATION_ID: '1234' }, file, (line) =>
			warnings.push(line),
		);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/^config: DISCORD_TOKEN is set in the environment and in .* \(unset DISCORD_TOKEN\)$/u);
		expect(warnings.join('')).not.toMatch(/token-in-file|token-of-another-bot/u);
	});

	it.each([
		['with a byte order mark (PowerShell 5.1, Notepad "Unicode")', 'utf16le', '\uFEFF'],
		['big-endian with a byte order mark', 'utf16be', '\uFEFF'],
		['without a byte order mark', 'utf16le', ''],
	])('reads a .env saved as UTF-16 %s, and says so', (_how, encoding, bom) => {
		const text = `${bom}DISCORD_TOKEN=from-file\r\nLOG_LEVEL=error\r\n`;
		const units = Buffer.from(text, 'utf16le');
		if (encoding === 'utf16be') units.swap16();
		const file = envFile('');
		writeFileSync(file, units);
		const env: NodeJS.ProcessEnv = {};
		const warnings: string[] = [];
		loadEnvironment(env, file, (line) => warnings.push(line));
		expect(env).toEqual({ DISCORD_TOKEN: 'from-file', LOG_LEVEL: 'error' });
		expect(warnings).toEqual([expect.stringMatching(/is saved as UTF-16 .*: read as such; save it as UTF-8/u)]);
	});

	it('warns, naming the file and no value, when DOTENV_CONFIG_PATH names a file that does not exist', () => {
		const missing = join(tmpdir(), 'conclusions-no-such-folder', 'missing.env');
		const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: missing, LOG_LEVEL: 'debug' };
		const warnings: string[] = [];
		loadEnvironment(env, undefined, (line) => warnings.push(line));
		expect(warnings).toEqual([
			`config: DOTENV_CONFIG_PATH "${missing}" does not exist — no variables were read from a file`,
		]);
		expect(warnings.join('')).not.toContain('debug');
	});

	it('says nothing when the named file is there', () => {
		const warnings: string[] = [];
		loadEnvironment({}, envFile('LOG_LEVEL=debug\n'), (line) => warnings.push(line));
		loadEnvironment({ DOTENV_CONFIG_PATH: envFile('LOG_LEVEL=debug\n') }, undefined, (line) => warnings.push(line));
		// What the spawned-script tests name to keep a developer's .env out: there, and empty.
		loadEnvironment({ DOTENV_CONFIG_PATH: '/dev/null' }, undefined, (line) => warnings.push(line));
		expect(warnings).toEqual([]);
	});

	it('reads the working folder’s .env, else the project’s (started from elsewhere), and says which', () => {
		const project = join(envFile('LOG_LEVEL=debug\n'), '..');
		const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
		folders.push(elsewhere);
		expect(defaultEnvFile(elsewhere, project)).toBe(join(project, '.env'));
		expect(defaultEnvFile(project, elsewhere)).toBe(join(project, '.env'));
		writeFileSync(join(elsewhere, '.env'), 'LOG_LEVEL=error\n');
		expect(defaultEnvFile(elsewhere, project)).toBe(join(elsewhere, '.env'));
		const empty = mkdtempSync(join(tmpdir(), 'no-env-'));
		folders.push(empty);
		expect(defaultEnvFile(empty, empty)).toBeUndefined();
		// Named for the reader as found from where they are.
		expect(envFileForReader(join(project, '.env'), project)).toBe('.env');
		expect(envFileForReader(join(project, '.env'), elsewhere)).toBe(join(project, '.env'));
	});

	it('returns the file it read', () => {
		const file = envFile('LOG_LEVEL=debug\n');
		const env: NodeJS.ProcessEnv = {};
		expect(loadEnvironment(env, file)).toBe(file);
		expect(env.LOG_LEVEL).toBe('debug');
		expect(loadEnvironment({ DOTENV_CONFIG_PATH: join(file, 'missing') }, undefined, () => {})).toBeUndefined();
	});

	it('discord.js misreads an empty SHARD_COUNT unless it is removed; with our options and loader it is not', () => {
		process.env.SHARD_COUNT = '';
		expect(() => new Client(clientOptions(DEFAULT_API_BASE, SINGLE_SHARD))).toThrow(/shardCount/);
		process.env.SHARDS = '[7]'; // not ours, but discord.js reads it: explicit shard ids win over it
		loadEnvironment(process.env, envFile(example));
		expect('SHARD_COUNT' in process.env).toBe(false);
		const client = new Client(clientOptions(DEFAULT_API_BASE, SINGLE_SHARD));
		expect(client.options).toMatchObject({ shards: [0], shardCount: 1 });
		void client.destroy();
	});
});

describe('no .env, but a file that was meant to be it', () => {
	const folders: string[] = [];
	afterAll(() => {
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	});
	const folderWith = (files: Record<string, string>) => {
		const folder = mkdtempSync(join(tmpdir(), 'no-env-'));
		folders.push(folder);
		for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
		return folder;
	};

	it('names a .env.txt (Notepad’s name, its ending hidden), saying to rename it', () => {
		const folder = folderWith({ '.env.txt': 'DISCORD_TOKEN=secret-token\n' });
		// Once, though the working folder and the project's are the same folder written two ways (`npm start`).
		const hints = missingEnvHints([folder, `${folder}/`]);
		expect(hints).toEqual([expect.stringContaining(`there is ${join(folder, '.env.txt')} — rename it to .env`)]);
		expect(hints.join('')).not.toContain('secret-token');
	});

	it('names a .env.example filled in instead of copied; the template as shipped is no news', () => {
		const filled = folderWith({ '.env.example': `${example}\nDISCORD_TOKEN=secret-token\n` });
		expect(missingEnvHints([filled])).toEqual([
			expect.stringMatching(/has DISCORD_TOKEN filled in — .*copy it to \.env \(cp \.env\.example \.env\)/u),
		]);
		expect(missingEnvHints([folderWith({ '.env.example': example })])).toEqual([]);
	});
});
