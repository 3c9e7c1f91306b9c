/**
 * Where a UN symbol's text is published, for a document whose metadata gives no source: documents (A/60/341,
 * S/PRST/2006/39) on the Official Document System's short links; press releases (SG/2084, SG/SM/9999, GA/10226,
 * SC/7982), which that system does not hold, on the UN's press release pages, filed by year and by the symbol
 * without its slashes (`/press/en/2003/sg2084.doc.htm`).
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

/** Whether a symbol is a press release's (its series before the first slash is one of the press series). */
export function isPressReleaseSymbol(symbol: string): boolean {
	const series = symbol.trim().split('/')[0]?.toUpperCase() ?? '';
	return symbol.includes('/') && PRESS_RELEASE_SERIES.has(series);
}

/** The default source of a symbol released on `releaseDate` (YYYY-MM-DD, when known). */
export function defaultSourceUrl(symbol: string, releaseDate: string | undefined): string {
	const trimmed = symbol.trim();
	const year = /^\d{4}/.exec(releaseDate ?? '')?.[0];
	if (year !== undefined && isPressReleaseSymbol(trimmed)) {
		return `https://www.un.org/press/en/${year}/${trimmed.toLowerCase().replace(/[^a-z0-9]/g, '')}.doc.htm`;
	}
	// A symbol may hold a space (`S/RES/2811 (2026)`): the address encodes it, keeping the slashes as its path.
	return `https://undocs.org/${trimmed.split('/').map(encodeURIComponent).join('/')}`;
}
