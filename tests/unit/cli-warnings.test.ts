import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import { commands } from '../../commands/index.ts';
import { FIXTURE_DOCUMENTS, seedDataCopy } from '../helpers/corpus.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { loadConfig } from '../../src/config.ts';
import { loadCore } from '../../src/load-core.ts';

/** The bundled data with a document no theme covers: three paragraphs, each without a theme. */
const dir = seedDataCopy();
cpSync(join(FIXTURE_DOCUMENTS, 'fix0001.json'), join(dir, 'documents', 'plain.json'));
writeFileSync(
	join(dir, 'documents', 'plain.txt'),
	'1. A conclusion about nothing.\n\n2. Another about nothing.\n\n3. A third about nothing.\n',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI says a document’s paragraphs without a theme in one line', () => {
	it('one warning line for the document, naming each paragraph', () => {
		expect(loadCorpus(dir).warnings.filter((w) => w.kind === 'no-theme')).toHaveLength(3);
		let stderr = '';
		const code = runCli(
			['quote', '1', '--document', 'FIX/0001'],
			() => loadBotCore(commands, dir),
			{ stdout: () => undefined, stderr: (text) => (stderr += text) },
			{},
			dir,
		);
		expect(code).toBe(0);
		expect(stderr.split('\n').filter(Boolean)).toEqual([
			expect.stringMatching(
				/^warning: 3 paragraphs of FIX\/0001 have no theme yet: ¶1, ¶2, ¶3 — add patterns that match them to themes in themes\.json, or overrides \(DATA_DIR=\S+ npm run import -- --check suggests patterns\)$/u,
			),
		]);
	});
});

describe('the bot’s log at start says them in one line too', () => {
	it('one warning for the document, with its paragraphs, before "index ready"', async () => {
		// A stranger's `npm start` on a newly imported communiqué logged fourteen lines of the same advice.
		const { logger, lines } = captureLogger();
		await loadCore(loadConfig({ DATA_DIR: dir }), logger);
		const warnings = lines.map((line) => JSON.parse(line) as { level: number; msg: string; document?: string });
		const noTheme = warnings.filter((w) => w.msg.includes('no theme'));
		expect(noTheme).toHaveLength(1);
		expect(noTheme[0]?.document).toBe('plain');
		expect(noTheme[0]?.msg).toMatch(/^3 paragraphs of FIX\/0001 have no theme yet: ¶1, ¶2, ¶3 — /u);
	});
});
