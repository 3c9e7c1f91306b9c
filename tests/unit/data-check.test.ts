import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { allThemes, dataNotes, dataProblems } from '../../src/import/data-check.ts';
import { expectSoundCorpus } from '../helpers/corpus-checks.ts';
import { LAYOUT_DOCUMENTS, seedDataCopy } from '../helpers/corpus.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataCopy(): string {
	const dir = seedDataCopy('data-check-');
	scratch.push(dir);
	return dir;
}
function addLayout(dir: string, name: string): void {
	for (const ext of ['json', 'txt'])
		cpSync(join(LAYOUT_DOCUMENTS, `${name}.${ext}`), join(dir, 'documents', `${name}.${ext}`));
}

describe('the data check (npm test fails on what it finds)', () => {
	// The folder the bot serves: DATA_DIR when the suite runs against another corpus, else the bundled data/.
	const dataDir = process.env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;

	it(`passes on ${dataDir}: every paragraph has a theme, every numbering runs, ids and sections hold`, () => {
		expectSoundCorpus(loadCorpus(dataDir), dataDir);
	});

	it('still passes when documents in other layouts are dropped into a copy of data/, as the README says', () => {
		const dir = dataCopy();
		for (const name of ['annex-roman', 'press-release-bullets']) addLayout(dir, name);
		const corpus = loadCorpus(dir);
		expect(corpus.documents.map((d) => d.slug)).toEqual(
			expect.arrayContaining(['sg2084', 'annex-roman', 'press-release-bullets']),
		);
		expectSoundCorpus(corpus, dir);
	});

	it('fails on one document dropped in twice (its text and its PDF), naming both', () => {
		const dir = dataCopy();
		for (const name of ['annex-roman', 'annex-roman-pdf']) addLayout(dir, name);
		expect(dataProblems(loadCorpus(dir), allThemes(dir))).toEqual([
			expect.stringMatching(/^annex-roman-pdf \(.*\) has the symbol A\/60\/341 of annex-roman too/u) as string,
		]);
	});

	it('fails on a text dropped in by hand that is not UTF-8, naming the file and what to do', () => {
		const dir = dataCopy();
		const published = join(LAYOUT_DOCUMENTS, '..', 'published', 'chair-summary-word-1252.txt');
		cpSync(published, join(dir, 'documents', 'word1252.txt'));
		writeFileSync(
			join(dir, 'documents', 'word1252.json'),
			JSON.stringify({ symbol: 'Word 1252 summary', title: 'T', date: '2031-01-02' }),
		);
		const problems = dataProblems(loadCorpus(dir), allThemes(dir));
		expect(problems).toContainEqual(
			expect.stringMatching(/word1252\.txt is not UTF-8: .*save it as UTF-8, or import it with npm run import/u),
		);
		// The bundled document, in UTF-8, is not named.
		expect(problems.filter((p) => p.includes('not UTF-8'))).toHaveLength(1);
	});

	it('says the jump in an extract’s numbers (¶12–14, 16–18), naming the file and line, without failing', () => {
		const dir = dataCopy();
		addLayout(dir, 'numbered-extract');
		const corpus = loadCorpus(dir);
		expect(dataProblems(corpus, allThemes(dir))).toEqual([]);
		expect(dataNotes(corpus)).toEqual([
			expect.stringMatching(
				/numbered-extract\.txt line 19: the numbers jump from ¶14 to ¶16 \(¶15 is not in/u,
			) as string,
		]);
	});

	it('fails on a numbering gap in a text that starts at ¶1, naming the file and line', () => {
		const dir = dataCopy();
		cpSync(join(LAYOUT_DOCUMENTS, 'numbered-extract.json'), join(dir, 'documents', 'gap.json'));
		writeFileSync(
			join(dir, 'documents', 'gap.txt'),
			'1. Participants condemned terrorism.\n\n2. They welcomed the mediation.\n\n4. They called for peacekeeping.\n',
		);
		expect(dataProblems(loadCorpus(dir), allThemes(dir))).toEqual([
			expect.stringMatching(/gap\.txt line 5: ¶4 follows ¶2: ¶3 missing/u) as string,
		]);
	});

	it('fails on a paragraph without a theme, suggesting patterns, while the corpus still loads', () => {
		const dir = dataCopy();
		cpSync(join(LAYOUT_DOCUMENTS, 'annex-roman.json'), join(dir, 'documents', 'odd.json'));
		writeFileSync(join(dir, 'documents', 'odd.txt'), '1. Participants admired the orchids in the garden.\n');
		const corpus = loadCorpus(dir);
		expect(corpus.paragraphById.get('odd-1')?.themes).toEqual([]);
		expect(dataProblems(corpus, allThemes(dir))).toEqual([
			expect.stringMatching(
				/odd-1 \(A\/60\/341 ¶1, .*odd\.txt line 1\) has no theme yet .*"(?:admired orchids|orchids|garden)/,
			) as string,
		]);
	});
});
