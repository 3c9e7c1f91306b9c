import { MAX_LEMMA_WORDS } from './related-words.ts';
import type { ReduceInput } from './wordnet-reduce.ts';

/** How WordNet's lemmas become index terms and entries of the reduced table (see `reduceWordNet`). */

/** Adds `group` under `key` to one side of the table, once, unless it is the key itself. */
export function addEntry(
	side: Record<string, string[][]>,
	seen: Set<string>,
	kind: string,
	key: string,
	group: string[],
): void {
	const id = `${kind}\0${key}\0${group.join(' ')}`;
	if (group.join(' ') === key || seen.has(id)) return;
	seen.add(id);
	const groups = Object.hasOwn(side, key) ? (side[key] ?? []) : (side[key] = []);
	groups.push(group);
}

/**
 * A lemma's words, split where the text's are: at spaces (WordNet's `_`) and at apostrophes, which end a word when
 * the text is indexed, so "cote_d'ivoire" meets the text's "Côte d’Ivoire" and "ivory_coast" can stand for it.
 */
export const lemmaWords = (lemma: string) => lemma.split(/[_']/).filter(Boolean);

/** A lemma's index terms (`weapon_of_mass_destruction` → weapon, mass, destruct), if every one passes `accept`. */
export function termsOf(
	input: ReduceInput,
	lemma: string,
	accept: (term: string, word: string) => boolean,
): string[] | undefined {
	const words = lemmaWords(lemma.toLowerCase());
	// A name that begins with an article ("the_States", "the_Hague") is that name, not its common noun: without the
	// article, a stop word, "the States" (the United States) would mean the text's "States".
	if (words.length > 1 && words[0] === 'the') return undefined;
	// Letters (and hyphens, "go-between" meets "go-betweens" and "gobetween"): not "9/11" or "w.m.d.".
	if (words.length === 0 || words.length > MAX_LEMMA_WORDS || words.some((w) => !/^[a-z]+(?:-[a-z]+)*$/.test(w)))
		return undefined;
	const terms: string[] = [];
	for (const word of words) {
		const term = input.term(word);
		if (term === null) continue;
		if (!accept(term, word)) return undefined;
		terms.push(term);
	}
	return terms.length > 0 ? terms : undefined;
}

/**
 * A reader's lemma as a key of the reduced table: one word as WordNet writes it (looked up by the typed word's own
 * forms: see `oneWordEntry`), several as their index terms, looked up by the terms of the words typed. Undefined for
 * a lemma `termsOf` takes no terms of.
 */
export function tableKey(input: ReduceInput, lemma: string): string | undefined {
	const terms = termsOf(input, lemma, () => true);
	const words = lemmaWords(lemma.toLowerCase());
	return terms === undefined ? undefined : words.length === 1 ? words[0] : terms.join(' ');
}
