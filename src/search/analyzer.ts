import { stem } from 'porter2';
import { foldCase } from '../corpus/text.ts';
import { remember } from './remember.ts';
import { plainWordSpans } from './plain-words.ts';

/** British → American spelling data (`data/spelling.json`). */
export interface SpellingData {
	words: Record<string, string>;
	ise: string[];
	/** Index terms pinned for words the stemmer would merge with unrelated ones. */
	stems?: Record<string, string> | undefined;
}

/** A word of a text, with its position; a hyphenated compound also lists its parts. */
export interface WordSpan {
	start: number;
	end: number;
	word: string;
	parts: WordSpan[];
}

/** Letters, digits and combining marks make words; everything else separates them. */
const COMPOUND = /[\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}]+)*/gu;
const PART = /[\p{L}\p{N}\p{M}]+/gu;
/** A compound, or a run joined by dots and slashes, which is one word when it holds a digit (see `isIdentifierWord`). */
const JOINED = /[\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011./][\p{L}\p{N}\p{M}]+)*/gu;
/**
 * A unit written as a symbol after a number (`1.5 °C`, `0.7%`): read as the word it stands for (see `UNIT_WORDS`), so
 * that `1.5 degrees` and `0.7 percent` typed meet the text's symbols. A query drops them outside a quoted phrase (see
 * `parseQuery`): `1.5°C` typed then finds `1.5 degrees` written too. (Not a currency sign: `$` stands beside amounts
 * of every kind, and "dollars" typed for the currency would find every amount.)
 */
export const UNIT_SYMBOL = /(?<=\p{N}\s?)(?:°[CF]?(?![\p{L}\p{N}\p{M}])|%)/gu;
const UNIT_WORDS: Record<string, string> = { '°': 'degrees', '%': 'percent' };

/** The word a unit symbol (see `UNIT_SYMBOL`) stands for. */
export const unitWord = (symbol: string): string => UNIT_WORDS[symbol.charAt(0)] ?? symbol;

/** An identifier's parts: a number (its decimal dots kept: `76.8`) or a run of letters. */
const IDENTIFIER_PART = /\p{N}+(?:\.\p{N}+)*|[\p{L}\p{M}]+/gu;

/**
 * A number with a dot inside (`1.5`, `1.1`) or an identifier with a dot or slash and a digit (`WHA76.8`, `1/CP.21`,
 * `A/RES/77/1`): one word, as readers type it to look it up. Its dots and slashes stay in its term, so `1.5` is
 * neither `15` nor `1` and `5`. (A dot or slash without a digit separates words: `and/or`, `e.g.`.)
 */
export const isIdentifierWord = (word: string): boolean => /[./]/.test(word) && /\p{N}/u.test(word);

/** An identifier as its term: folded, its hyphens one character (`56‐8` printed is `56-8` typed), nothing dropped. */
const identifierKey = (word: string): string => foldCase(word).replace(/[\u2010\u2011]/g, '-');

/**
 * The parts an identifier is searched by besides itself, in order: its letters apart from its numbers (`WHA76.8`:
 * WHA, 76.8; `1/CP.21`: 1, CP, 21), so that `WHA 76.8` typed or written meets `WHA76.8`. A decimal (`1.5`) has none.
 */
export function identifierParts(word: string): { start: number; word: string }[] {
	const parts = Array.from(word.matchAll(IDENTIFIER_PART), (m) => ({ start: m.index, word: m[0] }));
	return parts.length > 1 ? parts : [];
}

/** The parts a word is searched by besides itself: a compound's (`non-proliferation`) or an identifier's. */
export function wordParts(word: string): string[] {
	if (isIdentifierWord(word)) return identifierParts(word).map((part) => part.word);
	const parts = word.split(/[-\u2010\u2011]/).filter(Boolean);
	return parts.length > 1 ? parts : [];
}

