import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/cache/snapshot-file.ts';
import { ROOT } from '../helpers/spawn-npm.ts';

describe('the snapshot folder (INDEX_CACHE_DIR)', () => {
	it('is made with its missing parents, and an existing one is kept', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'cache-folder-'));
		try {
			const deep = join(scratch, 'a', 'b', 'c');
			makeFolder(deep);
			makeFolder(deep);
			expect(statSync(deep).isDirectory()).toBe(true);
		} finally {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	// In a child process: were the folder looped on (node 20's recursive mkdir under /proc), the test would hang with it.
	it.runIf(existsSync('/proc/self'))('under /proc is refused at once, so the bot runs without a snapshot', () => {
		const script = [
			"import { writeSnapshot } from './src/cache/snapshot-file.ts';",
			"try { writeSnapshot('/proc/conclusions-no-such-cache/corpus.corpus', 'key', {}); console.log('written'); }",
			'catch (error) { console.log(error.code); }',
		].join('\n');
		const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
			cwd: ROOT,
			encoding: 'utf8',
			timeout: 30_000,
			killSignal: 'SIGKILL',
		});
		expect(result.signal).toBeNull();
		expect(result.stdout.trim()).toMatch(/^E[A-Z]+$/);
	});
});
