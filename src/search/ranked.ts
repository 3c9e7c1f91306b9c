import type { Paragraph } from '../corpus/types.ts';
import type { MatchSet } from './match-set.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';

export interface Ranked {
	paragraph: Paragraph;
	score: number;
	/** Whether the paragraph's own text matched, not only its theme labels. */
	inText: boolean;
	/** How many parts of the query matched the text through the reader's own words (not only related words). */
	direct: number;
	/** Where the paragraph's matched terms are: `matches`, row `row`. */
	matches: MatchSet;
	row: number;
}

/**
 * Makes the record of one ranked paragraph (its fields as in `Ranked`): a search makes a hit directly, not a record
 * and then a hit around it (at scale, thousands of each per search).
 */
export type MakeRanked<T> = (
	columns: ParagraphColumns,
	/** The paragraph's short id: its paragraph is `columns.paragraphs[docId]`. */
	docId: number,
	score: number,
	inText: boolean,
	direct: number,
	matches: MatchSet,
	row: number,
) => T;

export const plainRanked: MakeRanked<Ranked> = (columns, docId, score, inText, direct, matches, row) => ({
	paragraph: columns.paragraphs[docId] as Paragraph,
	score,
	inText,
	direct,
	matches,
	row,
});

/** The field of a paragraph's own words (the other holds its theme labels). */
export const TEXT_FIELD = 'text';

/** The query terms a ranked paragraph matched in its own text (not its theme labels). */
export function textTerms(ranked: Ranked): string[] {
	return ranked.matches.termsIn(ranked.row, ranked.matches.layout.fields.indexOf(TEXT_FIELD));
}
