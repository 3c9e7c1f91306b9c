import type { QueryPlan } from './query-plan.ts';
import type { Vocabulary } from './vocabulary.ts';
import { closeFormsOf, TWO_EDITS_LENGTH } from './word-forms.ts';

/** At most this many suggestions. */
const MAX_SUGGESTIONS = 5;
/** Words shorter than this get no suggestion: any short word is one or two edits from many others. */
const MIN_LENGTH = 4;

/**
 * "Did you mean": for each typed word the text lacks, the text's written form closest to it — one edit away for
 * words up to seven letters, two for longer ones — the most frequent among equally close forms. Nothing when no form
 * is that close: an unrelated word ("women" → "when") helps nobody.
 */
export function didYouMean(plan: QueryPlan, vocabulary: Vocabulary): string[] {
	const suggestions = new Set<string>();
	for (const unit of plan.units) {
		const typedKnown = unit.literal.some((terms) => terms.every((t) => vocabulary.hasTerm(t)));
		if (unit.phrase !== undefined || typedKnown) continue;
		for (const word of unit.typed.split(/\s+/)) {
			if (word.length < MIN_LENGTH || /\p{N}/u.test(word)) continue;
			const [closest] = closeFormsOf(plan.units, vocabulary, word, word.length >= TWO_EDITS_LENGTH ? 2 : 1);
			if (closest) suggestions.add(closest.form);
		}
	}
	return [...suggestions].slice(0, MAX_SUGGESTIONS);
}
