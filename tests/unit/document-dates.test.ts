import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/corpus/calendar-date.ts';
import { validateDocumentMeta } from '../../src/corpus/document-meta.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { citations, formatDate, shortCitation } from '../../src/render/citation.ts';
import { seedCorpus, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';

const scratch: string[] = [];
afterEach(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function dataCopy(): string {
	const dir = seedDataCopy('dates-');
	scratch.push(dir);
	return dir;
}

describe('a date of document metadata is a real calendar date', () => {
	it.each([
		['2005-07-26', true],
		['2024-02-29', true],
		['0099-01-01', true],
		['2024-13-45', false],
		['2023-02-29', false],
		['2024-04-31', false],
		['2024-00-10', false],
		['2024-1-2', false],
		['26 July 2005', false],
		['yesterday', false],
		['2005-07-26T00:00:00Z', false],
		[20050726, false],
	])('%j → %s', (date, real) => {
		expect(isCalendarDate(date)).toBe(real);
	});

	it('rejects an impossible releaseDate or meeting date, naming the file and the field', () => {
		const meta = { symbol: 'A/99/1', title: 'T', sourceUrl: 'https://undocs.org/A/99/1' };
		expect(() => validateDocumentMeta('a991', { ...meta, releaseDate: '2024-13-45' }, '/d/a991.json')).toThrow(
			/corpus: \/d\/a991\.json is invalid:\n {2}- "releaseDate" must be a real date written YYYY-MM-DD, not "2024-13-45"/,
		);
		expect(() =>
			validateDocumentMeta(
				'a991',
				{ ...meta, releaseDate: '2024-03-10', meetingDates: ['2024-03-09', '2024-02-30'] },
				'/d/a991.json',
			),
		).toThrow(
			/a991\.json is invalid:\n {2}- "meetingDates"\[1\] must be a real date written YYYY-MM-DD, not "2024-02-30"/,
		);
		expect(
			validateDocumentMeta('a991', { ...meta, releaseDate: '2024-02-29', meetingDates: ['2024-02-28'] }, 'x'),
		).toMatchObject({ releaseDate: '2024-02-29', meetingDates: ['2024-02-28'] });
	});

	it('keeps a folder with an impossible date from loading, and the data check says why', async () => {
		const dir = dataCopy();
		writeFileSync(
			join(dir, 'documents', 'a991.json'),
			JSON.stringify({ symbol: 'A/99/1', title: 'T', releaseDate: '2024-13-45' }),
		);
		writeFileSync(join(dir, 'documents', 'a991.txt'), '1. Participants condemned terrorism.\n');
		expect(() => loadCorpus(dir)).toThrow(/a991\.json is invalid[\s\S]*"releaseDate" must be a real date/);
		const { code, stdout, stderr } = await importCli(['--check'], dir);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/data check: .* does not load:\ncorpus: .*a991\.json is invalid[\s\S]*"2024-13-45"/);
	});

	it('renders a citation of a document whose date is not one without throwing (shown as written)', () => {
		const corpus = seedCorpus();
		const real = corpus.documents[0];
		const paragraph = corpus.paragraphs[0];
		if (!real || !paragraph) throw new Error('the seed corpus has a document');
		const broken: CorpusDocument = { ...real, releaseDate: '2024-13-45' };
		expect(formatDate('2024-13-45')).toBe('2024-13-45');
		expect(formatDate('2003-07-31')).toBe('31 July 2003');
		expect(shortCitation(broken)).toBe(`${real.symbol} (2024-13-45)`);
		const { plain, apa } = citations(broken, paragraph, 'v1');
		expect(plain).toContain('2024-13-45');
		expect(apa).toContain('(2024-13-45)');
	});
});
