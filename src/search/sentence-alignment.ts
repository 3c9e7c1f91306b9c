import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import type { QueryUnit } from './query-unit.ts';
import { sentenceTerms } from './sentences.ts';
import { unitCloseness, type Closeness } from './soft-coverage.ts';
import { within } from './table-meanings.ts';

/**
 * Below this cosine a word of the sentence says nothing of a word typed; above it, the closer the more (rescaled to
 * 0–1). Measured from 0.15 to 0.45 on the three dev tables: the order hardly moves, 0.3 is in the middle.
 */
const ALIGNMENT_FLOOR = 0.3;

/**
 * How much of the whole query a paragraph's best sentence says, word by word: a part whose own words (as typed,
 * corrected, completed, or the curated table's) are in the sentence counts whole, as does one its document names
 * (`inDocument`: "the G20" for the paragraphs of its declaration); any other part, one the text has elsewhere too, as
 * close as word vectors find its words to the sentence's closest word. Parts weigh by their rarity (`weights`);
 * function words count for nothing. `most`: what a sentence with every part in the reader's own words says.
 *
 * `softCoverage` weighs only the parts the text lacks, and only from a neighbour's cosine on: a paraphrase keeps few
 * of the text's words, and the sentence that says most of it in near words ("rebuilding societies after wars is top
 * priority": "Peace-building activities should be accorded the highest priority") is the answer more often than a
 * paragraph with one word typed and nothing near the rest. Used only to order matches, never to make one.
 */
export function sentenceAlignment(
	units: readonly QueryUnit[],
	weights: readonly number[],
	vectors: Closeness,
	analyzer: Analyzer,
): ((text: string, inDocument?: (unit: number) => boolean) => number) & { most: number } {
	// A word typed counts by any of its terms (the "terror" of `anti-terror`), as it does toward the order (see `rank`);
	// the curated table's meaning only whole ("use of force" for `war` is not every sentence with "use").
	const own = units.map((u) => [
		...u.literal.flat().map((t) => [t]),
		...u.expansions,
		...u.typos.map((t) => [t.term]),
		...u.completions.map((t) => [t]),
	]);
	const content = units.map((u) => !isFunctionWord(u.typed));
	const closeness = units.map((u) => unitCloseness(u, vectors));
	const aligned = (text: string, inDocument: (unit: number) => boolean = () => false) => {
		let best = 0;
		for (const terms of sentenceTerms(analyzer, text)) {
			const says = within(terms);
			let said = 0;
			units.forEach((_, unit) => {
				if (!content[unit]) return;
				const weight = weights[unit] ?? 1;
				if ((own[unit] ?? []).some(says) || inDocument(unit)) said += weight;
				else {
					const close = closeness[unit];
					let nearest = 0;
					if (close) for (const term of terms) nearest = Math.max(nearest, close(term));
					said += weight * Math.max(0, (nearest - ALIGNMENT_FLOOR) / (1 - ALIGNMENT_FLOOR));
				}
			});
			best = Math.max(best, said);
		}
		return best;
	};
	// The most a sentence can say: every part in the reader's own words.
	const most = units.reduce((sum, _, unit) => sum + (content[unit] ? (weights[unit] ?? 1) : 0), 0);
	return Object.assign(aligned, { most });
}

/**
 * The share of the whole query a paragraph's best sentence says (see `sentenceAlignment`), every part weighing alike:
 * for the matches of a dead end, which no count of parts orders. Undefined without word vectors.
 */
export function alignedShare(
	units: readonly QueryUnit[],
	vectors: Closeness | undefined,
	analyzer: Analyzer,
): ((text: string) => number) | undefined {
	if (!vectors) return undefined;
	// Made on first use: most dead ends are not answered, and their matches never ordered.
	let aligned: ReturnType<typeof sentenceAlignment> | undefined;
	return (text) => {
		aligned ??= sentenceAlignment(units, [], vectors, analyzer);
		return aligned.most > 0 ? aligned(text) / aligned.most : 0;
	};
}
