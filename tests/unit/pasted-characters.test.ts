import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadDeployConfig } from '../../src/config.ts';
import { runDeploy } from '../../src/discord/deploy-command.ts';
import { seedCore } from '../helpers/corpus.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '123456789012345678';
const KEY = 'ab'.repeat(32);

/** The problems a configuration reports (none: []). */
function problemsOf(load: (env: NodeJS.ProcessEnv) => unknown, env: NodeJS.ProcessEnv): readonly string[] {
	try {
		load(env);
		return [];
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return (error as ConfigError).problems;
	}
}

/** What copying through a chat, a word processor or a web page adds, and how the problem names it. */
const PASTED: [string, (value: string) => string, RegExp][] = [
	['curly double quotes', (v) => `“${v}”`, /a typographic quote mark \(“ U\+201C/],
	['curly single quotes', (v) => `‘${v}’`, /a typographic quote mark \(‘ U\+2018/],
	['angle quotes', (v) => `«${v}»`, /a typographic quote mark \(« U\+00AB/],
	['a zero-width space inside', (v) => `${v.slice(0, 10)}\u200b${v.slice(10)}`, /a zero-width space \(U\+200B\)/],
	['a byte-order mark inside', (v) => `${v.slice(0, 10)}\ufeff${v.slice(10)}`, /a byte-order mark \(U\+FEFF\)/],
	['a non-breaking space inside', (v) => `${v.slice(0, 10)}\u00a0${v.slice(10)}`, /a non-breaking space \(U\+00A0\)/],
	['a zero-width space at the end', (v) => `${v}\u200b`, /a zero-width space \(U\+200B\)/],
	['a word joiner', (v) => `\u2060${v}`, /a word joiner \(U\+2060\)/],
];

describe('a credential pasted with characters a copy added', () => {
	it.each(PASTED)('DISCORD_TOKEN with %s: named, for start and for deploy, without the token', (_, paste, named) => {
		const env = { DISCORD_TOKEN: paste(TOKEN), DISCORD_APPLICATION_ID: APP };
		for (const load of [loadConfig, loadDeployConfig]) {
			const problems = problemsOf(load, env);
			expect(problems).toEqual([expect.stringMatching(new RegExp(`^DISCORD_TOKEN contains ${named.source}`))]);
			expect(problems.join('\n')).not.toContain(TOKEN.slice(-12));
		}
	});

	it.each(PASTED)('the public key and the ids with %s: named instead of a format error', (_, paste, named) => {
		const cases: [string, NodeJS.ProcessEnv, (env: NodeJS.ProcessEnv) => unknown][] = [
			['DISCORD_PUBLIC_KEY', { DISCORD_PUBLIC_KEY: paste(KEY) }, loadConfig],
			['DISCORD_APPLICATION_ID', { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: paste(APP) }, loadDeployConfig],
			[
				'DISCORD_GUILD_ID',
				{ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: paste(APP) },
				loadDeployConfig,
			],
		];
		for (const [name, env, load] of cases) {
			expect(problemsOf(load, env)).toEqual([expect.stringMatching(new RegExp(`^${name} contains ${named.source}`))]);
		}
	});

	it('keeps the straight-quote and "Bot " messages, and takes the bare values', () => {
		expect(problemsOf(loadConfig, { DISCORD_TOKEN: `"${TOKEN}` })).toEqual([
			'DISCORD_TOKEN contains a quote mark — paste the bare token, or close the quotes around it in .env',
		]);
		expect(problemsOf(loadConfig, { DISCORD_TOKEN: `Bot ${TOKEN}` })).toEqual([
			'DISCORD_TOKEN contains spaces — paste the bare token (no "Bot " prefix)',
		]);
		expect(problemsOf(loadDeployConfig, { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP })).toEqual([]);
		expect(problemsOf(loadConfig, { DISCORD_PUBLIC_KEY: KEY })).toEqual([]);
	});

	it('npm run deploy says so and sends nothing (no network diagnosis)', async () => {
		let stderr = '';
		const code = await runDeploy(
			[],
			{ DISCORD_TOKEN: `“${TOKEN}”`, DISCORD_APPLICATION_ID: APP, DISCORD_API_BASE: 'http://127.0.0.1:9' },
			{ stdout: () => {}, stderr: (t) => (stderr += t) },
			seedCore(),
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(/DISCORD_TOKEN contains a typographic quote mark/);
		expect(stderr).not.toMatch(/cannot reach|network/);
	});
});
