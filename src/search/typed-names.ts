import type { QueryUnit } from './query-unit.ts';
import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import { commonWordsOf, namesOf, type RelatedWordsTable } from './related-words.ts';
import { foldCase } from '../corpus/text.ts';
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
	mayName: (word: string, next: string) => boolean = () => true,
): boolean {
	const pair = [word, next];
	const terms = pair.map((w) => analyzer.term(w));
	if (!pair.every((w, i) => CAPITALIZED.test(w) && terms[i] != null && !known.hasTerm(terms[i]))) return false;
	if (!mayName(word, next)) return false;
	// A misspelt word of the text ("Securty Concil") is what the reader meant, name or not.
	return pair.every((w, i) => typosOf(w, terms[i] ?? '', known, isEnglish).length === 0);
}

/** A query's words as typed, their case, apostrophes and hyphens kept: how capitals are read for names. */
export const wordsTyped = (query: string): string[] => query.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

/** Whether `a` and `b` are among a query's words one right after the other ("climate change", not "climate of change"). */
export const sideBySide = (words: readonly string[], a: string, b: string): boolean =>
	words.some((word, at) => word === a && words[at + 1] === b);

/** A headline's function words, the fewest that make a query written in title case. */
const HEADLINE_FUNCTION_WORDS = 1;
/** A name of so many words or fewer, all capitalized ("Kyoto Protocol"), may be one. */
const LONGEST_BARE_NAME = 2;

/**
 * Whether a query is written as a headline, every word capitalized, its small words too ("Nations Vow To Shield Kids
 * In War Zones"): then a capital marks no name, and its words are taken in their common senses. A name keeps its
 * small words small ("Ministry of Foreign Affairs").
 */
export function isHeadline(words: readonly string[]): boolean {
	const lettered = words.filter((w) => /^\p{L}/u.test(w));
	if (lettered.length <= LONGEST_BARE_NAME || !lettered.every((w) => /^\p{Lu}/u.test(w))) return false;
	return lettered.filter((w) => isFunctionWord(w)).length >= HEADLINE_FUNCTION_WORDS;
}

/**
 * Whether two words typed capitalized may be a name, by the lexical resource: one of them is no common word of it
 * ("Kyoto", "Gaza"), or it names the two together ("Middle East", "Cold War", "World Bank"). Two common words it does
 * not name together are words typed capitalized ("Gun Smuggling", "Averting Bloodshed"). Without the resource's
 * lists, any pair may be one.
 */
export function mayBeName(table: RelatedWordsTable): (word: string, next: string) => boolean {
	const isName = namesOf(table);
	if (!isName || !table.common) return () => true;
	const common = commonWordsOf(table);
	return (word, next) => !common(word) || !common(next) || isName(`${foldCase(word)} ${foldCase(next)}`);
}

/**
 * Whether the text lacks a word typed in every way a search looks for it: not as typed, corrected, spelled otherwise or
 * in other words of the same sense ("Green" of "Green Climate Fund"; not the "Beril" of "Hurricane Beril", which is
 * the text's Beryl).
 */
function lackedOutright(word: string, units: readonly QueryUnit[]): boolean {
	const unit = units.find((u) => foldCase(u.typed) === foldCase(word));
	return (
		unit !== undefined &&
		!unit.answerable &&
		[unit.typos, unit.completions, unit.expansions, unit.related].every((found) => found.length === 0)
	);
}

/** How many capitalized words typed one after another name a thing WordNet need not know (see `namesOtherThing`). */
const UNLISTED_NAME = 3;
/** The longest name looked for among capitalized words typed one after another. */
const LONGEST_NAME = 5;

/**
 * Whether a query names, in capitals, a thing of the lexical resource's that the text lacks ("did they discuss the
 * Chemical Weapons Convention?", "the Arab League's stance"): two or more capitalized words typed one after another
 * that WordNet names together (`isName`), one of them a word the text lacks, or all words the text has but never
 * writes together (`known.writes`: "did they talk about the World Trade Organization?" is not about its world, trade
 * and organization apart); or three or more, one of them a word the text lacks outright, named by WordNet or not.
 * The query is about that thing, not about the words of its name the text has ("weapons", "convention"), as it is
 * about the body an acronym names. Not in a headline, whose every word is capitalized.
 */
export function namesOtherThing(
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'> & { writes?: (words: readonly string[]) => boolean },
	isName: (words: string) => boolean,
	units: readonly QueryUnit[] = [],
): boolean {
	// A possessive's ending is no part of the name ("the Arab League's stance").
	const words = wordsTyped(query).map((w) => w.replace(/['’]s$/u, ''));
	if (isHeadline(words)) return false;
	const lacked = (word: string) => {
		const term = analyzer.term(word);
		return term !== null && !known.hasTerm(term);
	};
	for (let start = 0; start < words.length; start += 1) {
		for (let end = start + 2; end <= Math.min(words.length, start + LONGEST_NAME); end += 1) {
			const run = words.slice(start, end);
			if (!run.every((w) => CAPITALIZED.test(w))) break;
			// Three capitalized words or more, one of them a word the text lacks outright (see `lackedOutright`), name
			// a thing of their own whether WordNet knows it or not ("what did they say about the Green Climate Fund?").
			if (run.length >= UNLISTED_NAME && run.some((word) => lackedOutright(word, units))) return true;
			if (!isName(run.map(foldCase).join(' '))) continue;
			if (run.some(lacked) || known.writes?.(run) === false) return true;
		}
	}
	return false;
}

/** The query's words as typed, folded, without a possessive's ending ("women's issues": women, issues). */
export const typedWords = (query: string): string[] =>
	foldCase(query)
		.replace(/['\u2019]s\b/gu, '')
		.split(/[^\p{L}\p{N}-]+/u)
		.filter(Boolean);
