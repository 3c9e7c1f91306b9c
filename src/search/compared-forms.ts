import type { RelatedWordsTable } from './related-words.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { SAME_WORD, TYPED_SAME_WORD } from './semantic-thresholds.ts';

/** A comparative or superlative of a regular adjective: "faster", "safest", "bigger", "easier". */
const COMPARED = /^([a-z]{2,}?)(i?)(?:er|est)$/;

/**
 * The lexical resource lists adjectives by their base form, and the stemmer leaves comparisons whole ("faster" stays
 * faster), so a reader's "old threats merging faster" never met WordNet's "fast" (speed). A word the table lacks that
 * reads as a comparison is looked up as its base ("faster": fast, "bigger": big, "easier": easy, "larger": large),
 * when the table has that base and word vectors find the two the same word (`SAME_WORD`): "leader" is not "lead"
 * then. Irregular comparisons ("better", "worst") are left out, as `irregular-forms` leaves them: they say more than
 * the word. The base to look up, or undefined to look up the word as typed.
 */
export function comparedBase(
	word: string,
	table: Pick<RelatedWordsTable, 'match' | 'related' | 'narrower'>,
	semantic: Pick<SemanticNeighbours, 'sameWord'> | undefined,
): string | undefined {
	const lower = word.toLowerCase();
	// The table's one-word keys are lemmas as WordNet writes them (see `tableKey`).
	const listed = (lemma: string) =>
		[table.match, table.related, table.narrower].some((side) => Object.hasOwn(side, lemma));
	const found = COMPARED.exec(lower);
	if (!found || listed(lower)) return undefined;
	const [, stem = '', y] = found;
	// "easier": easy; "safer": safe; "bigger": big; "faster": fast.
	const bases = y ? [`${stem}y`] : [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
	return bases.find(
		(base) => base.length >= 3 && listed(base) && (!semantic || semantic.sameWord(lower, [base], SAME_WORD)),
	);
}

/**
 * The adjective of a comparison has senses the comparison rarely has ("fast" is also firmly fixed: secure): of the
 * table's words for it, those that word vectors find other words than the form typed (below `TYPED_SAME_WORD`:
 * "faster" and security 0.24, against speed 0.74) are left out. All are kept without vectors.
 */
export function comparedSenses(
	word: string,
	semantic: Pick<SemanticNeighbours, 'closenessTo'> | undefined,
): (groups: string[][]) => string[][] {
	const close = semantic?.closenessTo(word);
	return (groups) => (close ? groups.filter((g) => g.length !== 1 || close(g[0] ?? '') >= TYPED_SAME_WORD) : groups);
}
