import { wordParts, type Analyzer, type WordSpan } from './analyzer.ts';

/**
 * A text's words as phrases compare them, kept per text for as long as the analyser keeps its words (paragraphs:
 * see `Analyzer.spans`): a quoted phrase is checked against every paragraph that has its words, on every search.
 */
const keysSeen = new WeakMap<readonly WordSpan[], string[]>();
/** A phrase's own keys, per planned phrase: the same phrase is checked against many paragraphs in one search. */
const wantedSeen = new WeakMap<readonly string[], string[]>();

function textKeys(analyzer: Analyzer, text: string): string[] {
	const spans = analyzer.spans(text);
	let keys = keysSeen.get(spans);
	if (!keys) {
		keys = spans.flatMap((s) => (s.parts.length > 0 ? s.parts : [s])).map((s) => analyzer.phraseKey(s.word));
		keysSeen.set(spans, keys);
	}
	return keys;
}

function phraseKeys(analyzer: Analyzer, phrase: readonly string[]): string[] {
	let wanted = wantedSeen.get(phrase);
	if (!wanted) {
		// A compound or identifier compares as its parts, as the text's does (see `textKeys`).
		wanted = phrase
			.flatMap((w) => {
				const parts = wordParts(w);
				return parts.length > 0 ? parts : [w];
			})
			.map((w) => analyzer.phraseKey(w));
		wantedSeen.set(phrase, wanted);
	}
	return wanted;
}

/** Whether a text has the phrase's words in a row (stems compared, stop words kept). */
export function hasPhrase(analyzer: Analyzer, text: string, phrase: readonly string[]): boolean {
	const wanted = phraseKeys(analyzer, phrase);
	const words = textKeys(analyzer, text);
	for (let i = 0; i < words.length; i += 1) {
		let j = 0;
		while (j < wanted.length && words[i + j] === wanted[j]) j += 1;
		if (j === wanted.length) return true;
	}
	return false;
}
