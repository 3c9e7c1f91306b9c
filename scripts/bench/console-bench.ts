import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, summarize, type Check, type Summary } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Spawns a command with `line` on stdin and times spawn → its first byte on stdout (the console's first answer, or
 * the empty file's exit). The child is always gone when this returns.
 */
async function firstOutput(command: string, args: string[], line: string): Promise<number> {
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: ROOT,
		// No token, no public key: the console. Only what node and npm need from the environment, and not the
		// developer's .env either (a token there would start the gateway), as in the tests.
		env: {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? '/tmp',
			LOG_LEVEL: 'warn',
			DOTENV_CONFIG_PATH: devNull,
		},
		stdio: ['pipe', 'pipe', 'pipe'],
		// Its own process group: npm's child (the bot) is stopped with it.
		detached: true,
	});
	child.stdin.end(line);
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	try {
		return await new Promise<number>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`bench: ${args.join(' ')} gave nothing in 60 s`)), 60_000);
			child.stdout.once('data', () => {
				clearTimeout(timer);
				resolve(performance.now() - started);
			});
			child.once('exit', (code) => {
				clearTimeout(timer);
				// The empty file prints nothing: its exit is its answer.
				if (code === 0) resolve(performance.now() - started);
				else reject(new Error(`bench: ${args.join(' ')} exited with ${code}:\n${stderr}`));
			});
		});
	} finally {
		if (child.exitCode === null && child.signalCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			stopGroup(child.pid, 'SIGTERM');
			await exited;
		}
		// npm may be gone before the bot it started: the group is asked again (nothing happens when it is empty).
		stopGroup(child.pid, 'SIGKILL');
	}
}

/** Signals a child's whole process group (npm and what it started); a group already gone is not an error. */
function stopGroup(pid: number | undefined, signal: NodeJS.Signals): void {
	if (pid === undefined) return;
	try {
		process.kill(-pid, signal);
	} catch {
		// Already gone.
	}
}

export interface ConsoleRow {
	/** `npm start` with `/conclusions terrorism` on stdin → first byte of the answer. */
	npmStart: Summary;
	/** `node scripts/launch.mjs src/main.ts`, the same without npm in between. */
	direct: Summary;
	/** `node --import tsx src/main.ts`: the sources through tsx, as `npm start` ran them before the launcher. */
	sources: Summary;
	/** `node --import tsx` running an empty file: the floor any TypeScript entry point pays. */
	emptyFile: Summary;
	checks: Check[];
}

/**
 * The console's first answer against the cost of starting node with tsx at all, interleaved run by run so that a
 * busy machine slows all three alike.
 */
export async function benchConsole(runs: number): Promise<ConsoleRow> {
	const dir = mkdtempSync(join(tmpdir(), 'bench-empty-'));
	const empty = join(dir, 'empty.ts');
	writeFileSync(empty, '');
	const query = '/conclusions terrorism\n';
	const measure = {
		npmStart: () => firstOutput(NPM, ['start', '--silent'], query),
		direct: () => firstOutput(process.execPath, ['scripts/launch.mjs', 'src/main.ts'], query),
		sources: () => firstOutput(process.execPath, ['--import', 'tsx', 'src/main.ts'], query),
		emptyFile: () => firstOutput(process.execPath, ['--import', 'tsx', empty], ''),
	};
	try {
		// One unmeasured round: the launcher's bundle, tsx's compile cache and the OS file cache warm up.
		for (const run of Object.values(measure)) await run();
		const samples = {
			npmStart: [] as number[],
			direct: [] as number[],
			sources: [] as number[],
			emptyFile: [] as number[],
		};
		for (let i = 0; i < runs; i += 1) {
			for (const [name, run] of Object.entries(measure)) samples[name as keyof typeof samples].push(await run());
		}
		const row = {
			npmStart: summarize(samples.npmStart),
			direct: summarize(samples.direct),
			sources: summarize(samples.sources),
			emptyFile: summarize(samples.emptyFile),
		};
		return {
			...row,
			checks: [
				check(
					'console first answer: npm start p50 / empty tsx file p50',
					row.npmStart.p50 / row.emptyFile.p50,
					1.5,
					'max',
				),
			],
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
