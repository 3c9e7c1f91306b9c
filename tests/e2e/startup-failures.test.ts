import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { answeringApi, silentApi, type BrokenApi } from '../helpers/broken-apis.ts';
import { SigningDiscord } from '../helpers/signing-discord.ts';
import { exitOf, killGroup, killSpawned, spawnNpm } from '../helpers/spawn-npm.ts';
import type { ChildProcess } from 'node:child_process';
import { DiscordStandIn } from '../stand-in/stand-in.ts';

/** No stack-trace frames: a failed start says one clear thing. */
const STACK_FRAME = /\n\s+at /;
/** The issue's promise to an operator: a start that cannot succeed says why within this. */
const TOLD_WITHIN_MS = 15_000;

interface FailedStart {
	child: ChildProcess;
	code: number | null;
	elapsed: number;
	stderr: string;
}

/** `npm start` with `env`, until it exits (rejects if it has not 5 s after the promised time). */
async function failedStart(env: Record<string, string>): Promise<FailedStart> {
	const started = Date.now();
	const { child, output } = spawnNpm(['start'], env);
	const code = await exitOf(child, TOLD_WITHIN_MS + 5000).catch((error: unknown) => {
		killGroup(child);
		throw error;
	});
	return { child, code, elapsed: Date.now() - started, stderr: output().stderr };
}

/**
 * The case that waits out the start-up request's 5 s timeout: started as soon as the first case has ended, so that its
 * idle wait runs beside the other cases instead of after them (not before: a fresh checkout's first start makes the
 * launcher's bundle, and two starts would both make it at once). Its test, last, checks it as the others, its time
 * counted from its own start.
 */
const SILENT = 'DISCORD_API_BASE that accepts and never answers';

describe('npm start failing to start: what to fix, within 15 s', () => {
	let standIn: DiscordStandIn;
	let notFound: BrokenApi;
	let silent: BrokenApi;
	let taken: Server;
	let emptyFolder: string;
	let silentStart: Promise<FailedStart> | undefined;
	const takenPort = () => String((taken.address() as AddressInfo).port);
	const CASES: [string, () => Record<string, string>, RegExp][] = [
		[
			'DISCORD_API_BASE answering 404',
			() => ({ DISCORD_TOKEN: 't', DISCORD_API_BASE: notFound.base }),
			/^discord: DISCORD_API_BASE \(.*\) answered 404 to GET \/gateway\/bot, so it is not Discord's REST API — check DISCORD_API_BASE/m,
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
			/^corpus: DATA_DIR ".*" could not be loaded: .*themes\.json.* leave DATA_DIR unset to use the bundled folder$/m,
		],
		[
			'the port taken',
			() => ({ DISCORD_PUBLIC_KEY: new SigningDiscord().publicKeyHex, PORT: takenPort(), HOST: '127.0.0.1' }),
			/^http: 127\.0\.0\.1 port \d+ is already in use — stop the other server or set PORT/m,
		],
		[
			'a bad setting of the chosen mode',
			() => ({ BOT_MODE: 'gateway', LOG_LEVEL: 'loud' }),
			/^config: 2 problems[\s\S]*DISCORD_TOKEN[\s\S]*LOG_LEVEL/m,
		],
		// Last: started when the first case ended, it has waited out its timeout while the cases above ran.
		[
			SILENT,
			() => ({ DISCORD_TOKEN: 't', DISCORD_API_BASE: silent.base }),
			/^discord: DISCORD_API_BASE \(.*\) did not answer GET \/gateway\/bot within 5 s — check DISCORD_API_BASE/m,
		],
	];
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
		notFound = await answeringApi(404, '<h1>Not Found</h1>');
		silent = await silentApi();
		taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
		emptyFolder = mkdtempSync(join(tmpdir(), 'empty-corpus-'));
	});
	const startSilent = (): Promise<FailedStart> => {
		if (silentStart) return silentStart;
		silentStart = failedStart(CASES.find(([name]) => name === SILENT)![1]());
		// Awaited by its test; a rejection before then is not unhandled.
		silentStart.catch(() => undefined);
		return silentStart;
	};
	// Each test kills its own process (onTestFinished): an afterEach killing all would stop the silent case's early.
	afterAll(async () => {
		killSpawned();
		await Promise.all([standIn.close(), notFound.close(), silent.close()]);
		await new Promise<void>((resolve) => taken.close(() => resolve()));
		rmSync(emptyFolder, { recursive: true, force: true });
	});
	it.each(CASES)(
		'%s',
		async (name, env, message) => {
			const { child, code, elapsed, stderr } = await (name === SILENT ? startSilent() : failedStart(env()));
			onTestFinished(() => killGroup(child));
			void startSilent();
			expect(code, stderr).toBe(1);
			expect(stderr).toMatch(message);
			expect(stderr).not.toMatch(STACK_FRAME);
			expect(stderr).not.toContain('not-the-right-token');
			expect(elapsed).toBeLessThan(TOLD_WITHIN_MS);
		},
		30_000,
	);

	it('a setting only another mode uses does not stop the console (PORT=notaport, SHARD_LIST=x)', async () => {
		const { child, output } = spawnNpm(['start'], { PORT: 'notaport', SHARD_LIST: 'x', SEARCH_COOLDOWN: 'fast' });
		onTestFinished(() => killGroup(child));
		child.stdin?.end('/conclusions terrorism\n');
		expect(await exitOf(child, 20_000), output().stderr).toBe(0);
		expect(output().stdout).toContain('Participants recognized that **terrorism** represents');
	}, 30_000);
});
