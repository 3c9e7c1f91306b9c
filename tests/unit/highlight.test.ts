import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { highlightSegments, type HighlightTerms } from '../../src/search/highlight.ts';
import { hasPhrase } from '../../src/search/phrase.ts';

const analyzer = new Analyzer({ words: {}, ise: [] });
/** Long enough for the analyser to keep its words, as it keeps a quote's: what highlighting reads is then reused. */
const TEXT =
	'The Counter-Terrorism Committee met the committee on counter measures. Weapons of mass destruction and the ' +
	'spread of weapons were discussed; terrorism, terrorist acts and the counter-terrorism strategy were noted too.';
const terms = (singles: string[], groups: HighlightTerms['groups'] = []): HighlightTerms => ({
	singles: new Set(singles.map((w) => analyzer.term(w) ?? w)),
	groups,
});
const bold = (t: HighlightTerms) =>
	highlightSegments(TEXT, t, analyzer)
		.filter((s) => s.matched)
		.map((s) => s.text);

describe('highlighting a quote', () => {
	it('marks each occurrence of a single term, whole words only (and parts of compounds)', () => {
		expect(TEXT.length).toBeGreaterThanOrEqual(200);
		// "terrorist" has another stem; "Terrorism" in "Counter-Terrorism" is a part.
		expect(bold(terms(['terrorism']))).toEqual(['Terrorism', 'terrorism', 'terrorism']);
	});

	it('marks a compound whole when its joined form matched, its parts when they did', () => {
		expect(bold(terms(['counterterrorism']))).toEqual(['Counter-Terrorism', 'counter-terrorism']);
		expect(bold(terms(['counter']))).toEqual(['Counter', 'counter', 'counter']);
		// Both: the compound is marked whole, its parts are not marked again.
		expect(bold(terms(['counterterrorism', 'counter']))).toEqual(['Counter-Terrorism', 'counter', 'counter-terrorism']);
	});

	it('marks a group only where its words stand together', () => {
		const group = { terms: ['weapon', 'mass', 'destruct'].map((w) => analyzer.term(w) ?? w), slack: 0 };
		expect(bold(terms([], [group]))).toEqual(['Weapons', 'mass', 'destruction']);
		// Up to two words apart, stop words aside: from either committee, "counter" is within reach.
		const loose = { terms: ['committee', 'counter'].map((w) => analyzer.term(w) ?? w), slack: 2 };
		expect(bold(terms([], [loose]))).toEqual(['Committee', 'committee', 'counter']);
		expect(bold(terms([], [{ ...loose, slack: 0 }]))).toEqual(['committee', 'counter']);
	});

	it('reads the same quote afresh for each query: what is kept is the text, never the marks', () => {
		expect(bold(terms(['weapons']))).toEqual(['Weapons', 'weapons']);
		expect(bold(terms(['committee']))).toEqual(['Committee', 'committee']);
		expect(bold(terms(['weapons']))).toEqual(['Weapons', 'weapons']);
		expect(highlightSegments(TEXT, terms(['absent']), analyzer)).toEqual([{ text: TEXT, matched: false }]);
	});

	it('gives the text back whole, in order, whatever is marked', () => {
		const segments = highlightSegments(TEXT, terms(['counter', 'weapons', 'terrorism']), analyzer);
		expect(segments.map((s) => s.text).join('')).toBe(TEXT);
	});
});

describe('phrases in a text', () => {
	it('need their words in a row, for each phrase asked', () => {
		expect(hasPhrase(analyzer, TEXT, ['weapons', 'of', 'mass', 'destruction'])).toBe(true);
		expect(hasPhrase(analyzer, TEXT, ['mass', 'weapons'])).toBe(false);
		expect(hasPhrase(analyzer, TEXT, ['counter-terrorism', 'strategy'])).toBe(true);
		expect(hasPhrase(analyzer, TEXT, ['committee', 'met'])).toBe(true);
		expect(hasPhrase(analyzer, TEXT, ['committee', 'strategy'])).toBe(false);
	});
});
