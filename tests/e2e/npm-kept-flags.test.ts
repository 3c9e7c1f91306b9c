import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiscordStandIn } from '../stand-in/stand-in.ts';
import { exitOf, killSpawned, ROOT, seedDataDir, spawnNpm } from '../helpers/spawn-npm.ts';

// What npm really does with a flag typed before `--`: it keeps it (npm_config_dry_run=true) and passes nothing on.
describe('npm run deploy --dry-run, the `--` forgotten', () => {
	let standIn: DiscordStandIn;
	beforeAll(async () => {
		standIn = await DiscordStandIn.start();
	});
	afterAll(async () => {
		await standIn.close();
	});
	afterEach(killSpawned);

	it('prints the commands and registers nothing, even with a token set', async () => {
		const { child, output } = spawnNpm(['run', '--silent', 'deploy', '--dry-run'], {
			DISCORD_TOKEN: standIn.token,
			DISCORD_APPLICATION_ID: standIn.applicationId,
			DISCORD_API_BASE: standIn.apiBase,
		});
		const code = await exitOf(child, 30_000);
		const { stdout, stderr } = output();
		expect(standIn.requests.filter((request) => !request.startsWith('GET '))).toEqual([]);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toBeInstanceOf(Array);
		// As typed (`--silent` kept), with the settings that say where a deploy registers.
		expect(stderr).toContain('npm run --silent deploy -- --dry-run');
		expect(stderr).toContain(`DISCORD_APPLICATION_ID=${standIn.applicationId}`);
		expect(stderr).not.toContain(standIn.token);
	}, 40_000);
});

describe('the command to type, pasted into a new shell as printed', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kept flags '));
	const data = join(dir, 'my data');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	afterEach(killSpawned);

	it('npm run cli search terrorism --limit 2 (no `--`) with DATA_DIR: the printed line runs the search meant', async () => {
		cpSync(seedDataDir(), data, { recursive: true });
		const typed = spawnNpm(['run', '--silent', 'cli', 'search', 'terrorism', '--limit', '2'], { DATA_DIR: data });
		expect(await exitOf(typed.child, 60_000)).toBe(2);
		const line = /^ {2}(.*npm run .*)$/mu.exec(typed.output().stderr)?.[1] ?? '';
		expect(line).toContain(`DATA_DIR='${data}'`);
		expect(line).toMatch(/npm run --silent cli -- search terrorism --limit 2$/u);
		// A new shell: nothing of this one's environment but PATH and HOME.
		const pasted = spawn('sh', ['-c', `${line} --json`], {
			cwd: ROOT,
			env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' },
			stdio: ['ignore', 'pipe', 'pipe'],
			// Its own process group: npm and the node it starts are stopped with it whatever happens.
			detached: true,
		});
		let stdout = '';
		pasted.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		try {
			expect(await exitOf(pasted, 60_000)).toBe(0);
		} finally {
			try {
				if (pasted.pid !== undefined) process.kill(-pasted.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
		expect((JSON.parse(stdout) as { results: unknown[] }).results).toHaveLength(2);
	}, 130_000);
});
