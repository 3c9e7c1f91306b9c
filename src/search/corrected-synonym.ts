import type { SynonymMatch, SynonymTable } from './synonyms.ts';

/** The most words a curated key is looked up over with slips corrected (`weapons of mass destruction` has four). */
const MAX_KEY_WORDS = 4;

/**
 * The curated table's entry starting at `terms[at]`, read with the typed words' slips corrected (`nuclear weopons`:
 * nuclear weapons, which the table says the text calls weapons of mass destruction), when the words as typed have
 * none. `correct` gives a word's correction (its likeliest typo's term), or undefined for a word typed right. Only a
 * key of several words: one word corrected alone is its own unit's typo.
 */
export function correctedSynonym(
	terms: readonly string[],
	at: number,
	synonyms: Pick<SynonymTable, 'match'>,
	correct: (index: number) => string | undefined,
): SynonymMatch | undefined {
	let changed = false;
	const corrected = terms.map((term, j) => {
		if (j < at || j >= at + MAX_KEY_WORDS) return term;
		const fixed = correct(j);
		if (fixed === undefined || fixed === term) return term;
		changed = true;
		return fixed;
	});
	if (!changed) return undefined;
	const found = synonyms.match(corrected, at);
	return found !== undefined && found.length > 1 ? found : undefined;
}
