import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/spawn-npm.ts';

const children = new Set<ChildProcess>();
afterEach(() => {
	for (const child of children) child.kill('SIGKILL');
	children.clear();
});
const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** `node <launcher> <entry>` from `cwd`, to its end: its exit code and what it printed. */
function launch(launcher: string, entry: string, cwd: string) {
	const child = spawn(process.execPath, [launcher, entry], {
		cwd,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/dev/null' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	children.add(child);
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	return new Promise<{ code: number | null; stderr: string }>((resolve) => {
		child.once('close', (code) => resolve({ code, stderr }));
	});
}

const LAUNCHER = join(ROOT, 'scripts', 'launch.mjs');

describe('start mistakes get one line, not a stack trace', () => {
	it.each([
		[
			'src/main.js',
			/^launch: the entry is the TypeScript file src\/main\.ts, not src\/main\.js: node (?:[^\s']+|'[^']+') src\/main\.ts\n$/,
		],
		['src/main', /^launch: the entry is the TypeScript file src\/main\.ts, not src\/main: /],
		['src/nope.ts', /^launch: no entry file src\/nope\.ts \(looked in .*\); the entries are src\/main\.ts, .*\n$/],
	])(
		'%s, from another folder',
		async (entry, said) => {
			const elsewhere = mkdtempSync(join(tmpdir(), 'launch-elsewhere-'));
			folders.push(elsewhere);
			const { code, stderr } = await launch(LAUNCHER, entry, elsewhere);
			expect(stderr).toMatch(said);
			expect(code).toBe(2);
		},
		30_000,
	);

	it('before `npm ci` (no node_modules): says to run it', async () => {
		const clone = mkdtempSync(join(tmpdir(), 'launch-fresh-clone-'));
		folders.push(clone);
		mkdirSync(join(clone, 'src'));
		for (const file of [
			'package.json',
			'scripts/launch.mjs',
			'scripts/launch-bundle.mjs',
			'scripts/launch-entry.mjs',
			'src/main.ts',
		]) {
			cpSync(join(ROOT, file), join(clone, file));
		}
		const { code, stderr } = await launch('scripts/launch.mjs', 'src/main.ts', clone);
		expect(stderr).toBe('launch: the packages are not installed (no tsx, no esbuild) — run `npm ci` first\n');
		expect(code).toBe(1);
		// Nothing is left behind: the bundle's cache folder, made before the packages were found missing, is gone with
		// the node_modules folder it made.
		expect(existsSync(join(clone, 'node_modules'))).toBe(false);
	}, 30_000);
});
