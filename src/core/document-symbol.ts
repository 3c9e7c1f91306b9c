import { foldCase } from '../corpus/text.ts';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import type { SearchOutcome } from '../search/search-outcome.ts';
import { bareSymbol } from '../search/symbol-scope.ts';
import { typedMarks } from './typed-marks.ts';

/** A symbol as people type it: case, accents and blanks aside (its `/`, `.`, `-` count; see `bareSymbol` for without). */
const symbolKey = (text: string) => foldCase(text).replace(/\s+/gu, '');

/**
 * The loaded document a search names by its symbol (`SG/2084`, `sg 2084`, `A/RES/77/1`) when no paragraph has it as
 * text (the search found no paragraph with all of it): a reader who types a document's symbol wants that document,
 * and its paragraphs' text rarely prints its own symbol, so "no match" and paragraphs related by the symbol's
 * numbers would mislead. Undefined for any other query, or when paragraphs do have the symbol (they are the answer).
 */
export function documentNamedBy(corpus: Corpus, query: string, outcome: SearchOutcome): CorpusDocument | undefined {
	return outcome.match === 'all' ? undefined : documentOfSymbol(corpus, query);
}

/** A symbol's year in brackets (`S/RES/2811 (2026)`, `PSC/PR/COMM.1245 (2024)`), which readers often leave out. */
const SYMBOL_YEAR = /\s*\(\d{4}\)$/u;

/**
 * The loaded document whose symbol `query` is, as typed or with its separators left out (`SG2084`), or without the
 * year in brackets its symbol ends with (`PSC/PR/COMM.1245` for `PSC/PR/COMM.1245 (2024)`).
 */
export function documentOfSymbol(corpus: Corpus, query: string): CorpusDocument | undefined {
	const typed = symbolKey(query);
	const bare = bareSymbol(query);
	if (bare === '') return undefined;
	const is = (symbol: string) => symbolKey(symbol) === typed || bareSymbol(symbol) === bare;
	return (
		corpus.documents.find((d) => symbolKey(d.symbol) === typed) ??
		corpus.documents.find((d) => bareSymbol(d.symbol) === bare) ??
		corpus.documents.find((d) => SYMBOL_YEAR.test(d.symbol) && is(d.symbol.replace(SYMBOL_YEAR, '')))
	);
}

/** How to read a document instead of searching for its symbol: its first paragraph's reference, as typed. */
export function firstReference(document: CorpusDocument): string {
	const [first] = document.paragraphs;
	return first === undefined ? '1' : (typedMarks(first)[0] ?? String(first.number));
}
