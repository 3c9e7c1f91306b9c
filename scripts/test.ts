import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTS_IN, COUNTS_OUT } from '../tests/helpers/summary-reporter.ts';

/**
 * `npm test`, in two phases. First the type check with ESLint (one process: ESLint's type-aware rules use the program
 * the type check builds, see scripts/typecheck-and-lint.mjs) and Prettier run beside the test suite (vitest's `suite`
 * project), each its own process, instead of one after another before it: on two cores the checks take about half a
 * minute of CPU, most of it on one core. Each check prints one line when it ends (and its whole output when it
 * fails), and the phase ends with its time: everything but the burst. Then the burst (the `burst` project, a thousand
 * interactions under two CPU hogs, and a burst of late interactions, one file at a time) runs alone and prints its own
 * time, and the run ends with the counts of both phases in one line, `N passed, N failed, N skipped`. The exit code
 * is non-zero when anything failed. The checks are the package's own scripts (`npm run typecheck-and-lint`,
 * `npm run lint:format`); `npm run typecheck` and `npm run lint` check the same things one tool at a time.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
	.scripts;
const CHECKS = ['typecheck-and-lint', 'lint:format'];

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const env = {
	...process.env,
	// As `npm run` does, so that this also works when started without npm.
	PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
	...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
};

/** `nice`, where the system has it (a machine without it runs the checks at normal priority). */
const NICE = process.platform === 'win32' ? undefined : ['/usr/bin/nice', '/bin/nice'].find((path) => existsSync(path));

const children = new Set<ChildProcess>();
/** Set on Ctrl-C or SIGTERM: what runs is stopped, and nothing more is started. */
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		interrupted = true;
		// Each command is its own process group (a shell, the tool, vitest's workers, the bots the tests start).
		for (const child of children) {
			try {
				if (child.pid !== undefined) process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal);
			} catch {
				// already gone
			}
		}
	});
}

/**
 * Runs a command; resolves with its exit code, its output kept (a check) or passed through (the tests). A check runs
 * at a lower priority (`nice`, where there is one): it takes the CPU the tests leave, and slows no test that must
 * answer within Discord's 3 s more than the machine's other work does.
 */
function run(command: string, check: boolean, extraEnv = {}): Promise<{ code: number; output: string }> {
	const stdio: SpawnOptions['stdio'] = ['ignore', check ? 'pipe' : 'inherit', 'pipe'];
	// Its own process group, so that Ctrl-C or SIGTERM, forwarded to the group, reaches the tool behind the shell.
	const options: SpawnOptions = {
		cwd: ROOT,
		env: { ...env, ...extraEnv },
		stdio,
		detached: process.platform !== 'win32',
	};
	const child: ChildProcess =
		check && NICE !== undefined
			? spawn(NICE, ['-n', '10', 'sh', '-c', command], options)
			: spawn(command, { ...options, shell: true });
	children.add(child);
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => {
		if (check) output += chunk.toString('utf8');
		else process.stderr.write(chunk);
	});
	return new Promise((resolve) => {
		child.once('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
		child.once('close', (code, signal) => {
			children.delete(child);
			resolve({ code: code ?? (signal ? 1 : 0), output });
		});
	});
}

const failed: string[] = [];
const checks = CHECKS.map(async (name) => {
	const command = scripts[name];
	if (command === undefined) throw new Error(`test: package.json has no "${name}" script`);
	const { code, output } = await run(command, true);
	if (code === 0) {
		process.stdout.write(`\n✓ ${name} (${command}) passed in ${seconds()}\n`);
	} else {
		failed.push(name);
		process.stdout.write(`\n✗ ${name} (${command}) failed after ${seconds()}:\n${output}\n`);
	}
});
/** The suite's counts, which its summary reporter writes here for the burst's to add to its own. */
const counts = join(mkdtempSync(join(tmpdir(), 'npm-test-')), 'counts.json');
const suite = run(`vitest run --project suite`, false, { [COUNTS_OUT]: counts }).then(({ code }) => {
	if (code !== 0) failed.push('suite');
});
await Promise.all([...checks, suite]);

if (interrupted) {
	rmSync(dirname(counts), { recursive: true, force: true });
	process.stdout.write('\nnpm test interrupted\n');
	process.exit(130);
}
process.stdout.write(`\nEverything but the burst (checks and suite): ${seconds()}\n`);
const burst = await run(`vitest run --project burst`, false, { [COUNTS_IN]: existsSync(counts) ? counts : '' });
rmSync(dirname(counts), { recursive: true, force: true });
if (burst.code !== 0) failed.push('burst');
if (failed.length > 0) {
	process.stdout.write(`\nnpm test failed: ${failed.join(', ')} (${seconds()} in all)\n`);
	process.exitCode = 1;
}
