import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/spawn-npm.ts';

const run = promisify(execFile);

describe('the postinstall script, which npm ci runs last', () => {
	it('leaves the word vectors converted in the cache folder, and exits 0', async () => {
		const scripts = (
			JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
		).scripts;
		// The command as package.json gives it, run as npm would (from the project's folder).
		const [command, ...args] = (scripts.postinstall ?? '').split(' ');
		expect(command).toBe('node');
		const { stdout, stderr } = await run(process.execPath, args, { cwd: ROOT, timeout: 60_000 });
		expect(stderr).toBe('');
		expect(stdout).toMatch(/^word vectors ready \([\d.]+ s\): .*word-vectors-.*\.bin\n$/);
	}, 60_000);
});
