import type { Relation } from './related-words.ts';
import type { DataFiles, Synset } from './wordnet-files.ts';

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
 * How a WordNet pointer links a reader's word (the target, read from `data` when it matters) to the corpus word
 * (`lexFile` its synset's, `kinds` how many kinds of it WordNet lists).
 */
export function relationOf(
	{ symbol, part, offset }: Synset['pointers'][number],
	lexFile: number,
	kinds: number,
	data: Pick<DataFiles, 'read'>,
): Relation | undefined {
	if (symbol === '+' || symbol === '\\') return 'match';
	// The capital of the text's country: a reader who asks about "sanctions on Moscow" or "ties with Ankara" means the
	// country's government, as the news says. Only capitals: another of its cities is not the country.
	if (symbol === '%p' && lexFile === PLACES && isNationalCapital(data.read(`${part}${offset}`))) return 'narrower';
	// A place the text's place lies in: a reader who asks about a meeting "in Austria" means the text's "Vienna". Only
	// places: a car is not what a paragraph on wheels is about. (The other way, a part of the text's place, is not it.)
	if (symbol === '#p' && lexFile === PLACES) return 'narrower';
	// The target is a kind of what the text names: a reader who says "nuclear weapon" means the text's WMD.
	// Instances (people, places) are left out: "Solzhenitsyn" is not a question about authors.
	if (symbol === '~') return kinds > MAX_KINDS ? undefined : 'narrower';
	if (symbol === '@' || symbol === '&' || symbol === '^') return 'related';
	return undefined;
}

/** WordNet's national capital (`noun.location`), of which each capital city is an instance. */
const NATIONAL_CAPITAL = { part: 'n', offset: '08709407' };

const isNationalCapital = (place: Pick<Synset, 'pointers'> | undefined) =>
	place?.pointers.some(
		(p) => p.symbol === '@i' && p.part === NATIONAL_CAPITAL.part && p.offset === NATIONAL_CAPITAL.offset,
	) === true;

/** Words of one family share their first letters ("discriminate", "discrimination"). */
const FAMILY_PREFIX = 4;
export const sameFamily = (a: string, b: string) =>
	a.length >= FAMILY_PREFIX && a.slice(0, FAMILY_PREFIX).toLowerCase() === b.slice(0, FAMILY_PREFIX).toLowerCase();
