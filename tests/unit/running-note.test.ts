import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noteRunning, runningWarning } from '../../src/discord/running-note.ts';

const TOKEN = 'MTI4NTk0NzM2MjExMDk4NjI0Mg.GhT3xQ.k9Vb2pZr7Lq1WmNc4sYdEo8FaJuXiH0tRgKlMn';
/** A process that runs for the whole test (the test runner's parent), standing for a bot started earlier. */
const OTHER = process.ppid;
/** Above Linux's highest pid (2^22): no process has it, as for a bot killed without a chance to remove its note. */
const GONE = 99_999_999;

const folders: string[] = [];
afterAll(() => {
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
const cacheDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'running-note-'));
	folders.push(dir);
	return dir;
};

describe('the note that a gateway bot runs here', () => {
	it('a second start of the same bot is warned of, naming the first; the token is in no file name or note', () => {
		const dir = cacheDir();
		const first = noteRunning(dir, TOKEN, 'all', OTHER);
		expect(first.overlapping).toEqual([]);
		const second = noteRunning(dir, TOKEN, 'all');
		expect(second.overlapping).toMatchObject([{ pid: OTHER, shards: 'all' }]);
		expect(runningWarning(second.overlapping)).toMatch(
			new RegExp(`^this bot already runs here with the same token: pid ${OTHER} \\(since .*, shards all\\)`),
		);
		for (const name of readdirSync(dir)) expect(name).not.toContain(TOKEN.slice(0, 8));
		second.release();
		first.release();
		expect(readdirSync(dir)).toEqual([]);
	});

	it('shards spread over processes are legitimate; the same shard twice is not', () => {
		const dir = cacheDir();
		noteRunning(dir, TOKEN, [0, 1], OTHER);
		expect(noteRunning(dir, TOKEN, [2, 3]).overlapping).toEqual([]);
		expect(noteRunning(dir, TOKEN, [1, 2]).overlapping).toMatchObject([{ pid: OTHER }]);
		expect(noteRunning(dir, TOKEN, 'all').overlapping).toMatchObject([{ pid: OTHER }]);
	});

	it('another bot (another token) is none of its business', () => {
		const dir = cacheDir();
		noteRunning(dir, 'another.token.value', 'all', OTHER);
		expect(noteRunning(dir, TOKEN, 'all').overlapping).toEqual([]);
	});

	it('a note left by a process that is gone is removed, not warned of', () => {
		const dir = cacheDir();
		noteRunning(dir, TOKEN, 'all', GONE);
		const check = noteRunning(dir, TOKEN, 'all');
		expect(check).toMatchObject({ overlapping: [], staleRemoved: [GONE] });
		expect(readdirSync(dir)).toEqual([expect.stringContaining(`-${process.pid}.json`)]);
		check.release();
	});

	it('a damaged note is removed; a folder that cannot be written leaves the check undone, without failing', () => {
		const dir = cacheDir();
		const first = noteRunning(dir, TOKEN, 'all', OTHER);
		const [name] = readdirSync(dir);
		writeFileSync(join(dir, name ?? ''), '{ half');
		expect(noteRunning(dir, TOKEN, 'all').overlapping).toEqual([]);
		expect(existsSync(join(dir, name ?? ''))).toBe(false);
		first.release();
		const file = join(cacheDir(), 'a-file');
		writeFileSync(file, '');
		expect(noteRunning(join(file, 'below'), TOKEN, 'all').overlapping).toEqual([]);
	});
});
