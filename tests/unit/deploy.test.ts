import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeploy } from '../../src/discord/deploy-command.ts';
import { deployCommands, normalizeCommand, sameCommands } from '../../src/discord/deploy.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';
import { LAYOUT_DOCUMENTS, seedCore, seedDataCopy } from '../helpers/corpus.ts';
import { answeringApi, type BrokenApi } from '../helpers/broken-apis.ts';

const definitions = seedCore().definitions();

describe('comparing command sets', () => {
	it('ignores what Discord adds: ids, version, defaults and null localizations', () => {
		const registered = definitions.map((d) => ({
			...d,
			id: '1',
			application_id: '2',
			version: '3',
			nsfw: false,
			default_member_permissions: null,
			dm_permission: true,
		}));
		expect(sameCommands(registered, definitions)).toBe(true);
	});

	it('sees a changed name', () => {
		const changed = definitions.map((d) => ({ ...d, name: `${d.name}x` }));
		expect(sameCommands(changed, definitions)).toBe(false);
	});

	it('sorts keys so that field order does not matter', () => {
		expect(normalizeCommand({ b: 1, a: { d: 1, c: 2 } })).toEqual({ a: { c: 2, d: 1 }, b: 1 });
		expect(JSON.stringify(normalizeCommand({ b: 1, a: 2 }))).toBe('{"a":2,"b":1}');
	});
});

describe('deployCommands against the stand-in', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
	});
	const deploy = (guildId?: string, token = standIn.token) =>
		deployCommands({
			token,
			applicationId: standIn.applicationId,
			guildId,
			apiBase: standIn.apiBase,
			commands: definitions,
		});

	it('writes to a guild, then writes nothing when nothing changed', async () => {
		expect(await deploy(GUILD_ID)).toEqual({ changed: true, count: definitions.length });
		expect(await deploy(GUILD_ID)).toEqual({ changed: false, count: definitions.length });
		const puts = standIn.requests.filter((r) => r.startsWith('PUT '));
		expect(puts).toEqual([`PUT /api/v10/applications/${standIn.applicationId}/guilds/${GUILD_ID}/commands`]);
	});

	it('deploys globally without a guild id', async () => {
		expect((await deploy()).changed).toBe(true);
		expect(standIn.commands.get('global')?.map((c) => c.name)).toEqual(definitions.map((d) => d.name));
		expect((await deploy()).changed).toBe(false);
	});

	it('fails clearly with a wrong token', async () => {
		await expect(deploy(GUILD_ID, 'wrong')).rejects.toThrow(/401|Unauthorized/);
	});
});

describe('npm run deploy', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
	});
	const run = async (argv: string[], env: NodeJS.ProcessEnv) => {
		let stdout = '';
		let stderr = '';
		const code = await runDeploy(argv, env, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, seedCore());
		return { code, stdout, stderr };
	};

	it('prints the command JSON with --dry-run and needs no token', async () => {
		const { code, stdout } = await run(['--dry-run'], {});
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual(definitions);
	});

	it('names both missing variables and exits 1', async () => {
		const { code, stderr } = await run([], {});
		expect(code).toBe(1);
		expect(stderr).toMatch(/DISCORD_TOKEN[\s\S]*DISCORD_APPLICATION_ID/);
	});

	it('registers through DISCORD_API_BASE to the guild in DISCORD_GUILD_ID', async () => {
		const env = {
			DISCORD_TOKEN: standIn.token,
			DISCORD_APPLICATION_ID: standIn.applicationId,
			DISCORD_GUILD_ID: GUILD_ID,
			DISCORD_API_BASE: standIn.apiBase,
		};
		expect(await run([], env)).toMatchObject({
			code: 0,
			stdout: expect.stringContaining('Registered 5 commands on server') as unknown,
		});
		expect(await run([], env)).toMatchObject({
			code: 0,
			stdout: expect.stringContaining('already up to date') as unknown,
		});
	});

	it('prints its usage for --help, and names the option meant by a near miss', async () => {
		expect(await run(['--help'], {})).toMatchObject({ code: 0, stdout: expect.stringMatching(/^usage:/) as unknown });
		const nearMiss = await run(['--dryrun'], {});
		expect(nearMiss).toMatchObject({ code: 2, stderr: expect.stringContaining('did you mean --dry-run?') as unknown });
	});

	it('rejects unknown flags with usage and exit 2', async () => {
		expect(await run(['--force'], {})).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') as unknown });
	});
});

