import { baseForms } from '../corpus/word-endings.ts';
import type { OneWordEntry } from './lemma-lookup.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';

/**
 * The text's phrases that define a word it lacks (war: "armed conflict"; see `phrasesInGlosses`), where word vectors
 * find the word close to the phrase: a definition also names what a thing belongs to, which is not what it means.
 */
export function definedAs(
	word: string,
	one: OneWordEntry | undefined,
	defined: Record<string, string[][]> | undefined,
	semantic: SemanticNeighbours | undefined,
): string[][] {
	const groups = defined ? one?.(defined) : undefined;
	if (!groups || !semantic) return [];
	// The vectors know inflected forms apart ("wars" is further from "armed conflict" than "war"): the base form counts.
	const forms = baseForms(word.toLowerCase());
	return groups.filter((group) =>
		forms.some((form) =>
			group.length === 1 ? semantic.confirms(form, group[0] ?? '') : semantic.meansPhrase(form, group),
		),
	);
}
