import { describe, expect, it } from 'vitest';
import { dataFolderProblem } from '../../src/corpus/data-folder.ts';

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
		expect(problem).toMatch(/copy it whole to keep its document\(s\) beside yours \(cp -r /u);
		expect(problem).not.toContain('replace its documents');
	});
});
