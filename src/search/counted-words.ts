/** Words that end what "how many" counts: verbs, prepositions, pronouns, articles. */
const NOT_COUNTED =
	/^(?:are|is|was|were|be|been|being|do|does|did|have|has|had|will|would|can|could|should|shall|may|might|must|of|in|at|on|for|to|from|with|by|under|over|per|across|into|between|among|and|or|that|which|who|whom|the|a|an|they|it|we|you|he|she|there|their|its|this|these|those|took|sent|met|went|came|gave|made|got|became|left|won|lost|held|saw|\p{L}+ed)$/iu;

/**
 * The words of what "how many" counts: of the (up to three) words after it, those before the first that cannot be part
 * of the thing counted (see `NOT_COUNTED`). "How many gauging stations are out of service": the text counts "140
 * stations", its head, where the first word alone ("gauging") would leave the question unanswered.
 */
export function countedWords(run: string): string {
	const words = run.split(/\s+/);
	const end = words.findIndex((word, at) => at > 0 && NOT_COUNTED.test(word));
	return words.slice(0, end < 0 ? words.length : end).join(' ');
}
