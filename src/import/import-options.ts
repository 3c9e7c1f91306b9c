import { isCalendarDate } from '../corpus/calendar-date.ts';
import { SLUG, SLUG_RULE } from '../corpus/document-meta.ts';
import { ImportError } from './import-error.ts';

/** The metadata options of an import, as typed. */
export interface GivenMetadata {
	slug?: string | undefined;
	symbol?: string | undefined;
	title?: string | undefined;
	shortTitle?: string | undefined;
	/** The organisation that issued it: APA cites it as the author. */
	publisher?: string | undefined;
	date?: string | undefined;
	place?: string | undefined;
	url?: string | undefined;
}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Checks the options before anything is read or written, so a mistake is blamed on the option that has it (with the
 * form it takes), not on a metadata file that does not exist yet. Returns the options as they will be used: a slug
 * typed in capitals (`SG2084`) is lower-cased, and said so in the notes. All problems are reported together.
 */
export function checkImportOptions(given: GivenMetadata): { options: GivenMetadata; notes: string[] } {
	const problems: string[] = [];
	const notes: string[] = [];
	const options = { ...given };
	for (const [name, value] of [
		['--symbol', given.symbol],
		['--title', given.title],
		['--short-title', given.shortTitle],
		['--publisher', given.publisher],
		['--place', given.place],
	] as const) {
		if (value !== undefined && value.trim() === '') problems.push(`${name} is empty; leave it out or give a value`);
	}
	if (given.date !== undefined && !isCalendarDate(given.date)) {
		problems.push(`--date must be a real date written YYYY-MM-DD (e.g. 2005-07-26), not ${shown(given.date)}`);
	}
	if (given.slug !== undefined) {
		const slug = given.slug.toLowerCase();
		if (!SLUG.test(slug)) problems.push(`--slug must be ${SLUG_RULE}, not ${shown(given.slug)}`);
		else if (slug !== given.slug) notes.push(`slug lower-cased: ${slug}`);
		options.slug = slug;
	}
	if (given.url !== undefined && !/^https?:\/\/\S+$/u.test(given.url)) {
		problems.push(`--url must be an http(s) URL (e.g. https://undocs.org/A/60/341), not ${shown(given.url)}`);
	}
	if (problems.length === 1) throw new ImportError(`import: ${problems[0] ?? ''}`);
	if (problems.length > 1) throw new ImportError(`import: the options are wrong:\n  - ${problems.join('\n  - ')}`);
	return { options, notes };
}
