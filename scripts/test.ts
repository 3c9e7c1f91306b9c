import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: the type check, ESLint and Prettier run side by side with the test suite, each its own process, instead
 * of one after another before it: on two cores the checks take about half a minute of CPU, most of it on one core
 * while the other would wait. Each check prints one line when it ends (and its whole output when it fails); the test
 * run's last lines give the time of the suite and of the burst (see tests/helpers/summary-reporter.ts). The exit code
 * is non-zero when any of them failed. The commands are the package's own scripts, so `npm run typecheck` and
 * `npm run lint` check exactly what this does.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
	.scripts;
const CHECKS = ['typecheck', 'lint:eslint', 'lint:format'];

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const env = {
	...process.env,
	// As `npm run` does, so that this also works when started without npm.
	PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
	// Read by the summary reporter, which prints the time from here to the end of the suite.
	NPM_TEST_STARTED_AT: String(Date.now()),
	...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
};

const children = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		for (const child of children) child.kill(signal);
	});
}

/**
 * Runs a command; resolves with its exit code, its output kept (a check) or passed through (the tests). A check runs
 * at a lower priority (`nice`, where there is one): it takes the CPU the tests leave, and slows no test that must
 * answer within Discord's 3 s more than the machine's other work does.
 */
function run(command: string, check: boolean): Promise<{ code: number; output: string }> {
	const options: SpawnOptions = { cwd: ROOT, env, stdio: ['ignore', check ? 'pipe' : 'inherit', 'pipe'] };
	const child: ChildProcess =
		check && process.platform !== 'win32'
			? spawn('nice', ['-n', '10', 'sh', '-c', command], options)
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
const tests = run('vitest run', false).then(({ code }) => {
	if (code !== 0) failed.push('vitest');
});

await Promise.all([...checks, tests]);
if (failed.length > 0) {
	process.stdout.write(`\nnpm test failed: ${failed.join(', ')} (${seconds()})\n`);
	process.exitCode = 1;
}
