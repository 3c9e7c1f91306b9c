import type { Relation } from './related-words.ts';

/**
 * What a WordNet pointer from a synset that carries a corpus word says of the word it points to: how a reader's word
 * there relates to the corpus's (`relationOf`), and, for a derived form, whether it is the corpus word's own family
 * (`sameFamily`).
 */

/** WordNet's lexicographer file of places (`noun.location`). */
const PLACES = 15;

/**
 * A corpus word with more kinds than this in WordNet (activity: 76, supply: 98; weapon: 19, crime: 19) is too general
 * for one of its kinds to be a question about it: "negotiation" is an activity and "measurement" one too, but ¶7's
 * "activities" say nothing of peace negotiations or of measuring poverty, and "water" (to supply with water) is no
 * question about what the text provides. Measured on the dev tables: nine queries without an answer stopped matching
 * (water security, peace negotiations, poverty measurement, trade union strike over wages…), and two paraphrases lost
 * links that had found them by chance (top bosses: a region).
 */
const MAX_KINDS = 30;

/**
 * How a WordNet pointer links a reader's word (the target) to the corpus word (`lexFile` its synset's, `kinds` how
 * many kinds of it WordNet lists).
 */
export function relationOf(symbol: string, lexFile: number, kinds: number): Relation | undefined {
	if (symbol === '+' || symbol === '\\') return 'match';
	// A place the text's place lies in: a reader who asks about a meeting "in Austria" means the text's "Vienna". Only
	// places: a car is not what a paragraph on wheels is about. (The other way, a part of the text's place, is not it.)
	if (symbol === '#p' && lexFile === PLACES) return 'narrower';
	// The target is a kind of what the text names: a reader who says "nuclear weapon" means the text's WMD.
	// Instances (people, places) are left out: "Solzhenitsyn" is not a question about authors.
	if (symbol === '~') return kinds > MAX_KINDS ? undefined : 'narrower';
	if (symbol === '@' || symbol === '&' || symbol === '^') return 'related';
	return undefined;
}

/** Words of one family share their first letters ("discriminate", "discrimination"). */
const FAMILY_PREFIX = 4;
export const sameFamily = (a: string, b: string) =>
	a.length >= FAMILY_PREFIX && a.slice(0, FAMILY_PREFIX).toLowerCase() === b.slice(0, FAMILY_PREFIX).toLowerCase();
