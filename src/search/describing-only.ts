import { foldCase } from '../corpus/text.ts';
import type { QueryPlan } from './query-plan.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import { sideBySide, typedWords } from './typed-names.ts';

/**
 * The parts of a query that only describe: a word the text lacks in every sense that WordNet's tagged texts use
 * mostly as an adjective of quality or an adverb (`isDescribing`: "early", "actually", "biggest"). It says how, not
 * what the query asks about: "heading off violence early" asks about preventing violence (¶9). Such a part is not one
 * a partial match must find (see `matchRules`). Not one typed right before a word of the text, which it narrows to
 * another thing ("fragile states", "weak institutions", the modifier of "free trade"); not the measure a question asks
 * for ("how big is the fund": its size); not a participle, a verb's as often as it describes ("resolution 1373
 * adopted").
 */
export function describingOnly(
	query: string,
	plan: QueryPlan,
	isDescribing: (word: string) => boolean,
): Set<QueryUnit> {
	const found = new Set<QueryUnit>();
	let words: string[] | undefined;
	plan.units.forEach((unit, i) => {
		if (unit.answerable || unit.phrase !== undefined || /\s/.test(unit.typed) || isWholeToken(unit.typed)) return;
		if (/(?:ed|ing)$/i.test(unit.typed) || unit.related.length > 0 || unit.expansions.length > 0) return;
		if (!isDescribing(unit.typed)) return;
		words ??= typedWords(query);
		const word = foldCase(unit.typed);
		if (words.some((w, k) => w === word && words?.[k - 1] === 'how')) return;
		const next = plan.units[i + 1];
		const narrows = next !== undefined && next.answerable && next.phrase === undefined;
		if (narrows && sideBySide(words, word, foldCase(next.typed).split(/\s+/)[0] ?? '')) return;
		found.add(unit);
	});
	return found;
}
