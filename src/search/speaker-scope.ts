import { seriesOf } from '../corpus/source-url.ts';
import type { CorpusDocument } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import { mayNameDocument, soleWriter, type DocumentContext } from './document-context.ts';
import type { SearchOutcome } from './search-outcome.ts';
import type { QueryExecutor } from './query-executor.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import { TEXT_FIELD } from './ranked.ts';
import { SEARCH_OPTIONS } from './search-options.ts';
import { scopedBySymbol } from './symbol-scope.ts';

/**
 * The document a query asks about by its symbol (see `scopedBySymbol`) or by its body (`scopedBySpeaker`, said by
 * `speaker`).
 */
export function documentAsked(
	query: string,
	documents: readonly CorpusDocument[],
	analyzer: Pick<Analyzer, 'term'>,
	context: Pick<DocumentContext, 'named' | 'writers' | 'size'>,
): { document: string; rest: string; speaker?: true } | undefined {
	const bySymbol = scopedBySymbol(query, documents);
	if (bySymbol) return bySymbol;
	const bySpeaker =
		scopedBySpeaker(query, analyzer, context, documents) ?? scopedByFullName(query, documents, analyzer);
	return bySpeaker && { ...bySpeaker, speaker: true };
}

/** The verbs of saying, agreeing or deciding that ask what a body said (see `SPEAKER_FRAME`). */
const SAID =
	'say|said|agree|agreed|decide|decided|conclude|concluded|state|stated|declare|declared|think|propose|proposed|commit|committed|want|call|called|announce|announced|pledge|pledged|urge|urged|stress|stressed|note|noted|mention|mentioned|resolve|resolved|recommend|recommended';

/**
 * A question that asks what a body said, agreed or decided ("what did the G20 say about hunger?", "did CHOGM agree
 * on climate finance?"), or its document did ("did the G20 Rio declaration mention…", "what does the BRICS summit
 * text say…"): the body, where it comes right after the question's auxiliary.
 */
const SPEAKER_FRAME = new RegExp(
	String.raw`^\s*(?:(?:what|how)\s+)?(?:did|does|do|has|have|will|would)\s+` +
		// The body, and the words naming its document (kept apart, as the body is read as "they").
		String.raw`((?:the\s+)?([\p{L}\p{N}]+)(?:\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}(?:declaration|communiqu[eé]|conclusions|statement|summary|summit|text))?)` +
		String.raw`\s+(?:${SAID})\b`,
	'iud',
);

/**
 * A question for what a body said, whose name is the name of one document of the corpus (its title's or publisher's
 * acronym, or its symbol's word: see `documentContext`): that document, and the question with "they" for the body.
 * "What did SACSU say about plastic?" asks what the SACSU communiqué says of plastic, whose paragraphs need not write
 * "SACSU" (as a query of two words it found only the paragraphs that name the union). A name no document goes by that
 * only one document's paragraphs write, twice or more ("WAWRA", named in its council's conclusions), names that
 * document. A body no document goes by ("what did the G7 say…"), or one several go by or write, is searched as typed.
 * Undefined otherwise.
 */
export function scopedBySpeaker(
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	context: Pick<DocumentContext, 'named' | 'writers' | 'size'>,
	corpusDocuments: readonly Pick<CorpusDocument, 'slug' | 'symbol'>[] = [],
): { document: string; rest: string } | undefined {
	const found = SPEAKER_FRAME.exec(query);
	const [from, to] = found?.indices?.[1] ?? [];
	const name = found?.[2];
	if (name === undefined || from === undefined || to === undefined) return undefined;
	if (!mayNameDocument(name)) return undefined;
	const term = analyzer.term(name);
	const named = term === null ? [] : context.named(term);
	// Only an acronym typed in capitals, of a corpus of several documents: in one, every word is written by one alone
	// ("what did the council say about terrorism?" of SG/2084).
	const writtenBy = term !== null && context.size > 1 && /^\p{Lu}/u.test(name);
	const byName = named.length > 0 || !writtenBy ? named : soleWriter(context.writers(term));
	// Or the body whose acronym heads the symbol ("CSMF/MIN/3/2025"), in any case: no word of English is one.
	const documents = byName.length > 0 ? byName : headedBy(name, corpusDocuments);
	const [document] = documents;
	if (document === undefined || documents.length > 1) return undefined;
	return { document, rest: `${query.slice(0, from)}they${query.slice(to)}`.trim() };
}

