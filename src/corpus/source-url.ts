/**
 * Where a UN symbol's text is published, for a document whose metadata gives no source: documents (A/60/341,
 * S/PRST/2006/39) on the Official Document System's short links; press releases (SG/2084, SG/SM/9999, GA/10226,
 * SC/7982), which that system does not hold, on the UN's press release pages, filed by year and by the symbol
 * without its slashes (`/press/en/2003/sg2084.doc.htm`). Other bodies' numbers (a Council of the EU `10512/25`, an
 * OSCE `CIO.GAL/112/25`, an AU `PSC/PR/COMM.1234`) are not on either: they get no made-up source.
 */

/**
 * The series of UN press releases, as their symbols begin: the Secretary-General's (SG, SG/SM, DSG/SM), the organs'
 * meetings coverage (GA, SC, ECOSOC), and the departments' series. Documents' series (A, S, E, ST…) are other letters.
 */
const PRESS_RELEASE_SERIES = new Set([
	'SG',
	'DSG',
	'GA',
	'SC',
	'ECOSOC',
	'PKO',
	'OBV',
	'PI',
	'SAG',
	'ENV',
	'DEV',
	'IHA',
	'WOM',
	'POP',
	'SOC',
	'ORG',
	'NGO',
	'REF',
	'SEA',
	'AFR',
	'HR',
	'L',
	'DC',
]);

/**
 * The series UN documents' symbols begin with: the principal organs (A, S, E, T), the Secretariat (ST), the treaty
 * bodies (CCPR, CRC…), and the programmes and conventions whose documents the Official Document System holds.
 */
const DOCUMENT_SERIES = new Set([
	'A',
	'S',
	'E',
	'T',
	'ST',
	'DP',
	'TD',
	'UNEP',
	'UNW',
	'ECE',
	'FCCC',
	'ICCD',
	'CAT',
	'CCPR',
	'CED',
	'CEDAW',
	'CERD',
	'CMW',
	'CRC',
	'CRPD',
	'HRI',
	'UNODC',
	'CTOC',
]);

/**
 * A press release's symbol: its series and letters (`SG/SM`, `GA/EF`), then one number, joint releases joined by a
 * dash (`SG/SM/9999-AFR/1234`). A number of another body's that begins with the same letters (an Indian Ocean
 * Commission secretariat's `SG/COI/2026/0412`, a year and a number) is no UN press release: it gets no made-up page.
 */
const PRESS_RELEASE_FORM = /^[A-Z]+(?:\/[A-Z]+)*\/\d+[A-Z]?(?:[-\u2010\u2013][A-Z]+(?:\/[A-Z]+)*\/\d+[A-Z]?)*$/iu;

/** A symbol's series: what stands before its first slash, in capitals (undefined when it has no slash). */
export function seriesOf(symbol: string): string | undefined {
	return symbol.includes('/') ? (symbol.split('/')[0] ?? '').toUpperCase() : undefined;
}

/** The default source of a symbol released on `releaseDate` (YYYY-MM-DD, when known); none for another body's. */
export function defaultSourceUrl(symbol: string, releaseDate: string | undefined): string | undefined {
	const trimmed = symbol.trim();
	const series = seriesOf(trimmed) ?? '';
	const pressRelease = PRESS_RELEASE_SERIES.has(series) && PRESS_RELEASE_FORM.test(trimmed);
	if (!pressRelease && !DOCUMENT_SERIES.has(series)) return undefined;
	const year = /^\d{4}/.exec(releaseDate ?? '')?.[0];
	if (year !== undefined && pressRelease) {
		return `https://www.un.org/press/en/${year}/${trimmed.toLowerCase().replace(/[^a-z0-9]/g, '')}.doc.htm`;
	}
	// A symbol may hold a space (`S/RES/2811 (2026)`): the address encodes it, keeping the slashes as its path.
	return `https://undocs.org/${trimmed.split('/').map(encodeURIComponent).join('/')}`;
}
