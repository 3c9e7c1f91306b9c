import { isLabel } from '../corpus/document-label.ts';
import { citedMark } from '../corpus/paragraph-mark.ts';
import type { CorpusDocument, Paragraph } from '../corpus/types.ts';

/**
 * English month names, for "31 July 2003" and APA's "2003, July 31". Not `Intl.DateTimeFormat`: loading its locale
 * data took about 4 ms, paid at every start (or at the first reply), for formats this simple.
 */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * The date as a day at UTC midnight, or undefined when it is not one. Loading rejects such dates; this keeps a
 * corpus built some other way from turning every reply that cites it into an error.
 */
function dayOf(isoDate: string): Date | undefined {
	const date = new Date(`${isoDate}T00:00:00Z`);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2003-07-31" → "31 July 2003", the way UN documents write dates; a string that is no date is shown as it is. */
export function formatDate(isoDate: string): string {
	const date = dayOf(isoDate);
	return date ? `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}` : isoDate;
}

/** "SG/2084 (31 July 2003)": how a reply names its source in a line. */
export function shortCitation(document: CorpusDocument): string {
	return `${document.symbol} (${formatDate(document.releaseDate)})`;
}

/** "SG/2084 (31 July 2003), ¶3", or "A/64/359 (10 September 2009), annex, ¶1": the paragraph as the document numbers it. */
export function paragraphCitation(document: CorpusDocument, paragraph: Paragraph): string {
	return `${shortCitation(document)}, ${citedMark(paragraph)}`;
}

/** "2003, July 31": the date as APA writes it. */
function apaDate(isoDate: string): string {
	const date = dayOf(isoDate);
	if (!date) return isoDate;
	return `${date.getUTCFullYear()}, ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCDate()}`;
}

/**
 * Ready-to-copy citations of one paragraph: plain text, and APA style. Both name the symbol, title, date,
 * paragraph (as the document numbers it: "annex, ¶1" in an annex that restarts), source URL and the corpus version
 * the text was quoted from. A document named by a label (no symbol: see `isLabel`) is cited by its title, as APA
 * cites a work without a number: the label is neither its author nor its document number.
 */
export function citations(
	document: CorpusDocument,
	paragraph: Paragraph,
	corpusVersion: string,
): { plain: string; apa: string } {
	const kind = document.kind ?? 'Document';
	const labelled = isLabel(document.symbol);
	const plain =
		`${labelled ? '' : `${document.symbol}, `}“${document.title}”, ${kind.toLowerCase()}, ${document.place ? `${document.place}, ` : ''}${formatDate(document.releaseDate)}, ${citedMark(paragraph)}. ` +
		`${document.sourceUrl ? `${document.sourceUrl} ` : ''}(quoted from corpus ${corpusVersion})`;
	const para = citedMark(paragraph, 'para. ');
	// APA: the author first, or the title in its place when there is none (never the symbol: it is no author); the
	// document number beside the kind.
	const author = document.publisher ?? (labelled ? undefined : unitedNationsOrgan(document.symbol));
	const number = labelled ? kind : `${kind} ${document.symbol}`;
	const apaText = author
		? `${author}. (${apaDate(document.releaseDate)}). ${document.title} (${number}, ${para}).`
		: `${document.title}. (${apaDate(document.releaseDate)}). (${number}, ${para}).`;
	const apa = apaText + (document.sourceUrl ? ` ${document.sourceUrl}` : '');
	return { plain, apa };
}

/**
 * The author a United Nations symbol names (how APA cites UN documents): the organ of a `S/`, `A/` or `E/` document, the
 * Organization for a press release (`SG/2084`, `SC/15000`, `GA/12345`). Undefined for any other body's symbol.
 */
export function unitedNationsOrgan(symbol: string): string | undefined {
	if (/^S\//u.test(symbol)) return 'United Nations Security Council';
	if (/^A\//u.test(symbol)) return 'United Nations General Assembly';
	if (/^E\//u.test(symbol)) return 'United Nations Economic and Social Council';
	if (/^(?:SG|SC|GA|ECOSOC|HR|DEV|OBV|PI|L|IHA|ORG|SAG|SEA)\/(?:SM\/)?\d/u.test(symbol)) return 'United Nations';
	return undefined;
}
