import type { Analyzer } from './analyzer.ts';

/**
 * Where a paragraph's sentences end: after a full stop, question or exclamation mark, at a line break, and before the
 * items of a list ("which would: (a) Follow up …; (b) Identify …"), each of which reads as a sentence of its own. Not
 * at every semicolon or colon: a chapeau and its clauses ("They agreed: to …") often state one thing.
 */
const SENTENCE_END = /(?<=[.!?])\s+|\n+|(?<=[;:])\s+(?=\(?[a-z0-9]{1,4}\)\s)/u;

/**
 * A full stop that ends an abbreviation, not a sentence: initials ("U.N.", "e.g."), a numbered reference ("No. 5",
 * "Art. 3", "para. 12") or a title ("Mr. Annan") before the next word.
 */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}\.){2,}$|\b(?:no|nos|art|arts|para|paras|vol|cf|mr|mrs|ms|dr|st)\.$/iu;

/** A paragraph's sentences (see `SENTENCE_END`), as written; an abbreviation's full stop ends none. */
export function sentencesOf(text: string): string[] {
	const sentences: string[] = [];
	for (const piece of text.split(SENTENCE_END)) {
		const last = sentences.length - 1;
		if (last >= 0 && ABBREVIATION.test(sentences[last] ?? '')) sentences[last] += ` ${piece}`;
		else sentences.push(piece);
	}
	return sentences.filter((sentence) => sentence.trim() !== '');
}

/** Each sentence of a paragraph as its set of index terms. */
export function sentenceTerms(analyzer: Analyzer, text: string): Set<string>[] {
	return sentencesOf(text).map((sentence) => new Set(analyzer.tokens(sentence).flatMap((w) => analyzer.term(w) ?? [])));
}
