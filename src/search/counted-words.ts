import { isFunctionWord } from './function-words.ts';

/** A verb in the past, which ends what "how many" counts ("attended", "took"): a function word ends it too. */
const PAST_VERB = /^(?:took|sent|met|went|came|gave|made|got|became|left|won|lost|held|saw|\p{L}+ed)$/iu;

/**
 * The words of what "how many" counts: of the (up to three) words after it, those before the first that cannot be
 * part of the thing counted (a function word or a verb in the past). "How many gauging stations are out of service":
 * the text counts "140 stations", its head, where the first word alone ("gauging") would leave it unanswered.
 */
export function countedWords(run: string): string {
	const words = run.split(/\s+/);
	const end = words.findIndex((word, at) => at > 0 && (isFunctionWord(word) || PAST_VERB.test(word)));
	return words.slice(0, end < 0 ? words.length : end).join(' ');
}
