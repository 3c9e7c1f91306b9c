import type { MatchSet } from './match-set.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import type { QueryUnit } from './query-unit.ts';

/** An acronym as typed (`BRICS`, `EU`, `NGOs`) or a name with a digit (`G20`): a body's name, when the text writes it. */
const ACRONYM = /^(?:\p{Lu}{2,8}s?|\p{Lu}+\p{N}+)$/u;
/** A name written this often, all in one document, is the name that document's body goes by. */
const MIN_NAMINGS = 2;

/**
 * Per unit, the document an acronym typed names through the text itself: among the query's matches (paragraphs of
 * several documents), every paragraph that writes it belongs to one document, which writes it more than once ("BRICS"
 * in the BRICS declaration). That document's other paragraphs are that body's words too: for "what did BRICS say about
 * Gaza" its paragraph on Gaza answers, as its title would say were it in the title (see `documentContext`). Empty sets
 * for other units. `masks`: per unit, the bits of the words typed for it.
 */
export function documentsNamedInText(
	units: readonly QueryUnit[],
	matches: MatchSet,
	columns: ParagraphColumns,
	masks: readonly Uint32Array[],
): Set<string>[] {
	const documentOf = (row: number) => columns.paragraphs[matches.docs[row] ?? 0]?.document ?? '';
	return units.map((unit, at) => {
		const mask = masks[at];
		if (!ACRONYM.test(unit.typed) || mask === undefined) return new Set<string>();
		const naming = new Set<string>();
		const all = new Set<string>();
		let count = 0;
		for (let row = 0; row < matches.size; row += 1) {
			all.add(documentOf(row));
			if (!matches.intersects(row, mask)) continue;
			count += 1;
			naming.add(documentOf(row));
		}
		return naming.size === 1 && count >= MIN_NAMINGS && all.size > 1 ? naming : new Set<string>();
	});
}
