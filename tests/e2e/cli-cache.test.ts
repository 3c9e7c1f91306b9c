import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitOf, killGroup, spawnNpm } from '../helpers/spawn-npm.ts';

const cache = mkdtempSync(join(tmpdir(), 'cli-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** One `npm run --silent cli -- search nukes --json` with the cache folder above. */
async function search(): Promise<{ stdout: string; stderr: string }> {
	const { child, output } = spawnNpm(['run', '--silent', 'cli', '--', 'search', 'nukes', '--json'], {
		INDEX_CACHE_DIR: cache,
	});
	try {
		expect(await exitOf(child)).toBe(0);
		return output();
	} finally {
		killGroup(child);
	}
}

describe('npm run cli keeps what it works out in the bot’s cache folder (INDEX_CACHE_DIR)', () => {
	it('makes the search tables once: the next run reads them back and answers the same', async () => {
		const first = await search();
		expect(first.stderr).toContain('Making the search tables for this corpus');
		expect(readdirSync(cache).some((name) => name.endsWith('.table'))).toBe(true);
		const second = await search();
		expect(second.stderr).not.toContain('Making the search tables');
		expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
		expect((JSON.parse(first.stdout) as { match: string }).match).not.toBe('none');
	});
});
