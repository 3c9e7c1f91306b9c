import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { FIXTURE_DOCUMENTS } from '../helpers/corpus.ts';

const scratch: string[] = [];
/** A copy of the bundled data folder to break on purpose. */
function dataCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
	scratch.push(dir);
	cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
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
		expect(loadCorpus().version).toBe(loadCorpus().version);
		expect(loadCorpus(undefined, { extraDocumentDirs: [FIXTURE_DOCUMENTS] }).version).not.toBe(loadCorpus().version);
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

	it('refuses a document without its text', () => {
		const dir = dataCopy();
		writeFileSync(join(dir, 'documents', 'lonely.json'), '{}');
		expect(() => loadCorpus(dir)).toThrow(/corpus:/);
	});

	it('refuses a paragraph no theme covers, saying how to fix it', () => {
		const dir = dataCopy();
		cpSync(join(FIXTURE_DOCUMENTS, 'fix0001.json'), join(dir, 'documents', 'plain.json'));
		writeFileSync(join(dir, 'documents', 'plain.txt'), 'A conclusion about nothing in particular.\n');
		expect(() => loadCorpus(dir)).toThrow(/plain-1 has no theme: add a pattern to a theme or an override/);
	});

	it('refuses an empty documents folder', () => {
		const dir = dataCopy();
		rmSync(join(dir, 'documents', 'sg2084.json'));
		expect(() => loadCorpus(dir)).toThrow(/holds no document/);
	});
});
