import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkDiscordApi, STARTUP_REQUEST_TIMEOUT_MS } from '../../src/discord/api-check.ts';
import { checkRegistration, inviteUrl } from '../../src/discord/registration-check.ts';
import { startupRest } from '../../src/discord/api-check.ts';
import { answeringApi, closedApi, type BrokenApi } from '../helpers/broken-apis.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { seedCore } from '../helpers/corpus.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { DEFAULT_DATA_DIR } from '../../src/corpus/load-corpus.ts';

const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => '',
		(error: unknown) => (error as Error).message,
	);

describe('checking DISCORD_TOKEN and DISCORD_API_BASE before login', () => {
	let standIn: DiscordStandIn;
	const apis: BrokenApi[] = [];
	beforeAll(async () => {
		standIn = await DiscordStandIn.start({ recommendedShards: 2 });
	});
	afterAll(async () => {
		await standIn.close();
		await Promise.all(apis.map((api) => api.close()));
	});
	const broken = async (status: number, body: string, type?: string) => {
		const api = await answeringApi(status, body, type);
		apis.push(api);
		return api.base;
	};

	it('returns the gateway information when both are right', async () => {
		expect(await checkDiscordApi(standIn.token, standIn.apiBase)).toMatchObject({ shards: 2 });
	});

	it.each([
		['a refused token', () => Promise.resolve(standIn.apiBase), 'wrong', /^gateway: Discord refused DISCORD_TOKEN/],
		[
			'a web server that is not the API (404)',
			() => broken(404, '<h1>Not Found</h1>'),
			't',
			/^discord: DISCORD_API_BASE \(http:\/\/127\.0\.0\.1:\d+\/api\) answered 404 to GET \/gateway\/bot, so it is not Discord's REST API — check DISCORD_API_BASE: the REST API's root without \/v10, or leave it empty for https:\/\/discord\.com\/api$/,
		],
		[
			'an API root one level off (Discord-style 404)',
			() => broken(404, '{"message":"404: Not Found","code":0}', 'application/json'),
			't',
			/answered 404 to GET \/gateway\/bot, so it is not Discord's REST API/,
		],
		['a failing proxy (502)', () => broken(502, 'Bad Gateway'), 't', /answered 502 .* try again in a few minutes/],
		[
			'a page that answers 200 with HTML',
			() => broken(200, '<html></html>'),
			't',
			/GET \/gateway\/bot to DISCORD_API_BASE .* failed \(the answer is not gateway information\)/,
		],
		['nothing listening', closedApi, 't', /^discord: cannot reach DISCORD_API_BASE .* \(ECONNREFUSED\) — check/],
	])('%s: one line naming what to fix', async (_case, base, token, message) => {
		const text = await failure(checkDiscordApi(token, await base()));
		expect(text).toMatch(message);
		expect(text).not.toContain('\n');
	});

	it('never repeats the token, even when the API echoes the request’s Authorization header back', async () => {
		const token = 'MTE5ODc2NTQzMjEwOTg3NjU0.GabcDE.fakefakefakefakefakefakefake12';
		const base = await broken(
			400,
			JSON.stringify({ message: `bad request, you sent Bot ${token} (also ${token})`, code: 50035 }),
			'application/json',
		);
		const text = await failure(checkDiscordApi(token, base));
		expect(text).toMatch(/refused GET \/gateway\/bot: bad request, you sent Bot \[redacted\]/);
		expect(text).not.toContain(token);
		expect(text).not.toContain(token.slice(0, 12));
	});

	it('gives up on a silent API after a few seconds, not after discord.js’s minute of retries', () => {
		expect(STARTUP_REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(5000);
		expect(startupRest('http://127.0.0.1:1/api', 't').options).toMatchObject({ retries: 0, timeout: 5000 });
	});
});

describe('the start-up check of the registered commands', () => {
	const definitions = seedCore().definitions();
	let standIn: DiscordStandIn;
	beforeEach(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterEach(async () => {
		await standIn.close();
	});
	const check = async (extra: { configuredApplicationId?: string; guildId?: string; dataDir?: string } = {}) => {
		const { logger, lines } = captureLogger();
		await checkRegistration({
			rest: startupRest(standIn.apiBase, standIn.token),
			applicationId: standIn.applicationId,
			configuredApplicationId: extra.configuredApplicationId,
			guildId: extra.guildId,
			commands: definitions,
			dataDir: extra.dataDir,
			logger,
		});
		return lines.join('');
	};

	it('with nothing registered, says to run npm run deploy and gives the invite link', async () => {
		const url = `https://discord.com/oauth2/authorize?client_id=${standIn.applicationId}&scope=bot+applications.commands`;
		expect(inviteUrl(standIn.applicationId)).toBe(url);
		const log = await check();
		expect(log).toContain('"level":40');
		expect(log).toContain('run `npm run deploy`');
		expect(log).toContain(url);
	});

	it('names DATA_DIR in the deploy to run, so that it registers the commands of that folder', async () => {
		expect(await check({ dataDir: '/srv/my data' })).toContain("run `DATA_DIR='/srv/my data' npm run deploy`");
		expect(await check({ dataDir: DEFAULT_DATA_DIR })).toContain('run `npm run deploy`');
	});

	it('is content with commands registered globally or in DISCORD_GUILD_ID', async () => {
		const { token, applicationId, apiBase } = standIn;
		await deployCommands({ token, applicationId, apiBase, guildId: GUILD_ID, commands: definitions });
		expect(await check({ guildId: GUILD_ID })).toContain('"msg":"commands registered"');
		expect(await check()).toContain('run `npm run deploy`'); // not global
	});

	it('warns once when both the global scope and DISCORD_GUILD_ID hold the commands (each shows twice there)', async () => {
		const { token, applicationId, apiBase } = standIn;
		await deployCommands({ token, applicationId, apiBase, guildId: GUILD_ID, commands: definitions });
		expect(await check({ guildId: GUILD_ID })).not.toContain('twice');
		await deployCommands({ token, applicationId, apiBase, commands: definitions });
		const log = await check({ guildId: GUILD_ID });
		expect(log.match(/see each command twice/g)).toHaveLength(1);
		expect(log).toContain(`registered both globally and on server ${GUILD_ID}`);
		expect(log).toContain('npm run deploy -- --remove --global');
		// Without DISCORD_GUILD_ID no server is read: nothing to say.
		expect(await check()).not.toContain('twice');
	});

	it('says when the registered commands are an older version, or DISCORD_APPLICATION_ID is another app', async () => {
		const { token, applicationId, apiBase } = standIn;
		const older = definitions.map((d) => ({ ...d, name_localizations: { fr: `${d.name}-ancien` } }));
		await deployCommands({ token, applicationId, apiBase, commands: older });
		expect(await check()).toContain('the registered commands differ from this version of the bot');
		expect(await check({ configuredApplicationId: '999999999999999999' })).toContain(
			"DISCORD_APPLICATION_ID is not this bot's application",
		);
	});
});
