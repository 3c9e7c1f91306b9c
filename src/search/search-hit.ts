import type { Paragraph } from '../corpus/types.ts';
import type { Highlighter } from './highlight.ts';
import type { MatchSet } from './match-set.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import { textTerms, type MakeRanked, type Ranked } from './ranked.ts';

export interface SearchHit {
	paragraph: Paragraph;
	score: number;
	/** Index terms that matched the paragraph's text (not its theme labels). */
	matchedTerms: ReadonlySet<string>;
	/** What to bold in this paragraph's quote, worked out from the plan: rendering needs nothing else. */
	highlighter: Highlighter;
}

/**
 * A hit whose matched terms and highlighting are worked out only when asked: a search may match thousands of
 * paragraphs, and only the few shown are highlighted (or even read). It is its own ranking record (see `MakeRanked`): one object per
 * match, not a record and a hit. A class rather than closures: one is made per match.
 */
export class LazyHit implements SearchHit, Ranked {
	#matchedTerms: Set<string> | undefined;
	#highlighter: Highlighter | undefined;

	constructor(
		readonly columns: ParagraphColumns,
		readonly docId: number,
		readonly score: number,
		readonly inText: boolean,
		readonly direct: number,
		readonly matches: MatchSet,
		readonly row: number,
		readonly highlight: (matchedTerms: ReadonlySet<string>) => Highlighter,
	) {}

	/** Hits for `rank` to make, highlighted by `highlight`. */
	static maker(highlight: (matchedTerms: ReadonlySet<string>) => Highlighter): MakeRanked<LazyHit> {
		return (columns, docId, score, inText, direct, matches, row) =>
			new LazyHit(columns, docId, score, inText, direct, matches, row, highlight);
	}

	/** Read when asked: most matches of a common word are counted, never shown (and the column is large). */
	get paragraph(): Paragraph {
		return this.columns.paragraphs[this.docId] as Paragraph;
	}

	get matchedTerms(): ReadonlySet<string> {
		this.#matchedTerms ??= new Set(textTerms(this));
		return this.#matchedTerms;
	}

	get highlighter(): Highlighter {
		this.#highlighter ??= this.highlight(this.matchedTerms);
		return this.#highlighter;
	}
}

/** Whether a hit's quote bolds a word of it: one that bolds none shows a reader nothing of the query. */
export function showsSomething(hit: SearchHit): boolean {
	return hit.highlighter.segments(hit.paragraph.searchText).some((segment) => segment.matched);
}
