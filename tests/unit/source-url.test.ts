import { describe, expect, it } from 'vitest';
import { validateDocumentMeta } from '../../src/corpus/document-meta.ts';
import { defaultSourceUrl } from '../../src/corpus/source-url.ts';

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
		// Without a year the press page cannot be named: the symbol's short link still resolves to a search.
		['SG/2084', undefined, 'https://undocs.org/SG/2084'],
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
