import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
		// `elsewhere`: no global commands beside them.
		expect(await deploy(GUILD_ID)).toEqual({ changed: true, count: definitions.length, elsewhere: 0 });
		expect(await deploy(GUILD_ID)).toEqual({ changed: false, count: definitions.length, elsewhere: 0 });
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

describe('npm run deploy with another application’s id, against the stand-in', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
	});

	it('names DISCORD_APPLICATION_ID, not DISCORD_API_BASE, which answered as Discord does', async () => {
		let stderr = '';
		const code = await runDeploy(
			[],
			{ DISCORD_TOKEN: standIn.token, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_BASE: standIn.apiBase },
			{ stdout: () => undefined, stderr: (t) => (stderr += t) },
			seedCore(),
		);
		expect(code).toBe(1);
		expect(stderr).toMatch(
			/refused the command registration: .*\(HTTP 403, code 20012\) — check DISCORD_APPLICATION_ID/u,
		);
		expect(stderr).not.toContain('check DISCORD_API_BASE');
		expect(stderr).not.toContain(standIn.token);
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

	describe('with commands in both scopes', () => {
		const app = () => ({
			DISCORD_TOKEN: standIn.token,
			DISCORD_APPLICATION_ID: standIn.applicationId,
			DISCORD_API_BASE: standIn.apiBase,
		});
		const guild = () => ({ ...app(), DISCORD_GUILD_ID: GUILD_ID });
		const names = (scope: string) => standIn.commands.get(scope)?.map((c) => c.name) ?? [];
		beforeEach(async () => {
			// Each scope empty, as on a new application.
			for (const env of [app(), guild()]) await run(['--remove', '--global'], env).then(() => run(['--remove'], env));
		});

		it('a guild deploy warns when global commands exist, naming how to remove either set', async () => {
			expect(await run([], guild())).toMatchObject({ code: 0, stderr: '' });
			expect(await run([], app())).toMatchObject({ code: 0 });
			const { code, stdout, stderr } = await run([], guild());
			expect(code).toBe(0);
			expect(stdout).toContain(`The 5 commands on server ${GUILD_ID} were already up to date.`);
			expect(stderr).toContain(
				`Warning: 5 commands of this application are also registered globally, so members of server ${GUILD_ID} see each command twice`,
			);
			expect(stderr).toContain(`DISCORD_GUILD_ID=${GUILD_ID}`);
			expect(stderr).toMatch(/npm run deploy -- --remove\n/);
			expect(stderr).toMatch(/npm run deploy -- --remove --global$/m);
		});

		it('a global deploy (--global with DISCORD_GUILD_ID set) warns when that server holds commands', async () => {
			expect(await run([], guild())).toMatchObject({ code: 0 });
			const { code, stdout, stderr } = await run(['--global'], guild());
			expect(code).toBe(0);
			expect(stdout).toMatch(/^Registered 5 commands globally/);
			expect(names('global')).toHaveLength(5);
			expect(stderr).toContain(`also registered on server ${GUILD_ID}, so its members see each command twice`);
			// Without DISCORD_GUILD_ID there is no server to look in.
			expect(await run([], app())).toMatchObject({ code: 0, stderr: '' });
		});

		it('--remove empties the chosen scope (a PUT of an empty list), says so, and leaves the other', async () => {
			await run([], guild());
			await run([], app());
			const removed = await run(['--remove'], guild());
			expect(removed).toMatchObject({ code: 0, stderr: '' });
			expect(removed.stdout).toBe(
				`Removed 5 commands from server ${GUILD_ID}. The 5 commands registered globally remain.\n`,
			);
			expect(names(GUILD_ID)).toEqual([]);
			expect(names('global')).toHaveLength(5);
			expect(standIn.requests).toContain(
				`PUT /api/v10/applications/${standIn.applicationId}/guilds/${GUILD_ID}/commands`,
			);
			// Once only: nothing left to remove, nothing written.
			const puts = standIn.requests.filter((r) => r.startsWith('PUT ')).length;
			expect((await run(['--remove'], guild())).stdout).toBe(
				`No commands of this application were registered on server ${GUILD_ID}: nothing to remove. The 5 commands registered globally remain.\n`,
			);
			expect(standIn.requests.filter((r) => r.startsWith('PUT ')).length).toBe(puts);
			// Deployed to the server again: both sets, warned of; then the global ones removed: no warning.
			expect(await run([], guild())).toMatchObject({ code: 0, stderr: expect.stringContaining('Warning') as unknown });
			expect((await run(['--remove', '--global'], guild())).stdout).toMatch(
				new RegExp(`^Removed 5 commands globally .*The 5 commands on server ${GUILD_ID} remain\\.\\n$`, 'u'),
			);
			expect(names('global')).toEqual([]);
			expect(await run([], guild())).toMatchObject({ code: 0, stderr: '' });
		});

		it('--remove --dry-run prints the empty list it would register, and needs no token', async () => {
			expect(await run(['--remove', '--dry-run'], {})).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
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
	const deployTo = async (api: BrokenApi, token = 't') => {
		apis.push(api);
		let stderr = '';
		const code = await runDeploy(
			[],
			{ DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_API_BASE: api.base },
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

	it('names the application the token is of when DISCORD_APPLICATION_ID is another', async () => {
		const body = JSON.stringify({ message: 'Missing Access', code: 50001 });
		// A token's first part is its bot's id in base64; the rest is made up.
		const token = `${Buffer.from('876543210987654321').toString('base64url')}.GaBcDe.${'x'.repeat(27)}`;
		const { code, stderr } = await deployTo(await answeringApi(403, body, 'application/json'), token);
		expect(code).toBe(1);
		expect(stderr).toContain(
			"— DISCORD_APPLICATION_ID is 123456789012345678, but DISCORD_TOKEN is the token of application 876543210987654321: set DISCORD_APPLICATION_ID=876543210987654321 (General Information's Application ID)",
		);
		expect(stderr).not.toContain('x'.repeat(27));
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
