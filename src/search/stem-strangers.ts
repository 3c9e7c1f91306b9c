import { baseForms } from '../corpus/word-endings.ts';
import type { Analyzer } from './analyzer.ts';
import { TYPED_SAME_WORD } from './semantic-thresholds.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { formKey, formKeysOf, type KnownWords } from './word-forms.ts';
import type { QueryUnit } from './query-unit.ts';

/**
 * The index terms of typed words that the text has only as other words with the same stem: the stemmer cuts
 * "civil" and the text's "civilizations" alike, but they are two words (word vectors: 0.15), and a reader's
 * `civil society` is not a paragraph on the dialogue among civilizations. A typed word the text writes itself, or
 * that word vectors find the same word (it or its base form) as one of the text's forms of its stem ("brokers":
 * brokering; see `TYPED_SAME_WORD`), keeps its stem; without word vectors every word does.
 */
export function stemStrangers(
	words: readonly string[],
	terms: readonly string[],
	analyzer: Analyzer,
	known: KnownWords,
	semantic: (() => SemanticNeighbours | undefined) | undefined,
): Set<string> {
	const strangers = new Set<string>();
	const asWritten = new Set<string>();
	const candidates: { word: string; term: string; forms: readonly string[] }[] = [];
	words.forEach((word, i) => {
		const term = terms[i] ?? '';
		if (term === '' || !known.hasTerm(term) || !/^\p{L}+$/u.test(word)) return;
		const { forms, keys } = formKeysOf(term, analyzer, known);
		if (keys.includes(formKey(analyzer.normalize(word)))) asWritten.add(term);
		else candidates.push({ word, term, forms });
	});
	// Asked only of a word the text does not write: the vectors are a first-need table.
	const vectors = candidates.some((c) => !asWritten.has(c.term)) ? semantic?.() : undefined;
	if (!vectors) return strangers;
	for (const { word, term, forms } of candidates) {
		if (asWritten.has(term)) continue;
		const asTyped = [word.toLowerCase(), ...baseForms(word.toLowerCase())];
		if (!asTyped.some((w) => vectors.sameWord(w, forms, TYPED_SAME_WORD))) strangers.add(term);
	}
	return strangers;
}

/** `known` without these terms: a word typed with one of them is a word the text lacks (see `stemStrangers`). */
export function withoutTerms(known: KnownWords, left: ReadonlySet<string>): KnownWords {
	if (left.size === 0) return known;
	return {
		hasTerm: (term) => !left.has(term) && known.hasTerm(term),
		complete: (prefix, limit) => known.complete(prefix, limit),
		closeForms: (word, maxDistance) => known.closeForms(word, maxDistance),
		termOfForm: (form) => known.termOfForm(form),
		formsOf: (term) => known.formsOf(term),
		...(known.frozen === undefined ? {} : { frozen: known.frozen }),
	};
}

/**
 * A unit without the strangers' stems (see `stemStrangers`): such a stem finds only the text's other words, so it is
 * no literal match, nor a typo's ("equality" is two edits from the text's "equally", 0.28 by word vectors).
 */
export function dropStrangers(unit: Pick<QueryUnit, 'literal' | 'typos'>, strangers: ReadonlySet<string>): void {
	if (strangers.size === 0) return;
	unit.literal = unit.literal.filter((g) => !(g.length === 1 && strangers.has(g[0] ?? '')));
	unit.typos = unit.typos.filter((t) => !strangers.has(t.term));
}