/** Words too common to help a search: dropped at index and query time alike ("s" is what "today’s" leaves). */
const STOP_WORDS = new Set(
	'a an and are as at be been but by for from has had have in into is it its of on or s t that the their there these they this those to was were which while will with'.split(
		' ',
	),
);

const ISE_ENDINGS: [string, string][] = [
	['e', 'e'],
	['es', 'es'],
	['ed', 'ed'],
	['ing', 'ing'],
	['ation', 'ation'],
	['ations', 'ations'],
	['er', 'er'],
	['ers', 'ers'],
];

/** Bounds on what the analyser remembers: a corpus's vocabulary fits; a flood of odd words cannot grow it forever. */
const MAX_REMEMBERED_WORDS = 200_000;
export const MAX_REMEMBERED_TEXTS = 2_000;
export const MIN_REMEMBERED_TEXT = 200;

/**
 * Turns words into index terms, identically for the text and the query: case and accents folded, British spellings
 * mapped to American ones, stop words dropped, then the Porter2 stemmer (so "prevention" meets "prevent").
 * Hyphenated compounds are indexed as their parts and as one joined word, so `non-proliferation`,
 * `nonproliferation` and `non proliferation` all meet.
 */
export class Analyzer {
	readonly #spelling: Map<string, string>;
	readonly #stems: Map<string, string>;
	/** Words already analysed: folding, spelling and stemming cost more than a lookup, and words repeat. */
	readonly #termOf = new Map<string, string | null>();
	readonly #spansOf = new Map<string, WordSpan[]>();
	#sealed = false;
	/** After sealing, whether a word is one of the text's, still remembered on its first analysis (see `seal`). */
	#textWord: ((word: string) => boolean) | undefined;

	constructor(spelling: SpellingData) {
		this.#spelling = new Map(Object.entries(spelling.words));
		this.#stems = new Map(Object.entries(spelling.stems ?? {}));
		for (const british of spelling.ise) {
			const american = `${british.slice(0, -1)}z`;
			for (const [from, to] of ISE_ENDINGS) this.#spelling.set(british + from, american + to);
		}
	}

	/**
	 * Stops remembering new words: called once the text is indexed. With `isTextWord`, a word of the text met for the
	 * first time after that (as quotes bring them) is still remembered, a reader's other words are not: an index loaded
	 * from its snapshot then need not teach the analyser tens of thousands of words before its first answer.
	 */
	seal(isTextWord?: (word: string) => boolean): void {
		this.#sealed = true;
		this.#textWord = isTextWord;
	}

	/** The folded, American-spelled form of a word, before stemming. */
	normalize(word: string): string {
		const folded = foldCase(word).replace(/[\u2010\u2011]/g, '-');
		return this.#spelling.get(folded) ?? folded;
	}

	isStopWord(word: string): boolean {
		return STOP_WORDS.has(this.normalize(word));
	}

