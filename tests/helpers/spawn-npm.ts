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

/**
 * Runs an npm script as a user would, configured only through the environment given here (plus PATH and HOME, so
 * npm itself runs, and DATA_DIR on SG/2084 alone unless `env` names another). Its own process group, so stopping it stops npm, tsx and node together.
 */
export function spawnNpm(
	args: string[],
	env: Record<string, string>,
): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
	const child = spawn('npm', args, {
		cwd: ROOT,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DATA_DIR: seedDataDir(), ...env },
		stdio: ['pipe', 'pipe', 'pipe'],
		detached: true,
	});
	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	return { child, output: () => ({ stdout, stderr }) };
}

export function exitOf(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve) => {
		if (child.exitCode !== null) resolve(child.exitCode);
		else child.once('exit', (code) => resolve(code));
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
