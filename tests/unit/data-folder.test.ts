import { describe, expect, it } from 'vitest';
import { dataFolderProblem } from '../../src/corpus/data-folder.ts';

describe('a folder that is not a data folder', () => {
	it('is named with a copy command that pastes as it is, quoted where a path has spaces', () => {
		const problem = dataFolderProblem("/tmp/no such/it's here", '/work/my bot/data/');
		expect(problem).toContain(`cp -r '/work/my bot/data/.' '/tmp/no such/it'\\''s here'`);
	});

	it('leaves plain paths unquoted', () => {
		expect(dataFolderProblem('/tmp/nowhere-data', '/srv/bot/data')).toContain(
			'cp -r /srv/bot/data/. /tmp/nowhere-data,',
		);
	});
});
