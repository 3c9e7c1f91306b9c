import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import type { QueryUnit } from './query-unit.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { NEIGHBOUR } from './semantic-thresholds.ts';

/** What soft coverage reads of the word vectors: how close a reader's word comes to a corpus term. */
export type Closeness = Pick<SemanticNeighbours, 'closenessTo'>;

/**
 * How far a paragraph answers the parts of a query the text lacks, by word vectors: per part, the best cosine of the
 * reader's word with one of the paragraph's terms, when it reaches `NEIGHBOUR` (0 otherwise); undefined for a part the
 * text has, a quoted phrase, or a word the vectors lack. A paragraph with "envoys" answers `emissaries` (0.69), one
 * with "high" does not answer `extremism` (0.25) though the lexical resource links them; a part of several words is
 * as close as the mean of its words. Used only to order matches, never to make one.
 */
export function softCoverage(
	units: readonly QueryUnit[],
	vectors: Closeness,
	analyzer: Analyzer,
): ((text: string) => (number | undefined)[]) | undefined {
	const closeness = units.map((unit) =>
		unit.answerable || unit.phrase !== undefined ? undefined : unitCloseness(unit, vectors),
	);
	if (closeness.every((c) => c === undefined)) return undefined;
	return (text) => {
		let terms: string[] | undefined;
		return closeness.map((close) => {
			if (!close) return undefined;
			terms ??= [...new Set(analyzer.tokens(text).flatMap((w) => analyzer.term(w) ?? []))];
			let best = 0;
			for (const term of terms) best = Math.max(best, close(term));
			return best >= NEIGHBOUR ? best : 0;
		});
	};
}

/**
 * A part's closeness to one term: the mean of its words' (function words aside), remembered per term (the candidates
 * of one query share most of their words). None when the vectors lack all its words (a typo, a name).
 */
export function unitCloseness(unit: QueryUnit, vectors: Closeness): ((term: string) => number) | undefined {
	const words = unit.typed.split(/\s+/).filter((w) => w !== '' && !isFunctionWord(w));
	const each = words.flatMap((w) => vectors.closenessTo(w) ?? []);
	if (each.length === 0) return undefined;
	const known = new Map<string, number>();
	return (term) => {
		let c = known.get(term);
		if (c === undefined) {
			c = 0;
			for (const close of each) c += close(term);
			c /= each.length;
			known.set(term, c);
		}
		return c;
	};
}
