import type { Relation } from './related-words.ts';

/**
 * What a WordNet pointer from a synset that carries a corpus word says of the word it points to: how a reader's word
 * there relates to the corpus's (`relationOf`), and, for a derived form, whether it is the corpus word's own family
 * (`sameFamily`).
 */

/** WordNet's lexicographer file of places (`noun.location`). */
const PLACES = 15;

/** How a WordNet pointer links a reader's word (the target) to the corpus word (`lexFile` its synset's). */
export function relationOf(symbol: string, lexFile: number): Relation | undefined {
	if (symbol === '+' || symbol === '\\') return 'match';
	// A place the text's place lies in: a reader who asks about a meeting "in Austria" means the text's "Vienna". Only
	// places: a car is not what a paragraph on wheels is about. (The other way, a part of the text's place, is not it.)
	if (symbol === '#p' && lexFile === PLACES) return 'narrower';
	// The target is a kind of what the text names: a reader who says "nuclear weapon" means the text's WMD.
	// Instances (people, places) are left out: "Solzhenitsyn" is not a question about authors.
	if (symbol === '~') return 'narrower';
	if (symbol === '@' || symbol === '&' || symbol === '^') return 'related';
	return undefined;
}

/** Words of one family share their first letters ("discriminate", "discrimination"). */
const FAMILY_PREFIX = 4;
export const sameFamily = (a: string, b: string) =>
	a.length >= FAMILY_PREFIX && a.slice(0, FAMILY_PREFIX).toLowerCase() === b.slice(0, FAMILY_PREFIX).toLowerCase();
