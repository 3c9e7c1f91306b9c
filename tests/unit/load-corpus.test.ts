import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { FIXTURE_DOCUMENTS, SEED, seedDataCopy } from '../helpers/corpus.ts';

const scratch: string[] = [];
/** A copy of the bundled data folder to break on purpose. */
function dataCopy(): string {
	const dir = seedDataCopy();
	scratch.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
	it('takes a new document by dropping in its two files, in publication order', () => {
		const dir = dataCopy();
		cpSync(FIXTURE_DOCUMENTS, join(dir, 'documents'), { recursive: true });
		const corpus = loadCorpus(dir);
		expect(corpus.documents.map((d) => d.slug)).toEqual(['sg2084', 'fix0001']);
		expect(corpus.paragraphs.map((p) => p.order)).toEqual(corpus.paragraphs.map((_, i) => i));
	});

	it('changes its version when the data changes, and only then', () => {
		const seed = () => loadCorpus(DEFAULT_DATA_DIR, SEED).version;
		expect(seed()).toBe(seed());
		const two = loadCorpus(DEFAULT_DATA_DIR, { only: ['sg2084', 'fix0001'], extraDocumentDirs: [FIXTURE_DOCUMENTS] });
		expect(two.version).not.toBe(seed());
	});

	it('names the file and every problem of bad metadata', () => {
		const dir = dataCopy();
		writeFileSync(
			join(dir, 'documents', 'Bad Name.json'),
			JSON.stringify({ symbol: 'X', releaseDate: '31/07/2003', sourceUrl: 'ftp://x' }),
		);
		writeFileSync(join(dir, 'documents', 'Bad Name.txt'), 'Text.');
		expect(() => loadCorpus(dir)).toThrow(
			/Bad Name\.json is invalid[\s\S]*slug[\s\S]*"title" is missing[\s\S]*YYYY-MM-DD[\s\S]*http/,
		);
	});

	it('derives what metadata can be derived: short title, source URL, and "date" for releaseDate', () => {
		const dir = dataCopy();
		writeFileSync(
			join(dir, 'documents', 'brief.json'),
			JSON.stringify({ symbol: 'A/61/1', title: 'T', date: '2006-08-09' }),
		);
		writeFileSync(join(dir, 'documents', 'brief.txt'), '1. Participants condemned terrorism.\n');
		expect(loadCorpus(dir).documentBySlug.get('brief')).toMatchObject({
			shortTitle: 'T',
			releaseDate: '2006-08-09',
			sourceUrl: 'https://undocs.org/A/61/1',
		});
	});

	it('refuses a document without its text', () => {
		const dir = dataCopy();
		writeFileSync(join(dir, 'documents', 'lonely.json'), '{}');
		expect(() => loadCorpus(dir)).toThrow(/corpus:/);
	});

	it('loads a paragraph no theme covers, searchable, with one warning naming it and the fix', () => {
		const dir = dataCopy();
		cpSync(join(FIXTURE_DOCUMENTS, 'fix0001.json'), join(dir, 'documents', 'plain.json'));
		writeFileSync(join(dir, 'documents', 'plain.txt'), 'A conclusion about nothing in particular.\n');
		const corpus = loadCorpus(dir);
		expect(corpus.paragraphById.get('plain-1')).toMatchObject({
			themes: [],
			text: 'A conclusion about nothing in particular.',
		});
		expect(corpus.warnings.map((w) => [w.kind, w.paragraph])).toEqual([['no-theme', 'plain-1']]);
		expect(corpus.warnings[0]?.message).toMatch(
			/plain-1 \(FIX\/0001 ¶1, .*plain\.txt line 1\) has no theme yet — add a pattern/,
		);
		expect(new ParagraphIndex(corpus).search('nothing particular').hits[0]?.paragraph.id).toBe('plain-1');
	});

	it('loads only the documents asked for, whatever else the folder holds', () => {
		const dir = dataCopy();
		cpSync(FIXTURE_DOCUMENTS, join(dir, 'documents'), { recursive: true });
		expect(loadCorpus(dir, { only: ['sg2084'] }).documents.map((d) => d.slug)).toEqual(['sg2084']);
		expect(() => loadCorpus(dir, { only: ['nope'] })).toThrow(/no document "nope"/);
	});

	it('refuses an empty documents folder', () => {
		const dir = dataCopy();
		rmSync(join(dir, 'documents', 'sg2084.json'));
		expect(() => loadCorpus(dir)).toThrow(/holds no document/);
	});

	it('takes a folder started with the JSON files only for one without documents, and says how to add one', () => {
		const dir = dataCopy();
		rmSync(join(dir, 'documents'), { recursive: true });
		// With the folder named, as the command must be typed to import into it (not into the bundled data/).
		expect(() => loadCorpus(dir)).toThrow(
			`documents holds no document (<slug>.json + <slug>.txt); add one with DATA_DIR=${dir} npm run import -- <file>`,
		);
	});
});