/** The documents whose symbol starts with this acronym and a slash ("CSMF/MIN/3/2025" for CSMF), of three letters or more. */
function headedBy(name: string, documents: readonly Pick<CorpusDocument, 'slug' | 'symbol'>[]): string[] {
	if (!/^\p{L}{3,8}$/u.test(name)) return [];
	const series = name.toUpperCase();
	return documents.filter((d) => seriesOf(d.symbol) === series).map((d) => d.slug);
}

/**
 * A body named in full in the question ("what did the Great Lakes Basin Cooperation Council say about cholera?"): two
 * to eight words between the question's auxiliary and its verb of saying, in any case and either spelling
 * ("Organization" for a title's "Organisation": compared as index terms), that the title or publisher of one document
 * writes together. Then that document, and the question with "they" for the body, as for a body's acronym.
 */
const FULL_NAME_FRAME = new RegExp(
	String.raw`^\s*(?:(?:what|how)\s+)?(?:did|does|do|has|have|will|would)\s+((?:the\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,7}))\s+(?:${SAID})\b`,
	'iud',
);
export function scopedByFullName(
	query: string,
	documents: readonly Pick<CorpusDocument, 'slug' | 'title' | 'publisher'>[],
	analyzer: Pick<Analyzer, 'term'>,
): { document: string; rest: string } | undefined {
	const found = FULL_NAME_FRAME.exec(query);
	const [from, to] = found?.indices?.[1] ?? [];
	const name = found?.[2];
	if (name === undefined || from === undefined || to === undefined) return undefined;
	const termsOf = (text: string) =>
		text.split(/[^\p{L}\p{N}]+/u).flatMap((word) => (word === '' ? [] : (analyzer.term(word) ?? [])));
	const asked = termsOf(name);
	// Two words of content at least: "the council" is any council.
	if (asked.length < 2) return undefined;
	const writes = (d: (typeof documents)[number]) =>
		[d.title, d.publisher ?? ''].some((text) => ` ${termsOf(text).join(' ')} `.includes(` ${asked.join(' ')} `));
	const [document, other] = documents.filter(writes);
	if (document === undefined || other !== undefined) return undefined;
	return { document: document.slug, rest: `${query.slice(0, from)}they${query.slice(to)}`.trim() };
}

/**
 * A body's document that says nothing of what it is asked (see `scopedBySpeaker`): no match, and the closest paragraphs
 * of every document (`all`), as the question typed would have them: another body's may say it.
 */
export function withRelatedOfAll(
	outcome: SearchOutcome,
	asked: { speaker?: true },
	all: () => SearchOutcome,
): SearchOutcome {
	if (asked.speaker !== true || outcome.match !== 'none') return outcome;
	const { related } = all();
	return related.length > 0 ? { ...outcome, related } : outcome;
}

/** The documents of the paragraphs whose own text (not a theme label) writes a term, one entry a paragraph. */
export function documentsWriting(term: string, executor: QueryExecutor, columns: ParagraphColumns): string[] {
	const matches = executor.matchSet({ queries: [term] }, SEARCH_OPTIONS);
	const field = matches.layout.fields.indexOf(TEXT_FIELD);
	const documents: string[] = [];
	for (let row = 0; row < matches.size; row += 1) {
		const paragraph = columns.paragraphs[matches.docs[row] ?? -1];
		if (paragraph && matches.inField(row, field)) documents.push(paragraph.document);
	}
	return documents;
}
