import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { LAYOUT_DOCUMENTS, seedDataCopy } from '../helpers/corpus.ts';
import { exitOf, killGroup, spawnNpm } from '../helpers/spawn-npm.ts';

/** An npm script run to its end as a user runs it, killed in any case. */
async function npm(args: string[], env: Record<string, string>) {
	const { child, output } = spawnNpm(args, env);
	try {
		const code = await exitOf(child);
		return { code, ...output() };
	} finally {
		killGroup(child);
	}
}

describe('npm run import and npm run cli on DATA_DIR', () => {
	let dir: string;
	beforeAll(() => {
		dir = seedDataCopy('scripts-');
	});
	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	it('imports a document into DATA_DIR, and the CLI quotes it by symbol and own number', async () => {
		const imported = await npm(['run', '--silent', 'import', '--', join(LAYOUT_DOCUMENTS, 'numbered-extract.txt')], {
			DATA_DIR: dir,
		});
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain('¶12 At the Secretary-General’s request');
		// The extract's numbers jump (¶15 is not in it): said among the notes, no problem to fix.
		expect(imported.stdout).toMatch(/line 19: the numbers jump from ¶14 to ¶16 \(¶15 is not in this extract\)/u);
		expect(imported.stdout).not.toMatch(/\d problems? /u);

		const quoted = await npm(['run', '--silent', 'cli', '--', 'quote', '16', '--document', 'a/61/256', '--json'], {
			DATA_DIR: dir,
		});
		expect(quoted.code).toBe(0);
		expect(JSON.parse(quoted.stdout)).toMatchObject({
			id: 'a61256-16',
			paragraph: 16,
			section: 'B. Peacekeeping',
			text: expect.stringMatching(
				/^The European Union and the North Atlantic Treaty Organization have provided/,
			) as string,
		});
		expect(quoted.stderr).toContain('the numbers jump from ¶14 to ¶16 (¶15 is not in this extract)');

		// An extract's numbers that jump are said by the check, which passes.
		const check = await npm(['run', '--silent', 'import', '--', '--check'], { DATA_DIR: dir });
		expect(check.code).toBe(0);
		expect(check.stdout).toMatch(/a61256\.txt line 19: the numbers jump from ¶14 to ¶16/u);
	});
});
