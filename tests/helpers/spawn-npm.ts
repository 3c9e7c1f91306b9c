import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs an npm script as a user would, configured only through the environment given here (plus PATH and HOME, so
 * npm itself runs). Its own process group, so stopping it stops npm, tsx and node together.
 */
export function spawnNpm(
	args: string[],
	env: Record<string, string>,
): { child: ChildProcess; output: () => { stdout: string; stderr: string } } {
	const child = spawn('npm', args, {
		cwd: ROOT,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
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
