import { foldCase } from '../corpus/text.ts';
import type { QueryPlan } from './query-plan.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import { typedWords } from './typed-names.ts';

/**
 * The parts of a query that only describe: a word the text lacks in every sense that WordNet's tagged texts use
 * mostly as an adjective of quality or an adverb (`isDescribing`: "early", "big", "actually", "old"). It says how or
 * what kind, not what the query asks about: "heading off violence early" asks about preventing violence (¶9), "are
 * today's dangers actually old problems" about today's threats (¶1). Such a part is not one a partial match must find
 * (see `matchRules`). Not the modifier of a compound the text lacks (`modified` holds its head: "free trade" is
 * another thing than trade), nor the measure a question asks for ("how big is the fund": its size), nor a participle.
 */
export function describingOnly(
	query: string,
	plan: QueryPlan,
	modified: ReadonlySet<QueryUnit>,
	isDescribing: (word: string) => boolean,
): Set<QueryUnit> {
	const found = new Set<QueryUnit>();
	let words: string[] | undefined;
	plan.units.forEach((unit, i) => {
		if (unit.answerable || unit.phrase !== undefined || /\s/.test(unit.typed) || isWholeToken(unit.typed)) return;
		// A participle is a verb's as often as it describes ("resolution 1373 adopted").
		if (/(?:ed|ing)$/i.test(unit.typed)) return;
		if ([unit.related, unit.expansions].some((groups) => groups.length > 0)) return;
		const next = plan.units[i + 1];
		if ((next !== undefined && modified.has(next)) || !isDescribing(unit.typed)) return;
		words ??= typedWords(query);
		const word = foldCase(unit.typed);
		if (words.some((w, k) => w === word && words?.[k - 1] === 'how')) return;
		found.add(unit);
	});
	return found;
}
