import type { Paragraph } from '../corpus/types.ts';
import type { Highlighter } from './highlight.ts';
import { textTerms, type Ranked } from './ranking.ts';

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
 * paragraphs, and only the few shown are highlighted. A class rather than closures: one is made per match.
 */
export class LazyHit implements SearchHit {
	readonly paragraph: Paragraph;
	readonly score: number;
	#matchedTerms: Set<string> | undefined;
	#highlighter: Highlighter | undefined;

	constructor(
		readonly ranked: Ranked,
		readonly highlight: (matchedTerms: ReadonlySet<string>) => Highlighter,
	) {
		this.paragraph = ranked.paragraph;
		this.score = ranked.score;
	}

	get matchedTerms(): ReadonlySet<string> {
		this.#matchedTerms ??= new Set(textTerms(this.ranked));
		return this.#matchedTerms;
	}

	get highlighter(): Highlighter {
		this.#highlighter ??= this.highlight(this.matchedTerms);
		return this.#highlighter;
	}
}
