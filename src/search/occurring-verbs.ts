import { isFunctionWord } from './function-words.ts';
import { isFillerWord } from './query-words.ts';

/**
 * The verb a "when" or "where" question asks of its event ("when and where did the gathering take place", "where
 * did the summit happen"): the answer states a date or a place, and says the event was held, not that it took place;
 * the verb is the question's frame, as its question word is.
 */
const OCCURRING =
	/\b(?:take|takes|took|taken|taking)\s+place\b|\b(?:happen|happens|happened|happening|occur|occurs|occurred|occurring)\b/giu;

/** The words of a query, as typed. */
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * A "when" or "where" question without the verb it asks of its event (see `OCCURRING`), when it names the event
 * ("the gathering"); as typed when nothing else is named ("where did it happen": the verb is all it asks of).
 */
export function withoutOccurring(question: string): string {
	const without = question.replace(OCCURRING, ' ');
	const named = (without.match(WORDS) ?? []).some((word) => !isFillerWord(word) && !isFunctionWord(word));
	return named ? without : question;
}
