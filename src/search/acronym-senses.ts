import { foldCase } from '../corpus/text.ts';
import type { RelatedWordsTable } from './related-words.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { LINKING_NEIGHBOUR } from './semantic-thresholds.ts';

/**
 * What an acronym typed in capitals that nothing else explains (no name of the text spells it, the curated table does
 * not list it) means by WordNet, where the word vectors bear it out: `TB` is tuberculosis (WordNet lists "TB" among
 * its names, and the vectors put "tb" 0.75 or closer to it). WordNet's entries are folded to lower case, so an
 * acronym alone would take any sense of its letters ("AU": gold, "US": the United States); only those the vectors
 * find as close as the linking neighbours count. A word the vectors do not know takes none.
 */
export function acronymSenses(
	typed: string,
	related: Pick<RelatedWordsTable, 'match'>,
	semantic: Pick<SemanticNeighbours, 'closenessTo'> | undefined,
): string[][] {
	const lower = foldCase(typed);
	const groups = Object.hasOwn(related.match, lower) ? (related.match[lower] ?? []) : [];
	const close = groups.length > 0 ? semantic?.closenessTo(lower) : undefined;
	if (!close) return [];
	return groups.filter((group) => group.length === 1 && close(group[0] ?? '') >= LINKING_NEIGHBOUR);
}
