/** A text as a pattern matching it literally. */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word written in any of these forms (case aside): a regular expression is cheaper than cutting the text. */
export function wordPattern(forms: readonly string[]): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(literally).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
