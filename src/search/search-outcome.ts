import type { Paragraph } from '../corpus/types.ts';
import type { AnswerKind } from './answer-type.ts';
import type { QueryPlan } from './query-plan.ts';
import type { SearchHit } from './search-hit.ts';

/** What a search is asked and what it answers: the filters, how much of the query matched, and the hits. */

export interface SearchFilters {
	/** Only paragraphs with this theme id. */
	theme?: string | undefined;
	/** Only paragraphs of this document slug. */
	document?: string | undefined;
}

/** Whether a paragraph passes the theme and document filters. */
export function passesFilters(paragraph: Paragraph | undefined, filters: SearchFilters): paragraph is Paragraph {
	return (
		paragraph !== undefined &&
		(filters.theme === undefined || paragraph.themes.includes(filters.theme)) &&
		(filters.document === undefined || paragraph.document === filters.document)
	);
}

/** How much of the query the matches cover. */
export type MatchKind = 'all' | 'some' | 'none';

export interface SearchOutcome {
	/** The query as planned, once, for this search. */
	plan: QueryPlan;
	/**
	 * `all`: the first paragraphs have every part of the query (when they are fewer than a page, the paragraphs with
	 * most of them follow); `some`: none has all, these have most; `none`: no match.
	 */
	match: MatchKind;
	/** The matches, best first; ties in corpus order. */
	hits: SearchHit[];
	/**
	 * With `all`: how many of the first hits have every part of the query in their own text (the others have most of
	 * it, or some of it through their theme label).
	 */
	complete?: number;
	/** With no match: the closest paragraphs by related words. They do not contain the words typed. */
	related: SearchHit[];
	/** With no match: written forms of the text close to what was typed. */
	suggestions: string[];
	/**
	 * With no match to a question for a fact (see `answerCheck`): the kind of fact none of the paragraphs with its words
	 * states; they are then the related paragraphs.
	 */
	unstated?: AnswerKind;
	/**
	 * No paragraph has a quoted phrase as typed, so its words were searched apart (a half-remembered quote: "dialogue
	 * between civilizations" for the text's dialogue among civilizations); the matches then have some of the query.
	 */
	quotedApart?: true;
}