	/** A word as the index stores it, or `null` for a stop word. */
	term(word: string): string | null {
		const known = this.#termOf.get(word);
		if (known !== undefined) return known;
		// An identifier is kept as written (folded): stemming or dropping its joiners would make it another number.
		const identifier = isIdentifierWord(word);
		const normalized = identifier ? identifierKey(word) : this.normalize(word).replace(/-/g, '');
		const term =
			normalized.length === 0 || STOP_WORDS.has(normalized)
				? null
				: identifier
					? normalized
					: (this.#stems.get(normalized) ?? stem(normalized));
		// Only the text's own words are remembered: they come back in every quote; a reader's words may be endless.
		if (!this.#sealed || this.#textWord?.(word) === true) remember(this.#termOf, word, term, MAX_REMEMBERED_WORDS);
		return term;
	}

	/** Like `term`, but keeps stop words: phrases compare word for word. */
	phraseKey(word: string): string {
		return this.term(word) ?? (isIdentifierWord(word) ? identifierKey(word) : this.normalize(word).replace(/-/g, ''));
	}

	/** The words of a text with positions, compounds with their parts (remembered: quotes are cut up repeatedly). */
	spans(text: string): WordSpan[] {
		// What is typed (short): plain words are cut by a loop, without the regular expressions' Unicode classes.
		if (text.length < MIN_REMEMBERED_TEXT) {
			const plain = plainSpans(text);
			if (plain) return plain;
		}
		const known = this.#spansOf.get(text);
		if (known) return known;
		const spans = this.#cut(text);
		// Quotes are remembered, queries (short, and as many as readers type) are not.
		if (text.length >= MIN_REMEMBERED_TEXT) remember(this.#spansOf, text, spans, MAX_REMEMBERED_TEXTS);
		return spans;
	}

	#cut(text: string): WordSpan[] {
		const spans: WordSpan[] = [];
		for (const m of text.matchAll(JOINED)) {
			const run = m[0];
			if (!run.includes('.') && !run.includes('/')) spans.push(compoundSpan(run, m.index));
			else if (isIdentifierWord(run)) spans.push(identifierSpan(run, m.index));
			// Dots and slashes without a digit separate words (`and/or`, `U.S.-led`), as everywhere else.
			else for (const c of run.matchAll(COMPOUND)) spans.push(compoundSpan(c[0], m.index + c.index));
		}
		// Units are rare: looked for only in a text with a degree or percent sign.
		return text.includes('°') || text.includes('%') ? withUnits(text, spans) : spans;
	}

	/**
	 * The tokens MiniSearch indexes: every simple word, each compound both whole (joined) and as its parts, and each
	 * identifier whole (as written) and as its parts.
	 */
	tokens(text: string): string[] {
		// Not remembered: indexing reads each text once, and remembering them all would only make garbage.
		return this.#cut(text).flatMap((span) =>
			span.parts.length > 0
				? [
						...span.parts.map((p) => p.word),
						isIdentifierWord(span.word) ? span.word : span.word.replace(/[-\u2010\u2011]/g, ''),
					]
				: [span.word],
		);
	}
}

/** The words of a text with its units' symbols (see `UNIT_SYMBOL`) as words, in place of a unit's letter (`°C`). */
function withUnits(text: string, words: WordSpan[]): WordSpan[] {
	const units: WordSpan[] = Array.from(text.matchAll(UNIT_SYMBOL), (m) => ({
		start: m.index,
		end: m.index + m[0].length,
		word: unitWord(m[0]),
		parts: [],
	}));
	if (units.length === 0) return words;
	const kept = words.filter((w) => !units.some((u) => w.start < u.end && u.start < w.end));
	return [...kept, ...units].sort((a, b) => a.start - b.start);
}

/** A word or hyphenated compound at `start`, with its parts when it is a compound. */
function compoundSpan(word: string, start: number): WordSpan {
	// Most words have no hyphen: looking for parts in every word cost more than finding the words.
	if (!word.includes('-') && !word.includes('\u2010') && !word.includes('\u2011'))
		return { start, end: start + word.length, word, parts: [] };
	const parts = Array.from(word.matchAll(PART), (p) => ({
		start: start + p.index,
		end: start + p.index + p[0].length,
		word: p[0],
		parts: [],
	}));
	return { start, end: start + word.length, word, parts: parts.length > 1 ? parts : [] };
}

/** An identifier at `start` (see `isIdentifierWord`), with the parts it is also searched by. */
function identifierSpan(word: string, start: number): WordSpan {
	const parts = identifierParts(word).map((p) => ({
		start: start + p.start,
		end: start + p.start + p.word.length,
		word: p.word,
		parts: [],
	}));
	return { start, end: start + word.length, word, parts };
}

/** The spans of a plain ASCII text, as `#cut` finds them (no compound parts), or undefined for any other text. */
function plainSpans(text: string): WordSpan[] | undefined {
	return plainWordSpans(text)?.map((span) => ({ ...span, parts: [] }));
}
