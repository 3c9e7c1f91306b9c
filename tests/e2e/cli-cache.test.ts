import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitOf, killGroup, spawnNpm } from '../helpers/spawn-npm.ts';

const cache = mkdtempSync(join(tmpdir(), 'cli-cache-'));
const fresh = mkdtempSync(join(tmpdir(), 'cli-cache-fresh-'));
afterAll(() => {
	rmSync(cache, { recursive: true, force: true });
	rmSync(fresh, { recursive: true, force: true });
});

/** One `npm run --silent cli -- search <words> --json` with a cache folder (the one above unless told). */
async function search(words = 'nukes', folder = cache): Promise<{ stdout: string; stderr: string }> {
	const { child, output } = spawnNpm(['run', '--silent', 'cli', '--', 'search', words, '--json'], {
		INDEX_CACHE_DIR: folder,
	});
	try {
		// The first run makes the corpus snapshot, the index and the tables: seconds, many more on a busy machine.
		expect(await exitOf(child, 60_000)).toBe(0);
		return output();
	} finally {
		killGroup(child);
	}
}

describe('npm run cli keeps what it works out in the bot’s cache folder (INDEX_CACHE_DIR)', () => {
	it(
		'makes the search tables once: the next run reads them back and answers the same',
		{ timeout: 120_000 },
		async () => {
			const first = await search();
			expect(first.stderr).toContain('Making the search tables for this corpus');
			// Both tables at once: a later search that needs the other one makes nothing more.
			expect(readdirSync(cache).filter((name) => name.endsWith('.table')).length).toBe(2);
			const second = await search();
			expect(second.stderr).not.toContain('Making the search tables');
			expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
			expect((JSON.parse(first.stdout) as { match: string }).match).not.toBe('none');
		},
	);

	it(
		'answers a search of words the text has on the first run as on the next: the tables are made for it too',
		{ timeout: 120_000 },
		async () => {
			// "often" shares a sense with ¶2's "more frequent" only through the related-words table, which a search of
			// one word the text has would otherwise never make.
			const first = await search('often', fresh);
			const paragraphs = (JSON.parse(first.stdout) as { results: { paragraph: number }[] }).results;
			expect(paragraphs.map((result) => result.paragraph)).toEqual(expect.arrayContaining([1, 2]));
			expect(JSON.parse((await search('often', fresh)).stdout)).toEqual(JSON.parse(first.stdout));
		},
	);
});
