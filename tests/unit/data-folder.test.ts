import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataFolderProblem } from '../../src/corpus/data-folder.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { dataDirLoadFailure } from '../../src/data-dir.ts';

describe('a folder that is not a data folder', () => {
	it('is named with copy commands that paste as they are, quoted where a path has spaces', () => {
		const problem = dataFolderProblem("/tmp/no such/it's here", '/work/my bot/data/');
		expect(problem).toContain(
			`mkdir -p '/tmp/no such/it'\\''s here' && cp '/work/my bot/data'/*.json '/tmp/no such/it'\\''s here'`,
		);
		expect(problem).toContain(`cp -r '/work/my bot/data/.' '/tmp/no such/it'\\''s here'`);
	});

	it('leaves plain paths unquoted', () => {
		expect(dataFolderProblem('/tmp/nowhere-data', '/srv/bot/data')).toContain(
			'(mkdir -p /tmp/nowhere-data && cp /srv/bot/data/*.json /tmp/nowhere-data)',
		);
		expect(dataFolderProblem('/tmp/nowhere-data', '/srv/bot/data')).toContain(
			'(cp -r /srv/bot/data/. /tmp/nowhere-data)',
		);
	});

	it('says which copy keeps the bundled documents and which starts without them', () => {
		const problem = dataFolderProblem('/tmp/nowhere-data', '/srv/bot/data') ?? '';
		expect(problem).toMatch(/none of its documents \(mkdir -p .*\), then import your documents into it/u);
		expect(problem).toMatch(/copy it whole to keep its documents beside yours \(cp -r /u);
		expect(problem).not.toContain('replace its documents');
	});

	it('as DATA_DIR, its message says once what to do, not a second, shorter way after it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'not-a-data-folder-'));
		try {
			let failure = '';
			try {
				loadCorpus(dir);
			} catch (error) {
				failure = dataDirLoadFailure(dir, error, {});
			}
			expect(failure).toMatch(/^corpus: DATA_DIR ".*" could not be loaded: the data folder .* has no themes\.json/u);
			expect(failure).toMatch(/or leave DATA_DIR unset to use the bundled folder$/u);
			expect(failure.match(/leave DATA_DIR (?:unset|empty)/gu)).toHaveLength(1);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
