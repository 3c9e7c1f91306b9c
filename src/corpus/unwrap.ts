import { isDictionaryWord, isHyphenatedBefore } from './dictionary-words.ts';
import { foldCase } from './text.ts';
import { isEnglishText } from './text-language.ts';
import { keepsCompoundHyphen } from './compound-hyphens.ts';

/** The words of a text, folded, to decide whether a hyphen at a line end splits a word or belongs to it. */
export function wordsOf(text: string): Set<string> {
	return new Set(foldCase(text).match(/\p{L}+/gu) ?? []);
}

/** What decides a line-end hyphen besides the text's own words: whether a word is in the dictionary, and the text. */
export interface HyphenClues {
	/** The text's words, folded (see `wordsOf`). */
	words: Pick<ReadonlySet<string>, 'has'>;
	/** Whether a word (folded) is an English one (see `isDictionaryWord`); none is, when not given. */
	isWord?: (word: string) => boolean;
	/** Whether the text writes this hyphenated word (folded) elsewhere, on one line. */
	writes?: (hyphenated: string) => boolean;
	/** Whether English writes this word (folded) before a hyphen (see `isHyphenatedBefore`); none, when not given. */
	hyphenatedBefore?: (word: string) => boolean;
	/** Whether the text is in another language than English, whose words the dictionary cannot judge. */
	otherLanguage?: () => boolean;
	/** Whether the text writes this word (folded) elsewhere than before a line-end hyphen; none, when not given. */
	standsAlone?: (word: string) => boolean;
}

/**
 * Joins a wrapped line to the text before it with one space. A hyphen at the line end is the typesetter's when the
 * joined word occurs elsewhere in the text (`organi-` + `zations` → `organizations`); or, when the text does not
 * write the hyphenated word either, when the joined word is in the dictionary and the hyphenated one is not
 * (`coun-` + `tries` → `countries`, `involve-` + `ment` → `involvement`, `through-` + `out` → `throughout`), unless
 * its first part is a word English writes before a hyphen (`counter-` + `terrorism`, `non-` + `proliferation`).
 * Otherwise it is the word's own (`peace-` + `building` → `peace-building`, `long-` + `term` → `long-term`), as it
 * always is before a capital or a figure (`Secretary-` + `General`), and stays, without a space. In a text in another
 * language, which the English dictionary cannot judge, the hyphen goes unless the text writes the hyphenated word
 * elsewhere or the word is a compound (see `keepsCompoundHyphen`): `intersec-` + `tionnelles` → `intersectionnelles`,
 * `soixante-` + `neuvième` → `soixante-neuvième`, `vingt-` + `et-unième` → `vingt-et-unième`. A soft hyphen
 * (U+00AD) at the line end always joins the word without it.
 */
export function joinWrapped(before: string, line: string, clues: HyphenClues): string {
	if (before === '') return line;
	// A soft hyphen at the line end is where the layout broke the word, and says so: the word goes on, no hyphen.
	if (before.endsWith('\u00ad') && /^\p{L}/u.test(line)) return before.slice(0, -1) + line;
	const head = /(\p{L}+)-$/u.exec(before);
	const tail = /^\p{Ll}+/u.exec(line);
	if (head?.[1] && tail) {
		const first = foldCase(head[1]);
		const hyphenated = `${first}-${foldCase(tail[0])}`;
		const joined = first + foldCase(tail[0]);
		// In another language the dictionary cannot say: the hyphen goes unless the text writes the word with it.
		const foreignJoin =
			clues.otherLanguage?.() === true &&
			!(clues.writes?.(hyphenated) ?? false) &&
			!keepsCompoundHyphen(
				first,
				foldCase(tail[0]),
				/^\p{L}+-\p{L}/u.test(line),
				(w) => clues.standsAlone?.(w) ?? false,
			);
		return clues.words.has(joined) || foreignJoin || dictionarySaysJoin(first, joined, hyphenated, clues)
			? before.slice(0, -1) + line
			: before + line;
	}
	// Before a capital or a figure the hyphen is the word's own: `Secretary-`/`General`, `non-`/`State`, `mid-`/`2009`.
	if (head && /^[\p{Lu}\p{N}]/u.test(line)) return before + line;
	return `${before} ${line}`;
}

/** Whether the dictionary takes a line-end hyphen for the typesetter's, the text having neither form elsewhere. */
function dictionarySaysJoin(first: string, joined: string, hyphenated: string, clues: HyphenClues): boolean {
	const { isWord } = clues;
	if (isWord === undefined || clues.otherLanguage?.() === true || (clues.writes?.(hyphenated) ?? false)) return false;
	if (!isWord(joined) || isWord(hyphenated)) return false;
	return !isWord(first) || !(clues.hyphenatedBefore?.(first) ?? false);
}

/**
 * The clues for a text's line-end hyphens, each read on first need: only a line ending in a hyphen needs the text's
 * words, most texts have none, and reading them all is costly.
 */
export function hyphenCluesOf(source: string): HyphenClues {
	let known: Set<string> | undefined;
	let folded: string | undefined;
	let english: boolean | undefined;
	let alone: Set<string> | undefined;
	return {
		otherLanguage: () => !(english ??= isEnglishText(source)),
		words: { has: (word) => (known ??= wordsOf(source)).has(word) },
		isWord: isDictionaryWord,
		hyphenatedBefore: isHyphenatedBefore,
		writes: (hyphenated) => (folded ??= foldCase(source)).includes(hyphenated),
		// A word before a line-end hyphen may be a typesetter's half-word: only its other places count.
		standsAlone: (word) => (alone ??= wordsOf(source.replace(/\p{L}+-(?=[ \t]*\r?\n)/gu, ' '))).has(word),
	};
}
