import { stem } from 'porter2';
import { isFunctionWord } from './function-words.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import type { RelatedWordsTable } from './related-words.ts';
import { CONFIRMED_SAME_SENSE } from './semantic-thresholds.ts';

/**
 * A reader's word of WordNet that means a few of the text's words at once ("oftentimes": frequent, often) joins them
 * as one sense: more than this many, and they are its several senses, not one.
 */
const MAX_SHARED = 3;

/** Per related-words table, each text term's fellows in a sense (see `sharedSenses`). */
const sharedOf = new WeakMap<object, Map<string, string[]>>();

/**
 * The text's words that share a sense, read from the reduced lexical table once per table: the one-term meanings of
 * one reader's word, when it has two or three (see `MAX_SHARED`), and word vectors find the two close
 * (`CONFIRMED_SAME_SENSE`: "often" and "frequent" 0.61). The table holds words the text lacks; this is how it speaks
 * of the words the text has.
 */
export function sharedSenses(
	table: Pick<RelatedWordsTable, 'match'>,
	closeness: (a: string, b: string) => number | undefined,
): Map<string, string[]> {
	let shared = sharedOf.get(table);
	if (shared) return shared;
	shared = new Map();
	const pairs = new Map<string, boolean>();
	const close = (a: string, b: string) => {
		const key = a < b ? `${a}\0${b}` : `${b}\0${a}`;
		let known = pairs.get(key);
		if (known === undefined) pairs.set(key, (known = (closeness(a, b) ?? 0) >= CONFIRMED_SAME_SENSE));
		return known;
	};
	for (const groups of byFamily(table.match)) {
		const terms = [...new Set(groups.filter((group) => group.length === 1).map((group) => group[0] ?? ''))];
		if (terms.length < 2 || terms.length > MAX_SHARED) continue;
		for (const a of terms)
			for (const b of terms) if (a !== b && close(a, b)) shared.set(a, [...new Set([...(shared.get(a) ?? []), b])]);
	}
	sharedOf.set(table, shared);
	return shared;
}

/**
 * The table's meanings by reader word, a word's family as one ("global": world, "globally": internationally): the
 * one-word keys are lemmas (see `tableKey`), and a family's lemmas together say which of the text's words share a sense.
 * Word vectors confirm each pair (see `sharedSenses`).
 */
function byFamily(side: Record<string, string[][]>): string[][][] {
	const families = new Map<string, string[][]>();
	for (const [key, groups] of Object.entries(side)) {
		const family = key.includes(' ') ? key : stem(key);
		// The family's own term is the word the reader typed, no fellow of it ("assistant": assist, aid, help).
		const fellows = groups.filter((group) => group.join(' ') !== family);
		families.set(family, [...(families.get(family) ?? []), ...fellows]);
	}
	return [...families.values()];
}

/**
 * A word the reader typed that the text has also means the text's words that share a sense with it (see
 * `sharedSenses`): "meet more often" is also ¶2's "more frequent high-level meetings", not only ¶1's "often
 * described". Weighted as same-sense words, below the word itself. Not for an acronym, a function word, a phrase or a
 * compound (their meaning is their words'); only once the table is at hand, never made for a word the text has.
 */
export function addSharedSenses(
	unit: QueryUnit,
	table: (() => Pick<RelatedWordsTable, 'match'> | undefined) | undefined,
	closeness: ((a: string, b: string) => number | undefined) | undefined,
): void {
	if (!unit.answerable || unit.phrase !== undefined || /\s/.test(unit.typed) || !table || !closeness) return;
	if (isWholeToken(unit.typed) || isFunctionWord(unit.typed)) return;
	const own = unit.literal.length === 1 && unit.literal[0]?.length === 1 ? unit.literal[0][0] : undefined;
	const at = own === undefined ? undefined : table();
	const fellows = own === undefined || at === undefined ? undefined : sharedSenses(at, closeness).get(own);
	for (const term of fellows ?? [])
		if (!unit.related.some((group) => group.length === 1 && group[0] === term)) unit.related.push([term]);
}
