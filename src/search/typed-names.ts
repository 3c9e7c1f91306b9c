import type { Analyzer } from './analyzer.ts';
import { typosOf, type KnownWords } from './word-forms.ts';

/** A word written with a capital, then small letters: a name's (or a sentence's first). Not an acronym. */
const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether two words typed side by side are a name the text lacks ("Middle East", "Kyoto Protocol"): both capitalized,
 * neither a word of the text nor a typo of one. The text lacks the name: its words are not taken in their common
 * senses (middle: centre; east: west), which would find paragraphs on something else.
 */
export function isTypedName(
	word: string,
	next: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: KnownWords,
	isEnglish?: (word: string) => boolean,
): boolean {
	const pair = [word, next];
	const terms = pair.map((w) => analyzer.term(w));
	if (!pair.every((w, i) => CAPITALIZED.test(w) && terms[i] != null && !known.hasTerm(terms[i]))) return false;
	// A misspelt word of the text ("Securty Concil") is what the reader meant, name or not.
	return pair.every((w, i) => typosOf(w, terms[i] ?? '', known, isEnglish).length === 0);
}
