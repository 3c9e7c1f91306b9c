import type { CorpusDocument, Paragraph } from '../corpus/types.ts';

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** "2003-07-31" → "31 July 2003", the way UN documents write dates. */
export function formatDate(isoDate: string): string {
	return DATE_FORMAT.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "SG/2084 (31 July 2003)": how a reply names its source in a line. */
export function shortCitation(document: CorpusDocument): string {
	return `${document.symbol} (${formatDate(document.releaseDate)})`;
}

/** "SG/2084 (31 July 2003), ¶3". */
export function paragraphCitation(document: CorpusDocument, paragraph: Paragraph): string {
	return `${shortCitation(document)}, ¶${paragraph.number}`;
}
