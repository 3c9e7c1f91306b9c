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

/** "2003, July 31": the date as APA writes it. */
function apaDate(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	return `${date.getUTCFullYear()}, ${date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${date.getUTCDate()}`;
}

/**
 * Ready-to-copy citations of one paragraph: plain text, and APA style. Both name the symbol, title, date,
 * paragraph, source URL and the corpus version the text was quoted from.
 */
export function citations(
	document: CorpusDocument,
	paragraph: Paragraph,
	corpusVersion: string,
): { plain: string; apa: string } {
	const kind = document.kind ?? 'Document';
	const plain =
		`${document.symbol}, “${document.title}”, ${kind.toLowerCase()}, ${document.place ? `${document.place}, ` : ''}${formatDate(document.releaseDate)}, ¶${paragraph.number}. ` +
		`${document.sourceUrl} (quoted from corpus ${corpusVersion})`;
	const apa =
		`${document.publisher ?? document.symbol}. (${apaDate(document.releaseDate)}). ${document.title} (${kind} ${document.symbol}, para. ${paragraph.number}). ` +
		`${document.sourceUrl}`;
	return { plain, apa };
}
