import { isFunctionWord } from './function-words.ts';
import type { MatchSet } from './match-set.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import type { QueryUnit } from './query-unit.ts';

/** An acronym as typed (`BRICS`, `EU`, `NGOs`) or a name with a digit (`G20`): a body's name, when the text writes it. */
const ACRONYM = /^(?:\p{Lu}{2,8}s?|\p{Lu}+\p{N}+)$/u;
/** A name written this often, all in one document, is the name that document's body goes by. */
const MIN_NAMINGS = 2;
/**
 * How much a part found counts toward a paragraph's order, by how rare it is among the paragraphs (see `partWeights`):
 * between these, so that two common parts still outweigh one rare one.
 */
const LIGHTEST_PART = 0.5;
const HEAVIEST_PART = 1.5;

/** How the query's parts spread over its matches: see `partSpread`. */
export interface PartSpread {
	/** Per unit, how much a paragraph's having it counts toward its order (1 each when not weighed). */
	weights: number[];
	/** Per unit, the document an acronym typed names through the text itself, if any. */
	namedInText: Set<string>[];
	/** Per unit typed as an acronym, or as one in lower case, the documents whose matched paragraphs write it. */
	writtenIn: Set<string>[];
}

/**
 * Reads, in one pass over a query's matches (paragraphs of a whole corpus for a search with some of its parts), how
 * its parts spread:
 * - Each part's weight: a rare part ("disarmament") counts for more than a common one ("role", "regional"), as it says
 *   more of what the query is about; by inverse paragraph frequency, relative to the query's other parts.
 * - The document an acronym typed names through the text itself: every paragraph that writes it belongs to one
 *   document (of several), which writes it more than once ("BRICS" in the BRICS declaration). That document's other
 *   paragraphs are that body's words too: for "what did BRICS say about Gaza" its paragraph on Gaza answers, as its
 *   title would say were it in the title (see `documentContext`).
 * `masks`: per unit, the bits of the words typed for it. `total`: how many paragraphs the corpus has. `names`: per
 * unit, whether it is typed as a document's name (see `namedBy`), whose writers are read as an acronym's are.
 */
export function partSpread(
	units: readonly QueryUnit[],
	matches: MatchSet,
	columns: ParagraphColumns,
	masks: readonly Uint32Array[],
	total: number,
	names: readonly boolean[] = [],
): PartSpread {
	const none = {
		weights: units.map(() => 1),
		namedInText: units.map(() => new Set<string>()),
		writtenIn: units.map(() => new Set<string>()),
	};
	if (units.length < 2) return none;
	const documentOf = (row: number) => columns.paragraphs[matches.docs[row] ?? 0]?.document ?? '';
	const acronym = units.map((unit) => ACRONYM.test(unit.typed));
	// A document's name may be typed in lower case ("chogm"): where it is written is read for it too.
	const nameLike = units.map((_, at) => acronym[at] === true || names[at] === true);
	const counts = units.map(() => 0);
	const writers = units.map(() => new Set<string>());
	const documents = new Set<string>();
	const needsDocument = nameLike.some(Boolean);
	for (let row = 0; row < matches.size; row += 1) {
		const document = needsDocument ? documentOf(row) : '';
		if (needsDocument) documents.add(document);
		for (let unit = 0; unit < units.length; unit += 1) {
			if (!matches.intersects(row, masks[unit] as Uint32Array)) continue;
			counts[unit] = (counts[unit] ?? 0) + 1;
			if (nameLike[unit]) writers[unit]?.add(document);
		}
	}
	const rarity = counts.map((count) => (count === 0 ? 0 : Math.log(1 + total / count)));
	const found = rarity.filter((r) => r > 0);
	const mean = found.reduce((sum, r) => sum + r, 0) / Math.max(1, found.length);
	// A function word is never what a query is about, however few paragraphs write it ("than", "not").
	const weigh = (r: number, unit: number) =>
		isFunctionWord(units[unit]?.typed ?? '')
			? LIGHTEST_PART
			: r === 0
				? 1
				: Math.min(HEAVIEST_PART, Math.max(LIGHTEST_PART, r / mean));
	return {
		weights: rarity.map(weigh),
		namedInText: writers.map((docs, unit) =>
			acronym[unit] === true && docs.size === 1 && (counts[unit] ?? 0) >= MIN_NAMINGS && documents.size > 1
				? docs
				: new Set<string>(),
		),
		writtenIn: writers,
	};
}
