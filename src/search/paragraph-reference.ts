import type { Corpus, Paragraph } from '../corpus/types.ts';
import { passesFilters, type SearchFilters } from './search-outcome.ts';

/** "¶3", "§ 3", "paragraph 3", "para. 3", "par 3": a paragraph asked for by its number, not words to look for. */
const REFERENCE = /^\s*(?:¶|§|paragraph|para\.?|par\.?)\s*(\d{1,4})\s*$/iu;

/** Whether a query asks for a paragraph by its number (see `REFERENCE`). */
export const isParagraphReference = (query: string): boolean => REFERENCE.test(query);

/**
 * The paragraphs a query names by number ("paragraph 3": each document's ¶3 that the filters keep, in corpus order),
 * or none when it is no such reference. A reader who types one into a search wants that paragraph; searched as words,
 * "paragraph" and "3" matched nothing.
 */
export function paragraphsReferenced(query: string, corpus: Corpus, filters: SearchFilters): Paragraph[] {
	const number = REFERENCE.exec(query)?.[1];
	if (number === undefined) return [];
	return corpus.paragraphs.filter((p) => p.number === Number(number) && passesFilters(p, filters));
}
