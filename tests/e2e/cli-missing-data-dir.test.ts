import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { exitOf, killGroup, spawnNpm } from '../helpers/spawn-npm.ts';

describe('npm run cli with a DATA_DIR that names no folder', () => {
	it('says so as npm start does, not with the file error of loading', async () => {
		const missing = join(tmpdir(), 'conclusions-no-such-folder');
		const { child, output } = spawnNpm(['run', '--silent', 'cli', '--', 'themes'], { DATA_DIR: missing });
		try {
			expect(await exitOf(child)).toBe(1);
			const { stderr } = output();
			expect(stderr).toBe(
				`cli: DATA_DIR "${missing}" is not a folder — point it at a corpus folder laid out as data/ (themes.json, documents/), or leave it empty for the bundled corpus\n`,
			);
			expect(stderr).not.toContain('ENOENT');
		} finally {
			killGroup(child);
		}
	});

	it('with a bot token pasted as DATA_DIR, says so without repeating it', async () => {
		const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
		const { child, output } = spawnNpm(['run', '--silent', 'cli', '--', 'themes'], { DATA_DIR: token });
		try {
			expect(await exitOf(child)).toBe(1);
			const { stdout, stderr } = output();
			expect(stderr).toMatch(/^cli: DATA_DIR looks like a bot token \(not shown\) — did you paste the token/);
			expect((stdout + stderr).toLowerCase()).not.toContain(token.slice(-16).toLowerCase());
		} finally {
			killGroup(child);
		}
	});
});
