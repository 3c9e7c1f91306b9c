import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const run = promisify(execFile);

/** What `npm start` and the other scripts run: `node scripts/launch.mjs <entry.ts> …` in the project copy. */
async function launch(dir: string, entry: string, ...args: string[]) {
	return run(process.execPath, ['scripts/launch.mjs', entry, ...args], { cwd: dir, timeout: 60_000 });
}

/** The same from another working folder (a process manager's, a shell elsewhere), the launcher named by its path. */
async function launchFrom(cwd: string, dir: string, entry: string) {
	// The environment of a service: no npm, nothing of the test's own (its DATA_DIR, a developer's variables).
	const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
	const started = run(process.execPath, [join(dir, 'scripts', 'launch.mjs'), entry], { cwd, env, timeout: 60_000 });
	// No input: the console answers nothing and exits.
	started.child.stdin?.end();
	return started;
}

interface Manifest {
	entry: string;
	dir: string;
	main: string;
	inputs: [string, number, number][];
}

/** The manifest the launcher keeps for `entry` (found by the entry it names, not by how its folder is named). */
function manifestOf(dir: string, entry: string): Manifest | undefined {
	const cache = join(dir, 'node_modules', '.cache', 'conclusions-bot', 'launch');
	for (const name of readdirSync(cache)) {
		try {
			const manifest = JSON.parse(readFileSync(join(cache, name, 'manifest.json'), 'utf8')) as Manifest;
			if (manifest.entry === join(dir, entry)) return manifest;
		} catch {
			// Another entry's folder without a manifest yet.
		}
	}
	return undefined;
}

