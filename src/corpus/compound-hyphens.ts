import { isSmallWord } from './text-language.ts';

/**
 * Whether a hyphen at a line end, in a text not in English, is the compound's own though the text writes neither the
 * joined nor the hyphenated word elsewhere (the English dictionary cannot judge French, Spanish or Portuguese words).
 * A typesetter breaks a word between two syllables, leaving a first part that is seldom a word of its own; a compound
 * is made of words. So the hyphen stays when:
 * - the word goes on with another hyphen after the line's first word (`vingt-`/`et-unième`, `c'est-`/`à-dire`,
 *   `Arc-`/`en-ciel`): a compound of three parts, which a typesetter breaks at one of its own hyphens;
 * - the first part is a numeral that French joins with a hyphen (`soixante-`/`neuvième`, `dix-`/`sept`);
 * - the first part is a word the text writes elsewhere on its own or before a hyphen inside a line (`porte-`/`parole`
 *   where the text has "porte sur"), unless it is one of the language's small words, which open many joined words
 *   (`pour-`/`suivre`, `par-`/`tenaires`), or too short to tell, or the line goes on with an ending that makes words of
 *   words (`seule-`/`ment`, `égale-`/`ment`: adverbs and nouns, never the second word of a compound).
 */
export function keepsCompoundHyphen(
	first: string,
	tail: string,
	lineGoesOnWithHyphen: boolean,
	standsAlone: (word: string) => boolean,
): boolean {
	if (lineGoesOnWithHyphen) return true;
	if (COMPOUNDING_NUMERALS.has(first)) return true;
	if (first.length < 4 || isSmallWord(first) || WORD_MAKING_ENDINGS.test(tail)) return false;
	return standsAlone(first);
}

/** French numerals written with a hyphen before the next (`vingt-deux`, `soixante-neuvième`, `quatre-vingts`). */
const COMPOUNDING_NUMERALS: ReadonlySet<string> = new Set([
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix',
	'onze',
	'douze',
	'treize',
	'quatorze',
	'quinze',
	'seize',
	'vingt',
	'vingts',
	'trente',
	'quarante',
	'cinquante',
	'soixante',
	'septante',
	'huitante',
	'octante',
	'nonante',
	'cent',
	'cents',
	'mille',
]);

/** Endings that turn a word into another (adverbs, nouns of action or quality): the rest of one word, not a second. */
const WORD_MAKING_ENDINGS =
	/^(?:ment|ments|mente|mentes|tion|tions|sion|sions|ción|ciones|ção|ções|ité|ités|idad|idades|idade|idades)$/u;
