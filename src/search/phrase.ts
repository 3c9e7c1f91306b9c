import type { Analyzer } from './analyzer.ts';

/** Whether a text has the phrase's words in a row (stems compared, stop words kept). */
export function hasPhrase(analyzer: Analyzer, text: string, phrase: readonly string[]): boolean {
	const key = (word: string) => analyzer.phraseKey(word);
	const wanted = phrase.flatMap((w) => w.split(/[-\u2010\u2011]/).filter(Boolean)).map(key);
	const words = analyzer
		.spans(text)
		.flatMap((s) => (s.parts.length > 0 ? s.parts : [s]))
		.map((s) => key(s.word));
	return words.some((_, i) => wanted.every((w, j) => words[i + j] === w));
}
