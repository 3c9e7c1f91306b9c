import { PARTS, type DataFiles } from './wordnet-files.ts';
import { glossesOf } from './wordnet-kept.ts';

/**
 * WordNet defines many everyday words by the term a formal text uses for them: war is "the waging of armed conflict
 * against an enemy". No synonym or pointer links "war" to "armed conflict"; the definition does. This finds, for each
 * synset, the text's own phrases of two words (adjacent in the text, as "armed conflict" is) that its definition uses.
 * A definition also names what a thing belongs to ("an agency of the United Nations"), so such a link is not the same
 * sense on its own: the search takes it only when word vectors find the reader's word close to the phrase too (see
 * `wordUnitAt`). A definition's single words link too, where word vectors find them close (`definingWords`).
 */

/** What the scan needs from the index: how a word becomes an index term, and which words and phrases the text has. */
export interface GlossInput {
	term(word: string): string | null;
	/** The text's written forms and their base forms: a definition's word that is neither is not looked at further. */
	words: ReadonlySet<string>;
	/** Pairs of index terms that stand next to each other in the text, as `first second`. */
	phrases: ReadonlySet<string>;
	/**
	 * Sees every definition's words (lower case, in order) with its synset's id, and its lemmas when asked (none for a
	 * name's): for single-word links. Most definitions are ruled out before their lemmas are read.
	 */
	visit?: (id: string, words: readonly string[], lemmas: () => string[]) => void;
}

/**
 * The text's phrases each synset's definition uses, by synset id (part of speech letter and offset, as pointers name
 * them). Examples (in quotes after the definition) are left out: they use a word, they do not define it. `data` reads
 * a synset's lemmas for `visit`.
 */
export function phrasesInGlosses(dictDir: string, input: GlossInput, data: DataFiles): Map<string, string[][]> {
	const found = new Map<string, string[][]>();
	if (input.phrases.size === 0 && input.visit === undefined) return found;
	// Adverbs are defined by other adverbs ("in a hostile manner"): not how a reader names a subject.
	for (const [file, letter] of PARTS.filter(([, l]) => l !== 'r')) {
		for (const { id, words, used } of glossesOf(dictDir, file, letter)) {
			const phrases = phrasesAmong(words, input);
			if (phrases.length > 0) found.set(id, phrases);
			input.visit?.(id, used, () => {
				const lemmas = data.read(id)?.lemmas ?? [];
				// A name's definition says what kind of thing it is ("an association of nations"), not what it means.
				return lemmas.some((l) => /^[A-Z]/.test(l)) ? [] : lemmas.map((l) => l.toLowerCase());
			});
		}
	}
	return found;
}

/** A definition's words, lower case, in order. */
const wordsOf = (definition: string) => definition.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? [];

/** The text's phrases that a definition has, word beside word. */
export function phrasesIn(definition: string, input: GlossInput): string[][] {
	return phrasesAmong(wordsOf(definition), input);
}

/** The text's phrases among a definition's words (see `phrasesIn`). */
function phrasesAmong(words: readonly string[], input: GlossInput): string[][] {
	const phrases: string[][] = [];
	const seen = new Set<string>();
	for (let i = 0; i + 1 < words.length; i += 1) {
		const first = words[i] ?? '';
		const second = words[i + 1] ?? '';
		// Most words are ruled out without being stemmed.
		if (!input.words.has(first) || !input.words.has(second)) continue;
		const a = input.term(first);
		const b = input.term(second);
		if (a === null || b === null || a === b) continue;
		const key = `${a} ${b}`;
		if (!input.phrases.has(key) || seen.has(key)) continue;
		seen.add(key);
		phrases.push([a, b]);
	}
	return phrases;
}

/**
 * The pairs of index terms that stand next to each other in a text, stop words aside ("weapons of mass destruction"
 * gives weapon mass, mass destruct), as `first second`. `termOfForm`: a written form's term (lower case), undefined
 * for a stop word; looked up rather than analysed, since a large corpus has millions of words.
 */
export function adjacentTerms(texts: Iterable<string>, termOfForm: (form: string) => string | undefined): Set<string> {
	const pairs = new Set<string>();
	for (const text of texts) {
		let previous: string | undefined;
		for (const form of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
			const term = termOfForm(form);
			if (term === undefined) continue;
			if (previous !== undefined && term !== previous) pairs.add(`${previous} ${term}`);
			previous = term;
		}
	}
	return pairs;
}

/** Shorter words of a definition are grammar ("be", "do", "use"), not what it defines. */
const MIN_DEFINING_LENGTH = 4;

/**
 * The text's words (`termOf`: a word's index term, null for one the text lacks) in a synset's definition that word
 * vectors find close to one of its lemmas of one word (`lemmas`, read only when the definition has such words), each
 * a group of one term.
 */
export function definingWords(
	words: readonly string[],
	lemmas: () => readonly string[],
	bases: ReadonlySet<string>,
	termOf: (word: string) => string | null,
	close: (word: string, term: string) => boolean,
): string[][] {
	const terms = new Set<string>();
	for (const word of words) {
		if (word.length < MIN_DEFINING_LENGTH || !bases.has(word)) continue;
		const term = termOf(word);
		if (term !== null) terms.add(term);
	}
	if (terms.size === 0) return [];
	const readers = lemmas();
	return [...terms].filter((term) => readers.some((lemma) => close(lemma, term))).map((term) => [term]);
}
