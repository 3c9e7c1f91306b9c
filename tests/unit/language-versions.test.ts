import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataProblems } from '../../src/import/data-check.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * Every language version of a UN document shares its symbol: the French concluding observations of CAT/C/MDV/CO/3
 * imported beside the English ones land on the same slug. The import must not advise `--force` as if it were the same
 * document again (it would destroy the English text): it says the file is another language version, how to keep both
 * (`--slug …-fr`, advice that works when followed), and what `--force` would replace.
 */
const VERSIONS = new URL('../fixtures/language-versions/', import.meta.url);
// A path, not a URL's pathname: a checkout in a folder with a space has `%20` in the pathname.
const english = fileURLToPath(new URL('cat-co-en.txt', VERSIONS));
const french = fileURLToPath(new URL('cat-co-fr.txt', VERSIONS));

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
function dataFolder(): string {
	const dir = seedDataCopy('language-versions-');
	scratch.push(dir);
	return dir;
}

describe('a second language version of a document already imported', () => {
	it('is refused with advice that keeps both, naming what --force would replace', async () => {
		const dir = dataFolder();
		expect((await importCli([english], dir)).code).toBe(0);
		const englishText = readFileSync(join(dir, 'documents', 'catcmdvco3.txt'), 'utf8');
		const refused = await importCli([french], dir);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(
			'CAT/C/MDV/CO/3 is already in this folder as catcmdvco3 ("Concluding observations on the third periodic report of the Republic of Moldavia")',
		);
		expect(refused.stderr).toContain('in English; this file is in French: another language version of it');
		expect(refused.stderr).toContain('--slug catcmdvco3-fr');
		expect(refused.stderr).toContain('--force would replace catcmdvco3 with this file: the English text would be gone');
		expect(refused.stderr).not.toMatch(/exist; pass --force/u);
		expect(readFileSync(join(dir, 'documents', 'catcmdvco3.txt'), 'utf8')).toBe(englishText);

		// The advice, followed, keeps both, cited by the symbol they share, with no warning of a repeat.
		const kept = await importCli([french, '--slug', 'catcmdvco3-fr'], dir);
		expect(kept.code).toBe(0);
		expect(kept.all).toContain(
			'CAT/C/MDV/CO/3 is also in this folder as catcmdvco3, in English: this French text is kept beside it as catcmdvco3-fr',
		);
		const corpus = loadCorpus(dir);
		const versions = corpus.documents.filter((d) => d.symbol === 'CAT/C/MDV/CO/3');
		expect(versions.map((d) => d.slug).sort()).toEqual(['catcmdvco3', 'catcmdvco3-fr']);
		expect(corpus.paragraphById.get('catcmdvco3-fr-2')?.text).toMatch(/^Le Comité salue/u);
		expect(corpus.paragraphById.get('catcmdvco3-2')?.text).toMatch(/^The Committee welcomes/u);
		expect(dataProblems(corpus).filter((p) => /symbol/u.test(p))).toEqual([]);
	});

	it('the same text again is still a plain re-import: --force writes it again', async () => {
		const dir = dataFolder();
		expect((await importCli([english], dir)).code).toBe(0);
		const again = await importCli([english], dir);
		expect(again.code).toBe(1);
		expect(again.stderr).toMatch(/catcmdvco3\.json exist, from the same text; pass --force to replace them/u);
		expect((await importCli([english, '--force'], dir)).code).toBe(0);
	});

	it('another text in the same language is named as another version, --force as what replaces it', async () => {
		const dir = dataFolder();
		expect((await importCli([english], dir)).code).toBe(0);
		const corrected = join(dir, 'cat-co-corrected.txt');
		writeFileSync(corrected, readFileSync(english, 'utf8').replace('2116th meeting', '2117th meeting'));
		const refused = await importCli([corrected], dir);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain("this file's text differs from it (both in English)");
		expect(refused.stderr).toContain('--force replaces catcmdvco3 with it (its present text would be gone');
		expect(refused.stderr).toContain('If it is another document, give it its own --symbol');
	});

	it('a second copy in the same language under another slug is still a repeat', async () => {
		const dir = dataFolder();
		expect((await importCli([english], dir)).code).toBe(0);
		const refused = await importCli([english, '--slug', 'catcmdvco3-copy'], dir);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/is already in this folder as catcmdvco3/u);
	});
});