describe('npm run deploy against a wrong API', () => {
	const apis: BrokenApi[] = [];
	afterAll(async () => {
		await Promise.all(apis.map((api) => api.close()));
	});
	const deployTo = async (api: BrokenApi) => {
		apis.push(api);
		let stderr = '';
		const code = await runDeploy(
			[],
			{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_BASE: api.base },
			{ stdout: () => undefined, stderr: (t) => (stderr += t) },
			seedCore(),
		);
		return { code, stderr };
	};

	it('names DISCORD_API_BASE when it is not Discord’s API', async () => {
		const { code, stderr } = await deployTo(await answeringApi(404, 'Not Found'));
		expect(code).toBe(1);
		expect(stderr).toMatch(/^deploy failed: discord: DISCORD_API_BASE \(.*\) answered 404 .* check DISCORD_API_BASE/);
	});

	it.each([
		['an HTML page', 200, '<!doctype html><title>Sign in to the proxy</title>', 'text/html; charset=utf-8'],
		['JSON that is not a list', 200, '{"commands":[]}', 'application/json'],
		['a list of something else', 200, '[1, 2]', 'application/json'],
		['broken JSON', 200, '[{"name":', 'application/json'],
	])('says what came back, not a JS error, when the API answers %s', async (_, status, body, contentType) => {
		const { code, stderr } = await deployTo(await answeringApi(status, body, contentType));
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/^deploy failed: discord: DISCORD_API_BASE \(http:[^)]*\) answered the command registration /,
		);
		expect(stderr).toContain(
			`answered the command registration with HTTP ${status} (${contentType}) instead of the JSON list of commands Discord answers, so it is not Discord's REST API — check DISCORD_API_BASE`,
		);
		expect(stderr).not.toMatch(/is not a function|Unexpected token|SyntaxError|TypeError/);
	});

	it('says once that the deploy failed when Discord refuses the token', async () => {
		const body = JSON.stringify({ message: '401: Unauthorized', code: 0 });
		const { code, stderr } = await deployTo(await answeringApi(401, body, 'application/json'));
		expect(code).toBe(1);
		expect(stderr).toBe(
			"deploy failed: Discord refused DISCORD_TOKEN — reset the token on the developer portal's Bot page and set the new one\n",
		);
	});

	it('names DISCORD_APPLICATION_ID when Discord refuses the application', async () => {
		const body = JSON.stringify({ message: 'Missing Access', code: 50001 });
		const { code, stderr } = await deployTo(await answeringApi(403, body, 'application/json'));
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/refused the command registration: Missing Access \(HTTP 403, code 50001\) — check DISCORD_APPLICATION_ID/,
		);
	});
});

describe('npm run deploy on DATA_DIR', () => {
	const optionsOf = (json: string, name: string) =>
		(JSON.parse(json) as { name: string; options: { name: string }[] }[])
			.find((c) => c.name === name)
			?.options.map((o) => o.name);

	it('registers the document option once the folder holds a second document, and not before', async () => {
		const dir = seedDataCopy('deploy-');
		try {
			const dryRun = async () => {
				let stdout = '';
				const code = await runDeploy(
					['--dry-run'],
					{ DATA_DIR: dir },
					{ stdout: (t) => (stdout += t), stderr: () => {} },
				);
				expect(code).toBe(0);
				return stdout;
			};
			expect(optionsOf(await dryRun(), 'quote')).toEqual(['paragraph']);
			for (const ext of ['json', 'txt']) {
				cpSync(join(LAYOUT_DOCUMENTS, `annex-roman.${ext}`), join(dir, 'documents', `annex-roman.${ext}`));
			}
			const json = await dryRun();
			expect(optionsOf(json, 'quote')).toEqual(['paragraph', 'document']);
			expect(optionsOf(json, 'conclusions')).toContain('document');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
