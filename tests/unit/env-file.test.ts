import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, loadDeployConfig } from '../../src/config.ts';
import { envEntries, meantVariable } from '../../src/env-file.ts';
import { ENV_VARIABLES, loadEnvironment } from '../../src/environment.ts';
import { ROOT } from '../helpers/spawn-npm.ts';

const TOKEN = 'MTI4NTk0NzM2MjExMDk4NjI0Mg.GhT3xQ.k9Vb2pZr7Lq1WmNc4sYdEo8FaJuXiH0tRgKlMn';
const APP_ID = '1285947362110986242';
const example = readFileSync(join(ROOT, '.env.example'), 'utf8');

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
function envFile(text: string): string {
	const folder = mkdtempSync(join(tmpdir(), 'env-check-'));
	folders.push(folder);
	const path = join(folder, '.env');
	writeFileSync(path, text);
	return path;
}
/** Loads `text` as the .env file into an empty environment: what it sets, and what was said. */
function load(text: string) {
	const env: NodeJS.ProcessEnv = {};
	const warnings: string[] = [];
	loadEnvironment(env, envFile(text), (line) => warnings.push(line));
	return { env, warnings, said: warnings.join('\n') };
}

describe('a name written twice in .env', () => {
	it('a token pasted above the template keeps its value; the empty line below it is named', () => {
		const { env, warnings, said } = load(`DISCORD_TOKEN=${TOKEN}\nDISCORD_APPLICATION_ID=${APP_ID}\n${example}`);
		expect(env.DISCORD_TOKEN).toBe(TOKEN);
		expect(loadDeployConfig(env)).toMatchObject({ token: TOKEN, applicationId: APP_ID });
		const tokenLine = example.split('\n').indexOf('DISCORD_TOKEN=') + 3;
		expect(warnings).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`DISCORD_TOKEN is set on lines 1 and ${tokenLine}: line ${tokenLine} sets it to nothing, which would unset ` +
						`the value of line 1, so that value is used\\. Delete line ${tokenLine} so that DISCORD_TOKEN is set once, ` +
						`on line 1 \\(or delete line 1 instead, to leave DISCORD_TOKEN unset\\)`,
				),
			),
		);
		expect(said).toMatch(/DISCORD_APPLICATION_ID is set on lines 2 and \d+: .*Delete line \d+ so that/u);
		expect(said).not.toContain(TOKEN.slice(0, 10));
	});

	it('two values: the last is used, as dotenv does, and both lines are named', () => {
		const { env, said } = load('LOG_LEVEL=debug\n# other\nLOG_LEVEL=error\n');
		expect(env.LOG_LEVEL).toBe('error');
		expect(said).toContain(
			'LOG_LEVEL is set on lines 1 and 3: line 1 is overridden by line 3, the last line with a value, which is used. ' +
				'Delete line 1 so that LOG_LEVEL is set once, on line 3',
		);
	});

	it('says nothing of .env.example as copied, nor of a name written once', () => {
		expect(load(example).warnings).toEqual([]);
		expect(load(`DISCORD_TOKEN=${TOKEN}\nEDITOR=vim\n`).warnings).toEqual([]);
	});
});

