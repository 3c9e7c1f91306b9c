import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formsNear } from '../../src/core/forms-near.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

/**
 * A number a document does not print, in a communiqué whose preamble is held after its operative paragraphs: the
 * refusal names the ranges, and offers no preambular paragraph that only stands at that place or is printed nearest
 * (`quote 4` of ¶1–3 and preamble ¶1–2 was offered `preamble 1`, held at 4: a place no reader counts by).
 */
const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function communique() {
	const dir = seedDataCopy('forms-near-');
	const work = mkdtempSync(join(tmpdir(), 'forms-near-file-'));
	scratch.push(dir, work);
	const file = join(work, 'communique.txt');
	writeFileSync(
		file,
		'PSC/PR/COMM.1301 (2045)\n\nCOMMUNIQUÉ\n\nThe Peace and Security Council of the African Union (AU),\n\n' +
			'Recalling its previous decisions on the situation in the Sahel region,\n\n' +
			'Noting the briefing by the Commissioner for Political Affairs, Peace and Security,\n\n' +
			'1. Expresses deep concern over the deterioration of the security situation in the region;\n\n' +
			'2. Requests the Commission to report on the implementation of this communiqué within sixty days;\n\n' +
			'3. Decides to remain actively seized of the matter.\n',
	);
	const { code, all } = await importCli([file, '--date', '2045-11-14', '--title', 'Communiqué'], dir);
	if (code !== 0) throw new Error(all);
	const corpus = loadCorpus(dir);
	const document = corpus.documents.find((d) => d.symbol.startsWith('PSC/PR/COMM.1301'));
	if (!document) throw new Error('the communiqué was not imported');
	return { corpus, document };
}

describe('references offered for a number the document does not print', () => {
	const run = communique();

	it('offers no preambular paragraph held at that place or printed nearest', async () => {
		const { corpus, document } = await run;
		// Held after the operative paragraphs: preamble ¶1 at 4, ¶2 at 5, printed first.
		expect(document.paragraphs.map((p) => p.number)).toEqual([4, 5, 1, 2, 3]);
		for (const typed of ['4', '5', '9', '0']) expect(formsNear(corpus, document, typed)).toEqual([]);
	});

	it('still offers a part’s paragraph for a part’s word and a number', async () => {
		const { corpus, document } = await run;
		expect(formsNear(corpus, document, 'preamble 4')).toEqual(['preamble 2']);
	});
});
