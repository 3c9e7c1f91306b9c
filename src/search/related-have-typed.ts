import { typedWordsIn } from './other-words.ts';
import type { QueryPlan } from './query-plan.ts';
import type { SearchHit } from './search-hit.ts';

/**
 * Whether some of a dead end's closest paragraphs have a word the reader typed (as typed, corrected or completed): then
 * none of them has all the words; else none has any, and the label says so ("Iraq", whose closest paragraphs are only
 * near it in meaning, were said not to have *all* the words typed).
 */
export function relatedHaveTypedWords(plan: QueryPlan, related: readonly Pick<SearchHit, 'matchedTerms'>[]): boolean {
	return related.some((hit) => plan.units.some((unit) => typedWordsIn(unit, hit.matchedTerms)));
}
