import { MAX_REMEMBERED_TEXTS, MIN_REMEMBERED_TEXT, type Analyzer } from './analyzer.ts';
import { remember } from './remember.ts';

/** A text's index terms in order, and the word position of each (see `termsAt`). */
export interface TermsAt {
	terms: readonly string[];
	positions: readonly number[];
}

/** Per analyser (one per corpus), the texts read so far, remembered as its spans are. */
const rememberedOf = new WeakMap<Analyzer, Map<string, TermsAt>>();

/**
 * A text's index terms in order, each with its word position (a compound at its first part, each part a word of its
 * own), stop words left out; a quote's remembered. Ranking reads the best candidates' words for every query: from
 * this, each word is a set lookup, not an analysis.
 */
export function termsAt(analyzer: Analyzer, text: string): TermsAt {
	let remembered = rememberedOf.get(analyzer);
	const known = remembered?.get(text);
	if (known) return known;
	const terms: string[] = [];
	const positions: number[] = [];
	let position = 0;
	for (const span of analyzer.spans(text)) {
		const words = span.parts.length > 0 ? [span, ...span.parts] : [span];
		for (let w = 0; w < words.length; w += 1) {
			const term = analyzer.term(words[w]?.word ?? '');
			if (term === null) continue;
			terms.push(term);
			positions.push(position + Math.max(0, w - 1));
		}
		position += Math.max(1, span.parts.length);
	}
	const read = { terms, positions };
	if (text.length >= MIN_REMEMBERED_TEXT) {
		if (!remembered) rememberedOf.set(analyzer, (remembered = new Map<string, TermsAt>()));
		remember(remembered, text, read, MAX_REMEMBERED_TEXTS);
	}
	return read;
}
