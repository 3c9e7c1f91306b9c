import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/spawn-npm.ts';

describe('npm run eval with a table file it cannot read', () => {
	const dir = mkdtempSync(join(tmpdir(), 'eval-table-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const evalWith = (table: string) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--table', table], {
			cwd: ROOT,
			encoding: 'utf8',
			// Starting the script loads the search modules before it reads the table: at a load average of ten on two
			// cores (two test runs at once) that once took over 30 s.
			timeout: 100_000,
			killSignal: 'SIGKILL',
		});

	it.each([
		['missing', () => join(dir, 'missing.json'), /ENOENT/],
		[
			'without the fields a case needs',
			() => {
				const file = join(dir, 'bad.json');
				writeFileSync(file, JSON.stringify([{ query: 1 }]));
				return file;
			},
			/case 0 needs query, class and relevant/,
		],
	])(
		'says why in one line, no stack trace, when the file is %s',
		(_what, file, reason) => {
			const result = evalWith(file());
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/^eval: cannot read the table: /);
			expect(result.stderr).toMatch(reason);
			expect(result.stderr.trim().split('\n')).toHaveLength(1);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		},
		120_000,
	);
});
