import { cardinalNumber, ordinalNumber } from '../corpus/number-words.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import { passesFilters, type SearchFilters } from './search-outcome.ts';

/** What a reader calls one of a document's numbered paragraphs. */
const NAME = String.raw`(?:paragraph|para\.?|par\.?|conclusion|point)`;
/** "¶3", "§ 3", "paragraph 3", "para. 3", "conclusion three": a paragraph asked for by its number. */
const BY_NUMBER = new RegExp(String.raw`^\s*(?:¶|§|${NAME})\s*(?:#|no\.?\s*)?(\d{1,4}|[\p{L}-]+)\s*$`, 'iu');
/** "the first conclusion", "3rd paragraph", "the last point": a paragraph asked for by its place. */
const BY_PLACE = new RegExp(String.raw`^\s*(?:the\s+)?([\p{L}\d-]+)\s+${NAME}\s*$`, 'iu');

/** Words for a document's last paragraph. */
const LAST = new Set(['last', 'final', 'closing', 'concluding']);

/** A place word's paragraph: its number (first: 1), or the last. */
const placeOf = (word: string) => (LAST.has(word.toLowerCase()) ? 'last' : ordinalNumber(word));

/** Which paragraph of each document a query names: its number, or the last; undefined for no reference. */
function placeNamed(query: string): number | 'last' | undefined {
	const numbered = BY_NUMBER.exec(query)?.[1];
	if (numbered !== undefined) return /^\d+$/.test(numbered) ? Number(numbered) : cardinalNumber(numbered);
	const placed = BY_PLACE.exec(query)?.[1];
	if (placed === undefined) return undefined;
	return placeOf(placed);
}

/**
 * A place typed where a paragraph is asked for (`/quote last`, `the first`, `final conclusion`): the paragraph's name may
 * go, as the option already asks for one. Its number (first: 1), or the last; undefined otherwise.
 */
export function placeTyped(text: string): number | 'last' | undefined {
	const place = BARE_PLACE.exec(text)?.[1];
	if (place === undefined) return undefined;
	return placeOf(place);
}
const BARE_PLACE = new RegExp(String.raw`^\s*(?:the\s+)?([\p{L}\d-]+)(?:\s+${NAME})?\s*$`, 'iu');

/** Whether a query asks for a paragraph by its number or place (see `BY_NUMBER`, `BY_PLACE`). */
export const isParagraphReference = (query: string): boolean => placeNamed(query) !== undefined;

/**
 * The paragraphs a query names by number or place ("paragraph 3", "the third conclusion": each document's ¶3 that
 * the filters keep, in corpus order; "the last paragraph": each document's last), or none when it is no such
 * reference. A reader who types one into a search wants that paragraph; searched as words, "paragraph" and "3"
 * matched nothing, and "first" took the query for one about another meeting.
 */
export function paragraphsReferenced(query: string, corpus: Corpus, filters: SearchFilters): Paragraph[] {
	const place = placeNamed(query);
	if (place === undefined) return [];
	// The last as printed: a preamble or sub-paragraphs held under numbers after the text's own are not its end.
	const last = new Map<string, Paragraph>();
	if (place === 'last') for (const p of corpus.paragraphs) last.set(p.document, p);
	const named = (p: Paragraph) => (place === 'last' ? last.get(p.document) === p : p.number === place);
	return corpus.paragraphs.filter((p) => named(p) && passesFilters(p, filters));
}
