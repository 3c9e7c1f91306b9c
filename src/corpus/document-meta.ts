import type { DocumentMeta } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const REQUIRED = ['symbol', 'title', 'shortTitle', 'releaseDate', 'sourceUrl'] as const;

/**
 * Validates a document's metadata side file (`<slug>.json`); the slug is the file's base name, so adding a document
 * never needs an id chosen twice. All problems are reported together.
 */
export function validateDocumentMeta(slug: string, raw: unknown, source: string): DocumentMeta {
	const problems: string[] = [];
	const meta = { ...((raw ?? {}) as Record<string, unknown>) };
	// What can be derived need not be written: `date` for `releaseDate`, the title as short title, and the symbol's
	// short link on the UN's Official Document System as the source.
	if (meta.releaseDate === undefined) meta.releaseDate = meta.date;
	if (meta.shortTitle === undefined) meta.shortTitle = meta.title;
	if (meta.sourceUrl === undefined && typeof meta.symbol === 'string' && meta.symbol.trim() !== '') {
		meta.sourceUrl = `https://undocs.org/${meta.symbol.trim()}`;
	}
	delete meta.date;
	if (!SLUG.test(slug)) problems.push(`the file name "${slug}" must be a lower-case slug (letters, digits, hyphens)`);
	for (const key of REQUIRED) {
		if (typeof meta[key] !== 'string' || meta[key].trim() === '') problems.push(`"${key}" is missing`);
	}
	if (typeof meta.releaseDate === 'string' && !ISO_DATE.test(meta.releaseDate)) {
		problems.push('"releaseDate" must be YYYY-MM-DD');
	}
	if (meta.place !== undefined && (typeof meta.place !== 'string' || meta.place.trim() === '')) {
		problems.push('"place" must be a city name when given');
	}
	const meetingDates = meta.meetingDates;
	if (
		meetingDates !== undefined &&
		!(Array.isArray(meetingDates) && meetingDates.every((d) => typeof d === 'string' && ISO_DATE.test(d)))
	) {
		problems.push('"meetingDates" must be an array of YYYY-MM-DD dates');
	}
	if (typeof meta.sourceUrl === 'string' && !/^https?:\/\//.test(meta.sourceUrl)) {
		problems.push('"sourceUrl" must be an http(s) URL');
	}
	if (problems.length > 0) throw new Error(`corpus: ${source} is invalid:\n  - ${problems.join('\n  - ')}`);
	return { ...(meta as unknown as Omit<DocumentMeta, 'slug'>), slug };
}
