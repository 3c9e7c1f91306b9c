import type { Analyzer } from './analyzer.ts';

/**
 * Whether a text has the phrase's words in a row (stems compared, stop words kept). Run on every candidate paragraph
 * of a quoted query, so it stops at the first place the phrase stands and works out a word's key only when the
 * comparison reaches it.
 */
export function hasPhrase(analyzer: Analyzer, text: string, phrase: readonly string[]): boolean {
	const key = (word: string) => analyzer.phraseKey(word);
	const wanted = phrase.flatMap((w) => w.split(/[-\u2010\u2011]/).filter(Boolean)).map(key);
	const words: string[] = [];
	for (const span of analyzer.spans(text)) {
		if (span.parts.length === 0) words.push(span.word);
		else for (const part of span.parts) words.push(part.word);
	}
	if (wanted.length === 0) return words.length > 0;
	const keys: (string | undefined)[] = new Array<string | undefined>(words.length);
	const keyAt = (i: number) => (keys[i] ??= key(words[i] ?? ''));
	for (let i = 0; i + wanted.length <= words.length; i += 1) {
		let j = 0;
		while (j < wanted.length && keyAt(i + j) === wanted[j]) j += 1;
		if (j === wanted.length) return true;
	}
	return false;
}