describe('a name the bot does not read', () => {
	it.each([
		['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN'],
		['TOKEN', 'DISCORD_TOKEN'],
		['BOT_TOKEN', 'DISCORD_TOKEN'],
		['discord_token', 'DISCORD_TOKEN'],
		['CLIENT_ID', 'DISCORD_APPLICATION_ID'],
		['DISCORD_CLIENT_ID', 'DISCORD_APPLICATION_ID'],
		['APPLICATION_ID', 'DISCORD_APPLICATION_ID'],
		['GUILD_ID', 'DISCORD_GUILD_ID'],
		['DISCORD_SERVER_ID', 'DISCORD_GUILD_ID'],
		['PUBLIC_KEY', 'DISCORD_PUBLIC_KEY'],
		['LOGLEVEL', 'LOG_LEVEL'],
		['SHARD_COUNTS', 'SHARD_COUNT'],
		['DATADIR', 'DATA_DIR'],
	])('%s → %s', (typed, meant) => {
		expect(meantVariable(typed, ENV_VARIABLES)).toBe(meant);
	});

	it.each(['EDITOR', 'NODE_ENV', 'DB_HOST', 'HOME', 'REDIS_URL'])('%s is no mistake for one of ours', (name) => {
		expect(meantVariable(name, ENV_VARIABLES)).toBeUndefined();
	});

	it('is named with its line and the name meant, never its value', () => {
		const { env, warnings } = load(`# mine\nDISCORD_BOT_TOKEN=${TOKEN}\nDISCORD_CLIENT_ID=${APP_ID}\n`);
		expect(warnings).toEqual([
			expect.stringMatching(
				/line 2: DISCORD_BOT_TOKEN is not a variable the bot reads — did you mean DISCORD_TOKEN\?$/,
			),
			expect.stringMatching(/line 3: DISCORD_CLIENT_ID is not a variable .* did you mean DISCORD_APPLICATION_ID\?$/),
		]);
		expect(warnings.join('')).not.toContain(TOKEN.slice(0, 10));
		expect(warnings.join('')).not.toContain(APP_ID);
		expect(env.DISCORD_TOKEN).toBeUndefined();
	});

	it('a lower-case name: says names are case-sensitive', () => {
		expect(load(`discord_token=${TOKEN}\n`).said).toContain(
			'line 1: discord_token is not a variable the bot reads (names are case-sensitive) — did you mean DISCORD_TOKEN?',
		);
	});

	it('only names written in the file are judged, not the environment', () => {
		const env: NodeJS.ProcessEnv = { TOKEN: 'x', CLIENT_ID: 'y' };
		const warnings: string[] = [];
		loadEnvironment(env, envFile('LOG_LEVEL=warn\n'), (line) => warnings.push(line));
		expect(warnings).toEqual([]);
	});
});

describe('entries as dotenv reads them', () => {
	it('counts lines across CRLF, export, quotes and a quoted value over several lines', () => {
		const text = 'export A=1\r\n\r\nB="two\nlines"\nC=\'3\' # note\n';
		expect(envEntries(text)).toEqual([
			{ name: 'A', value: '1', line: 1 },
			{ name: 'B', value: 'two\nlines', line: 3 },
			{ name: 'C', value: '3', line: 5 },
		]);
	});
});

describe('values that are close to right', () => {
	it('BOT_MODE=gatway and LOG_LEVEL=wanr: the value probably meant', () => {
		expect(() => loadConfig({ BOT_MODE: 'gatway' })).toThrow(
			/BOT_MODE "gatway" is not one of: gateway, http, console — did you mean gateway\?/,
		);
		expect(() => loadConfig({ LOG_LEVEL: 'wanr' })).toThrow(/did you mean warn\?/);
	});

	it('the application id pasted into DISCORD_TOKEN is named as an id, without repeating it', () => {
		for (const load of [loadConfig, loadDeployConfig]) {
			let message = '';
			try {
				load({ DISCORD_TOKEN: APP_ID, DISCORD_APPLICATION_ID: APP_ID });
			} catch (error) {
				message = (error as Error).message;
			}
			expect(message).toContain('DISCORD_TOKEN is all digits, an id (the Application ID?), not a token');
			expect(message).not.toContain(APP_ID);
		}
	});

	it('DOTENV_CONFIG_PATH naming a folder: said, and nothing is read from it', () => {
		const folder = join(envFile(`DISCORD_TOKEN=${TOKEN}\n`), '..');
		const env: NodeJS.ProcessEnv = { DOTENV_CONFIG_PATH: folder };
		const warnings: string[] = [];
		expect(loadEnvironment(env, undefined, (line) => warnings.push(line))).toBeUndefined();
		expect(warnings).toEqual([
			`config: DOTENV_CONFIG_PATH "${folder}" is a folder, not a file — no variables were read from it; name the .env file in it`,
		]);
	});
});
