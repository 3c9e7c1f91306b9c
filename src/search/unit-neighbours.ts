import { foldCase } from '../corpus/text.ts';
import { baseForms } from '../corpus/word-endings.ts';
import type { QueryUnit } from './query-unit.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { ALL_BUT_SAME, LINKING_NEIGHBOUR, NEIGHBOUR } from './semantic-thresholds.ts';

/**
 * For a word the text lacks and WordNet does not match: its word-vector neighbours among the text's words. Strong
 * ones (see `SemanticNeighbours.sameSense`) are same-sense matches, weighted as related words; the others only lead a
 * dead end to the closest paragraphs.
 */
export function addNeighbours(
	unit: QueryUnit,
	semantic: SemanticNeighbours | undefined,
	opposites: Readonly<Record<string, readonly string[]>> = {},
	isCommonest: (word: string) => boolean = () => false,
): void {
	if (!semantic || /\s/.test(unit.typed)) return;
	// The vectors hold words of letters only: a hyphenated word is looked up joined ("noncombatants").
	const word = unit.typed.replace(/[-\u2010\u2011]/g, '');
	const have = (groups: string[][], term: string) => groups.some((g) => g.length === 1 && g[0] === term);
	// What the reader's word is not, by WordNet ("civilians" for soldiers, "north" for south): never its neighbour.
	const typed = foldCase(unit.typed);
	const opposed = new Set(
		[typed, ...baseForms(typed)].flatMap((word) => (Object.hasOwn(opposites, word) ? (opposites[word] ?? []) : [])),
	);
	// A neighbour is new: not the word's own term, nor one it already has, nor what it is not.
	const fresh = (term: string, ...groups: string[][][]) =>
		!opposed.has(term) && ![unit.literal, ...groups].some((g) => have(g, term));
	if (unit.related.length === 0) {
		const confirmed = new Set(unit.looser.flatMap((g) => (g.length === 1 ? g : [])));
		// A same-sense word's family in the text says it too ("extremists": terrorist, and terrorism).
		for (const term of semantic.sameSense(word, confirmed))
			for (const t of [term, ...semantic.family(term)]) if (fresh(t, unit.related)) unit.related.push([t]);
	} else {
		// WordNet's same-sense words may all be phrases the text says rarely ("troops": military personnel): the word's
		// nearest neighbour of the text joins them when it is all but the same word (troops, forces 0.92).
		const [nearest] = semantic.neighbours(word, ALL_BUT_SAME, { uncommon: true });
		if (nearest && fresh(nearest.term, unit.related)) unit.related.push([nearest.term]);
	}
	// Looser neighbours lead to paragraphs and are bolded there: the most common words of English ("well", "some") would
	// lead anywhere.
	for (const { term } of semantic.neighbours(word, NEIGHBOUR, { uncommon: true })) {
		if (fresh(term, unit.related, unit.looser)) unit.looser.push([term]);
	}
	// The looser ones all but the same sense say the word in other words toward a dead end's answer (never a match);
	// not for one of the commonest words of English, which sit near everything ("enough": rather, though).
	const closeness = isCommonest(word) ? undefined : semantic.closenessTo(word);
	if (!closeness) return;
	unit.linking = unit.looser.filter((g) => g.length === 1 && closeness(g[0] ?? '') >= LINKING_NEIGHBOUR);
	// So does a text's word whose stem spells a word as close to the reader's word's base ("stopping": stop, near the
	// "prevent" of the text's prevention), where the forms themselves are further apart.
	for (const term of semantic.throughBaseWords(word, LINKING_NEIGHBOUR)) {
		if (!fresh(term, unit.related, unit.linking)) continue;
		if (!have(unit.looser, term)) unit.looser.push([term]);
		unit.linking.push([term]);
	}
}
