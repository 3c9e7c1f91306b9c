import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { answeringApi, silentApi, type BrokenApi } from '../helpers/broken-apis.ts';
import { SigningDiscord } from '../helpers/signing-discord.ts';
import { exitOf, killGroup, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** No stack-trace frames: a failed start says one clear thing. */
const STACK_FRAME = /\n\s+at /;
/** The issue's promise to an operator: a start that cannot succeed says why within this. */
const TOLD_WITHIN_MS = 15_000;

/**
 * Each case is its own `npm start`, its own servers untouched by the others: they run side by side (most of a case is
 * waiting for a process to start, or for the silent API's timeout), each process killed when its own case ends.
 */
describe.concurrent('npm start failing to start: what to fix, within 15 s', () => {
	let standIn: DiscordStandIn;
	let notFound: BrokenApi;
	let silent: BrokenApi;
	let taken: Server;
	let emptyFolder: string;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
		notFound = await answeringApi(404, '<h1>Not Found</h1>');
		silent = await silentApi();
		taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
		emptyFolder = mkdtempSync(join(tmpdir(), 'empty-corpus-'));
	});
	afterAll(async () => {
		killSpawned();
		await Promise.all([standIn.close(), notFound.close(), silent.close()]);
		await new Promise<void>((resolve) => taken.close(() => resolve()));
		rmSync(emptyFolder, { recursive: true, force: true });
	});
	const takenPort = () => String((taken.address() as AddressInfo).port);

	it.for<[string, () => Record<string, string>, RegExp]>([
		[
			'DISCORD_API_BASE answering 404',
			() => ({ DISCORD_TOKEN: 't', DISCORD_API_BASE: notFound.base }),
			/^discord: DISCORD_API_BASE \(.*\) answered 404 to GET \/gateway\/bot, so it is not Discord's REST API — check DISCORD_API_BASE/m,
		],
		[
			'DISCORD_API_BASE that accepts and never answers',
			() => ({ DISCORD_TOKEN: 't', DISCORD_API_BASE: silent.base }),
			/^discord: DISCORD_API_BASE \(.*\) did not answer GET \/gateway\/bot within 5 s — check DISCORD_API_BASE/m,
		],
		[
			'DISCORD_API_BASE answering 404, with SHARD_COUNT (checked once, before any shard)',
			() => ({ DISCORD_TOKEN: 't', DISCORD_API_BASE: notFound.base, SHARD_COUNT: '2' }),
			/^discord: DISCORD_API_BASE .* answered 404/m,
		],
		[
			'a refused token',
			() => ({ DISCORD_TOKEN: 'not-the-right-token', DISCORD_API_BASE: standIn.apiBase }),
			/^gateway: Discord refused DISCORD_TOKEN \(TokenInvalid\) — reset the token/m,
		],
		[
			'DATA_DIR pointing nowhere',
			() => ({ DATA_DIR: '/nowhere/corpus' }),
			/DATA_DIR "\/nowhere\/corpus" is not a folder/,
		],
		[
			'DATA_DIR pointing at a folder that is not a corpus',
			() => ({ DATA_DIR: emptyFolder }),
			/^corpus: DATA_DIR ".*" could not be loaded: .*themes\.json.* leave DATA_DIR empty for the bundled corpus/m,
		],
		[
			'the port taken',
			() => ({ DISCORD_PUBLIC_KEY: new SigningDiscord().publicKeyHex, PORT: takenPort(), HOST: '127.0.0.1' }),
			/^http: 127\.0\.0\.1 port \d+ is already in use — stop the other server or set PORT/m,
		],
		[
			'a bad setting of the chosen mode',
			() => ({ BOT_MODE: 'gateway', LOG_LEVEL: 'loud' }),
			/^config: 2 problem\(s\)[\s\S]*DISCORD_TOKEN[\s\S]*LOG_LEVEL/m,
		],
	])('%s', { timeout: 30_000 }, async ([, env, message], { expect, onTestFinished }) => {
		const started = Date.now();
		const { child, output } = spawnNpm(['start'], env());
		onTestFinished(() => killGroup(child));
		const code = await exitOf(child, TOLD_WITHIN_MS + 5000);
		const elapsed = Date.now() - started;
		const { stderr } = output();
		expect(code, stderr).toBe(1);
		expect(stderr).toMatch(message);
		expect(stderr).not.toMatch(STACK_FRAME);
		expect(stderr).not.toContain('not-the-right-token');
		expect(elapsed).toBeLessThan(TOLD_WITHIN_MS);
	});

	it('a setting only another mode uses does not stop the console (PORT=notaport, SHARD_LIST=x)', async ({
		expect,
		onTestFinished,
	}) => {
		const { child, output } = spawnNpm(['start'], { PORT: 'notaport', SHARD_LIST: 'x', SEARCH_COOLDOWN: 'fast' });
		onTestFinished(() => killGroup(child));
		child.stdin?.end('/conclusions terrorism\n');
		expect(await exitOf(child, 20_000), output().stderr).toBe(0);
		expect(output().stdout).toContain('Participants recognized that **terrorism** represents');
	}, 30_000);
});
