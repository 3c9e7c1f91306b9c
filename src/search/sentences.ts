import type { Analyzer } from './analyzer.ts';

/**
 * Where a paragraph's sentences end: after a full stop, question or exclamation mark, at a line break, and before the
 * items of a list ("which would: (a) Follow up …; (b) Identify …"), each of which reads as a sentence of its own. Not
 * at every semicolon or colon: a chapeau and its clauses ("They agreed: to …") often state one thing.
 */
const SENTENCE_END = /(?<=[.!?])\s+|\n+|(?<=[;:])\s+(?=\(?[a-z0-9]{1,4}\)\s)/u;

/** A paragraph's sentences (see `SENTENCE_END`), as written. */
export function sentencesOf(text: string): string[] {
	return text.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '');
}

/** Each sentence of a paragraph as its set of index terms. */
export function sentenceTerms(analyzer: Analyzer, text: string): Set<string>[] {
	return sentencesOf(text).map((sentence) => new Set(analyzer.tokens(sentence).flatMap((w) => analyzer.term(w) ?? [])));
}
