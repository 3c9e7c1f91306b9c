import { isWholeToken, type QueryUnit } from './query-unit.ts';

/** Whether every term of a group is among a paragraph's terms (an empty group never is). */
export const within = (terms: ReadonlySet<string>) => (group: readonly string[]) =>
	group.length > 0 && group.every((t) => terms.has(t));

/**
 * The curated table's meanings of a unit that a paragraph has, but its joining of the typed word's own family
 * ("terrorists": terrorism), which is the word typed, not another saying of it (see `sameFamily`).
 */
export function tableMeaningsIn(unit: QueryUnit, terms: ReadonlySet<string>): string[][] {
	return unit.expansions.filter((group) => within(terms)(group) && !sameFamily(unit, group));
}

/**
 * Whether a curated meaning is the typed word's own family, which the table joins where stems part ("terrorist":
 * terrorism): the same word, not another saying of it.
 */
function sameFamily(unit: QueryUnit, group: readonly string[]): boolean {
	const typed = unit.literal.flat();
	return (
		group.every((term) => typed.some((t) => t.startsWith(term) || term.startsWith(t))) || acronymWrittenOut(unit, group)
	);
}

/**
 * Whether a curated meaning is the words typed with an acronym among them written out ("UN Charter": United Nations
 * Charter): the same name, not another saying of it. What the text lacks beside it ("amending the UN Charter") is
 * what the query asks about. An acronym alone ("UN", "NYC") is left to the curated table, whose writing out links it.
 */
function acronymWrittenOut(unit: QueryUnit, group: readonly string[]): boolean {
	const acronyms = new Set(
		unit.typed
			.split(/\s+/)
			.filter(isWholeToken)
			.map((word) => word.toLowerCase()),
	);
	return (
		acronyms.size > 0 &&
		unit.literal.some(
			(terms) =>
				terms.some((t) => acronyms.has(t)) &&
				terms.some((t) => !acronyms.has(t)) &&
				terms.every((t) => acronyms.has(t) || group.includes(t)),
		)
	);
}