describe('the launcher (scripts/launch.mjs), which runs every npm script from a bundle of the sources', () => {
	let project: { dir: string; remove(): void };
	const homes: string[] = [];
	beforeAll(() => {
		project = copyProject();
		writeFileSync(
			join(project.dir, 'src', 'probe.ts'),
			[
				"import { readFileSync } from 'node:fs';",
				"import { part } from './probe-part.ts';",
				'const sourceUrl: string = import.meta.url;',
				// esbuild keeps a method's comment unless told to leave comments out.
				'class Probe {',
				'	/** A comment of the probe: left out of the bundle. */',
				"	kept(): string { return '/* a string that looks like a comment */'; }",
				'}',
				'const kept = new Probe().kept();',
				// Linux lists a process's children here; elsewhere the probe says nothing of them. A child stopped
				// just before the probe ran may still be exiting: it is given two seconds to be gone.
				'let childrenGone: boolean | null = null;',
				"const children = () => readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim();",
				'try { children(); childrenGone = false; } catch {}',
				'for (let waited = 0; childrenGone === false && waited < 2000; waited += 20) {',
				"	if (children() === '') childrenGone = true;",
				'	else await new Promise((resolve) => setTimeout(resolve, 20));',
				'}',
				'console.log(JSON.stringify({ part, sourceUrl, argv: process.argv.slice(1), childrenGone, kept }));',
			].join('\n'),
		);
		writeFileSync(join(project.dir, 'src', 'probe-part.ts'), "export const part: string = 'one';\n");
	});
	afterAll(() => {
		// The bundles live in the shared node_modules (the copy links to this checkout's): leave none behind.
		for (const home of homes) rmSync(home, { recursive: true, force: true });
		project.remove();
	});

	it('runs the entry from a bundle that sees its own source URL and its arguments, and reuses it', async () => {
		const first = await launch(project.dir, 'src/probe.ts', 'a', 'b c');
		const probe = join(project.dir, 'src', 'probe.ts');
		const seen = JSON.parse(first.stdout) as { childrenGone: boolean | null };
		expect(seen).toMatchObject({ part: 'one', sourceUrl: pathToFileURL(probe).href, argv: [probe, 'a', 'b c'] });
		// esbuild's service, which made the bundle in this process, is not left running beside the program.
		if (process.platform === 'linux') expect(seen.childrenGone).toBe(true);
		const made = manifestOf(project.dir, 'src/probe.ts');
		expect(made).toBeDefined();
		homes.push(join(made?.dir ?? '', '..'));
		expect(made?.main.startsWith(made.dir)).toBe(true);
		expect(made?.inputs.map(([file]) => file)).toEqual(
			expect.arrayContaining([
				probe,
				join(project.dir, 'src', 'probe-part.ts'),
				join(project.dir, 'scripts', 'launch.mjs'),
				join(project.dir, 'scripts', 'launch-bundle.mjs'),
			]),
		);

		const again = await launch(project.dir, 'src/probe.ts');
		expect(JSON.parse(again.stdout)).toMatchObject({ part: 'one' });
		expect(manifestOf(project.dir, 'src/probe.ts')?.dir).toBe(made?.dir);
		expect(again.stderr).toBe('');
	}, 60_000);

	it('leaves the comments out of the bundle, which node compiles at every start, but not what the code says', async () => {
		const { stdout } = await launch(project.dir, 'src/probe.ts');
		expect(JSON.parse(stdout)).toMatchObject({ kept: '/* a string that looks like a comment */' });
		const made = manifestOf(project.dir, 'src/probe.ts');
		const bundled = readFileSync(made?.main ?? '', 'utf8');
		expect(bundled).toContain('a string that looks like a comment');
		expect(bundled).not.toContain('A comment of the probe');
	}, 60_000);

	it('makes the bundle again when a file it was made from changes', async () => {
		await launch(project.dir, 'src/probe.ts');
		const before = manifestOf(project.dir, 'src/probe.ts');
		writeFileSync(join(project.dir, 'src', 'probe-part.ts'), "export const part: string = 'changed';\n");
		const after = await launch(project.dir, 'src/probe.ts');
		expect(JSON.parse(after.stdout)).toMatchObject({ part: 'changed' });
		expect(manifestOf(project.dir, 'src/probe.ts')?.dir).not.toBe(before?.dir);
	}, 60_000);

	it('runs the sources through tsx, saying so, when the bundle cannot be made', async () => {
		// esbuild refuses the file, as tsx then does: the user sees the launcher's note and the real error.
		writeFileSync(join(project.dir, 'src', 'broken.ts'), 'const half = ;\n');
		const failed = await launch(project.dir, 'src/broken.ts').then(
			() => undefined,
			(error: { code: number; stderr: string }) => error,
		);
		expect(failed?.code).not.toBe(0);
		expect(failed?.stderr).toContain('could not bundle src/broken.ts');
		expect(failed?.stderr).toContain('running the sources through tsx');
		expect(failed?.stderr).toMatch(/could not bundle src\/broken.ts: src\/broken.ts:1: Unexpected ";"/);
	}, 60_000);

	it('started from another folder: the entry and .env are found in the project, and the start says which .env', async () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'service-cwd-'));
		try {
			const probe = await launchFrom(elsewhere, project.dir, 'src/probe.ts');
			expect(JSON.parse(probe.stdout)).toMatchObject({ part: expect.any(String) as unknown });
			expect(probe.stderr).toBe('');

			// The console, with LOG_LEVEL from the project's .env: the start line names the file.
			writeFileSync(join(project.dir, '.env'), 'BOT_MODE=console\nLOG_LEVEL=info\nINDEX_CACHE_DIR=off\n');
			for (const entry of ['src/main.ts', join(project.dir, 'src', 'main.ts')]) {
				const started = await launchFrom(elsewhere, project.dir, entry);
				expect(started.stderr).toContain(`"msg":"starting with the settings of ${join(project.dir, '.env')}"`);
				expect(started.stdout).toMatch(/^Offline console on the bundled corpus/);
			}
			const mainHome = manifestOf(project.dir, 'src/main.ts')?.dir;
			if (mainHome) homes.push(join(mainHome, '..'));
			rmSync(join(project.dir, '.env'));
			const bare = await launchFrom(elsewhere, project.dir, 'src/main.ts');
			expect(bare.stdout).toContain(`set DISCORD_TOKEN in ${join(project.dir, '.env')} to connect`);
		} finally {
			rmSync(elsewhere, { recursive: true, force: true });
		}
	}, 120_000);
});
