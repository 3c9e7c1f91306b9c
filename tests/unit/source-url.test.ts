import { describe, expect, it } from 'vitest';
import { validateDocumentMeta } from '../../src/corpus/document-meta.ts';
import { defaultSourceUrl } from '../../src/corpus/source-url.ts';
import type { CorpusDocument, Paragraph } from '../../src/corpus/types.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { citations } from '../../src/render/citation.ts';
import { sourceButtons } from '../../src/render/paragraph-buttons.ts';

describe('the source a document gets when its metadata names none', () => {
	it.each([
		['A/60/341', '2005-09-13', 'https://undocs.org/A/60/341'],
		['S/PRST/2006/39', '2006-09-20', 'https://undocs.org/S/PRST/2006/39'],
		['A/RES/61/296', '2007-09-17', 'https://undocs.org/A/RES/61/296'],
		// A Security Council resolution's symbol holds a space: the address encodes it.
		['S/RES/9876 (2031)', '2031-03-12', 'https://undocs.org/S/RES/9876%20(2031)'],
		// Press releases are not on the Official Document System: their pages are filed by year.
		['SG/2084', '2003-07-31', 'https://www.un.org/press/en/2003/sg2084.doc.htm'],
		['SG/SM/9999', '2005-07-26', 'https://www.un.org/press/en/2005/sgsm9999.doc.htm'],
		['GA/10226', '2003-12-24', 'https://www.un.org/press/en/2003/ga10226.doc.htm'],
		['SC/7982', '2004-01-16', 'https://www.un.org/press/en/2004/sc7982.doc.htm'],
		['SG/SM/9999-AFR/1234', '2005-07-26', 'https://www.un.org/press/en/2005/sgsm9999afr1234.doc.htm'],
		// Without a year the press page cannot be named: the symbol's short link still resolves to a search.
		['SG/2084', undefined, 'https://undocs.org/SG/2084'],
		// Another body's number that begins with a press series' letters (a secretariat's reference: a year, a number).
		['SG/COI/2026/0412', '2026-04-30', undefined],
	])('%s (%s) → %s', (symbol, date, url) => {
		expect(defaultSourceUrl(symbol, date)).toBe(url);
	});

	it('is what a metadata file without sourceUrl gets', () => {
		const meta = validateDocumentMeta('sg2111', { symbol: 'SG/2111', title: 'T', date: '2006-09-22' }, 'x');
		expect(meta.sourceUrl).toBe('https://www.un.org/press/en/2006/sg2111.doc.htm');
		const document = validateDocumentMeta('a60-341', { symbol: 'A/60/341', title: 'T', date: '2005-09-13' }, 'x');
		expect(document.sourceUrl).toBe('https://undocs.org/A/60/341');
	});
});

describe('another body’s number or a label in words', () => {
	it.each(['10512/25', 'CIO.GAL/112/25', 'PSC/PR/COMM.1234', "Ocean Dialogue Chair's Summary", 'EUCO 12/25'])(
		'%s gets no made-up source',
		(symbol) => {
			expect(defaultSourceUrl(symbol, '2025-06-26')).toBeUndefined();
		},
	);

	it('is loaded without a source, and quoted without a link or a Source button', () => {
		const meta = validateDocumentMeta('council-10512', { symbol: '10512/25', title: 'T', date: '2025-06-26' }, 'x');
		expect(meta.sourceUrl).toBeUndefined();
		const document = { ...meta, paragraphs: [] } as unknown as CorpusDocument;
		const paragraph = { id: 'council-10512-1', document: meta.slug, number: 1 } as unknown as Paragraph;
		const { plain, apa } = citations(document, paragraph, 'v1');
		expect(plain).toBe('10512/25, “T”, document, 26 June 2025, ¶1. (quoted from corpus v1)');
		expect(apa.endsWith('(Document 10512/25, para. 1).')).toBe(true);
		expect(sourceButtons([document], messagesFor('en-US'))).toEqual([]);
	});

	it('still rejects a source that is not an http(s) URL', () => {
		expect(() =>
			validateDocumentMeta('x', { symbol: '10512/25', title: 'T', date: '2025-06-26', sourceUrl: 42 }, 'x'),
		).toThrow(/"sourceUrl" must be an http\(s\) URL/);
	});
});
