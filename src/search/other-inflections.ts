import { baseForms } from '../corpus/word-endings.ts';
import type { WordVectors } from './word-vectors.ts';

/** A typed word's other forms are looked for among the words sharing this many first letters with it and its term. */
const MIN_FORM_PREFIX = 4;
/** How many words sharing those letters are looked at, at most: a bounded scan of the sorted word list. */
const MAX_FORM_SCAN = 400;
/** How many of a typed word's other inflections are compared with the text's words: each costs a pass over them. */
const MAX_FORMS = 2;

/**
 * The vectors of a word's other inflections, the most common first, at most `MAX_FORMS` (the forms that share a base
 * form with it and that the index stems alike, `term`: "smuggled" and "smuggling", not "negotiators" and
 * "negotiations"). Vectors learn each inflection apart, and one may sit further from the word's meaning ("smuggled"
 * 0.61 to trafficking, "smuggling" 0.86). None without a way to stem.
 */
export function otherInflections(
	vectors: WordVectors,
	term: ((word: string) => string | null) | undefined,
	word: string,
): Int8Array[] {
	const own = term?.(word);
	if (own === null || own === undefined) return [];
	let prefix = 0;
	while (prefix < word.length && word[prefix] === own[prefix]) prefix += 1;
	if (prefix < MIN_FORM_PREFIX) return [];
	const bases = new Set(baseForms(word));
	const forms: { form: string; rank: number }[] = [];
	for (const form of vectors.wordsStartingWith(word.slice(0, prefix), MAX_FORM_SCAN)) {
		if (form === word || term?.(form) !== own || !baseForms(form).some((b) => bases.has(b))) continue;
		forms.push({ form, rank: vectors.rank(form) ?? Number.POSITIVE_INFINITY });
	}
	return forms
		.sort((a, b) => a.rank - b.rank)
		.slice(0, MAX_FORMS)
		.flatMap(({ form }) => vectors.vector(form) ?? []);
}
