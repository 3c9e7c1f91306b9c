import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let seedDir: string | undefined;
/**
 * A data folder holding the bundled files with SG/2084 as its only document, for spawned bots whose tests quote
 * SG/2084: documents added to `data/` must not change what they answer. Made once per test file, removed at exit.
 */
export function seedDataDir(): string {
	if (seedDir) return seedDir;
	const dir = mkdtempSync(join(tmpdir(), 'conclusions-seed-'));
	const data = join(ROOT, 'data');
	for (const name of readdirSync(data)) if (name.endsWith('.json')) cpSync(join(data, name), join(dir, name));
	for (const name of ['sg2084.json', 'sg2084.txt']) cpSync(join(data, 'documents', name), join(dir, 'documents', name));
	process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
	seedDir = dir;
	return dir;
}

/** Every process group this test file started (kept after npm exits: its group may still hold a child). */
const running = new Set<ChildProcess>();

/**
 * Runs an npm script as a user would, configured only through the environment given here (plus PATH and HOME, so
 * npm itself runs, and DATA_DIR on SG/2084 alone unless `env` names another or `seedData` is false), in `cwd`
 * (default: this checkout). Its own process group, so stopping it stops npm, tsx, node and shard processes together.
 * Call `killSpawned` in an `afterEach`: it runs whatever happens to the test.
 */
export function spawnNpm(
	args: string[],
	env: Record<string, string>,
	options: { cwd?: string; seedData?: boolean } = {},
): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
	return spawnTracked('npm', args, env, options);
}

/** As `spawnNpm`, for `node <args>` (a test's own entry, through the launcher or `--import tsx`); killed by `killSpawned` too. */
export function spawnNode(
	args: string[],
	env: Record<string, string>,
): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
	return spawnTracked(process.execPath, args, env, {});
}

function spawnTracked(
	command: string,
	args: string[],
	env: Record<string, string>,
	{ cwd = ROOT, seedData = true }: { cwd?: string; seedData?: boolean },
): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
	const child = spawn(command, args, {
		cwd,
		env: {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? '/tmp',
			...(seedData ? { DATA_DIR: seedDataDir() } : {}),
			// A developer's own .env in this checkout must not configure the bots the tests start.
			...(cwd === ROOT ? { DOTENV_CONFIG_PATH: '/dev/null' } : {}),
			...env,
		},
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
	});
	running.add(child);
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	return { child, output: () => ({ stdout, stderr }) };
}

/** The exit code, once the process has exited; rejects after `timeoutMs` (keep it below the test's timeout). */
export function exitOf(child: ChildProcess, timeoutMs = 15_000): Promise<number | null> {
	return new Promise((resolve, reject) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
		const timer = setTimeout(
			() => reject(new Error(`process ${child.pid} did not exit in ${timeoutMs} ms`)),
			timeoutMs,
		);
		child.once('exit', (code) => {
			clearTimeout(timer);
			resolve(code);
		});
	});
}

/**
 * Resolves once every process of the group that holds the output pipes has ended (npm may exit on a signal before
 * the bot it started has finished shutting down and writing its last lines); rejects after `timeoutMs`.
 */
export function closedOf(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
	return new Promise((resolve, reject) => {
		if (child.stdout?.closed && child.stderr?.closed) return resolve();
		const timer = setTimeout(
			() => reject(new Error(`process ${child.pid}'s output did not close in ${timeoutMs} ms`)),
			timeoutMs,
		);
		child.once('close', () => {
			clearTimeout(timer);
			resolve();
		});
	});
}

/** Kills whatever is left of a spawned process group (npm, tsx, node, shard processes): no orphans after a test. */
export function killGroup(child: ChildProcess): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		// the group is gone already
	}
}

/**
 * Kills every process group this file spawned. For `afterEach`/`afterAll`, which vitest runs even when a test fails
 * or times out (a `finally` inside a timed-out test never runs).
 */
export function killSpawned(): void {
	for (const child of running) killGroup(child);
	running.clear();
}

// Should the test worker itself end (an interrupted run), its children must not outlive it.
process.once('exit', killSpawned);
