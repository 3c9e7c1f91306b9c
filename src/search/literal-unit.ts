import type { QueryUnit } from './query-unit.ts';

/**
 * A part of the query searched as its words alone: no meaning of the curated table, typo, completion or related word
 * (a quoted phrase; a compound the text lacks, searched as one part: see `withLackingCompounds`).
 */
export const literalUnit = (typed: string, literal: string[][]): QueryUnit => ({
	typed,
	literal,
	expansions: [],
	means: [],
	completions: [],
	typos: [],
	related: [],
	narrower: [],
	looser: [],
	answerable: false,
});
