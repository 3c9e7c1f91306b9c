import { isCalendarDate } from './calendar-date.ts';
import { defaultSourceUrl } from './source-url.ts';
import type { DocumentMeta } from './types.ts';

/** A document's slug: its file name, its paragraphs' id prefix, the value of the `document` option. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The slug rule in words, for messages. */
export const SLUG_RULE = 'lower-case letters and digits, words joined by single hyphens (e.g. sg2084, a60-341)';
const REQUIRED = ['symbol', 'title', 'shortTitle', 'releaseDate'] as const;

/**
 * Validates a document's metadata side file (`<slug>.json`); the slug is the file's base name, so adding a document
 * never needs an id chosen twice. All problems are reported together.
 */
export function validateDocumentMeta(slug: string, raw: unknown, source: string): DocumentMeta {
	const problems: string[] = [];
	const meta = { ...((raw ?? {}) as Record<string, unknown>) };
	// What can be derived need not be written: `date` for `releaseDate`, the title as short title, and where the
	// symbol is published as the source (see `defaultSourceUrl`).
	if (meta.releaseDate === undefined) meta.releaseDate = meta.date;
	if (meta.shortTitle === undefined) meta.shortTitle = meta.title;
	if (meta.sourceUrl === undefined && typeof meta.symbol === 'string' && meta.symbol.trim() !== '') {
		const date =
			typeof meta.releaseDate === 'string' && isCalendarDate(meta.releaseDate) ? meta.releaseDate : undefined;
		const made = defaultSourceUrl(meta.symbol, date);
		// Another body's number has no address to make: the document is quoted without a source link.
		if (made !== undefined) meta.sourceUrl = made;
	}
	delete meta.date;
	if (!SLUG.test(slug)) problems.push(`the file name "${slug}" must be a slug: ${SLUG_RULE}`);
	for (const key of REQUIRED) {
		if (typeof meta[key] !== 'string' || meta[key].trim() === '') problems.push(`"${key}" is missing`);
	}
	const releaseDate = meta.releaseDate;
	if (typeof releaseDate === 'string' && releaseDate.trim() !== '' && !isCalendarDate(releaseDate)) {
		problems.push(`"releaseDate" must be a real date written YYYY-MM-DD, not "${String(releaseDate).slice(0, 40)}"`);
	}
	if (meta.place !== undefined && (typeof meta.place !== 'string' || meta.place.trim() === '')) {
		problems.push('"place" must be a city name when given');
	}
	const meetingDates = meta.meetingDates;
	if (meetingDates !== undefined && !Array.isArray(meetingDates)) {
		problems.push('"meetingDates" must be an array of YYYY-MM-DD dates');
	} else if (Array.isArray(meetingDates)) {
		for (const [i, date] of meetingDates.entries()) {
			if (!isCalendarDate(date)) {
				const shown = typeof date === 'string' ? `"${date.slice(0, 40)}"` : String(JSON.stringify(date)).slice(0, 40);
				problems.push(`"meetingDates"[${i}] must be a real date written YYYY-MM-DD, not ${shown}`);
			}
		}
	}
	if (meta.sourceUrl !== undefined && (typeof meta.sourceUrl !== 'string' || !/^https?:\/\//.test(meta.sourceUrl))) {
		problems.push('"sourceUrl" must be an http(s) URL');
	}
	if (problems.length > 0) throw new Error(`corpus: ${source} is invalid:\n  - ${problems.join('\n  - ')}`);
	return { ...(meta as unknown as Omit<DocumentMeta, 'slug'>), slug };
}
