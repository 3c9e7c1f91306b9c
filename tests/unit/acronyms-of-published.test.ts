import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { learnAcronyms } from '../../src/search/acronyms.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { indexOf, seedCorpus, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { publishedFixture } from '../helpers/published-fixture.ts';

/** A blind reader's acronyms for what two published documents spell out (blind round 51). */
describe('an acronym the text spells out in a long name, or WordNet knows', () => {
	let dir: string;
	let index: ParagraphIndex;
	beforeAll(async () => {
		dir = seedDataCopy('acronyms-');
		for (const name of ['council-conclusions-pdftotext-raw.txt', 'wha-resolution-pdftotext.txt']) {
			const { code, all } = await importCli([publishedFixture(name)], dir);
			expect(code, all).toBe(0);
		}
		const corpus = loadCorpus(dir);
		index = new ParagraphIndex(
			loadCorpus(dir, { only: corpus.documents.map((d) => d.slug).filter((s) => s !== 'sg2084') }),
		);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('finds a name of nine words ("United Nations Convention on the Law of the Sea": UNCLOS)', () => {
		const seed = indexOf(seedCorpus());
		const table = learnAcronyms(['under the United Nations Convention on the Law of the Sea and'], seed.analyzer);
		expect(table.unclos?.map((e) => e.name)).toEqual(['United Nations Convention on the Law of the Sea']);
		const found = index.search('UNCLOS');
		expect(found.match).toBe('all');
		expect(found.hits[0]?.paragraph.text).toContain('United Nations Convention on the Law of the Sea');
	});

	it('reads an acronym in capitals as WordNet means it where the vectors bear it out (TB: tuberculosis)', () => {
		const found = index.search('TB');
		expect(found.match).toBe('all');
		expect(found.hits.length).toBeGreaterThan(0);
		for (const hit of found.hits) expect(hit.paragraph.text).toMatch(/tuberculosis/u);
		// Not a sense the vectors do not bear out: HIV is no tuberculosis, though they sit near each other.
		expect(index.search('HIV').match).toBe('none');
	});
});
