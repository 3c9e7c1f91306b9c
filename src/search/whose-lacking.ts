import { foldCase } from '../corpus/text.ts';
import { literally } from './literal-pattern.ts';
import { typedWords } from './typed-names.ts';
import type { QueryPlan } from './query-plan.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';

/**
 * The units typed right before "of" and a word the text lacks in every sense ("role of women", "rights of migrants",
 * "conditions of UN staff"), or right after such a word's possessive ("women's participation", "migrants' rights"):
 * what they name belongs to that word, which is what the query asks about; without it, they are about something else.
 * Of the units `said`.
 */
export function whoseLacking(query: string, plan: QueryPlan, said = (u: QueryUnit) => u.answerable): Set<QueryUnit> {
	const found = new Set<QueryUnit>();
	let words: string[] | undefined;
	const lacking = (unit: QueryUnit | undefined) =>
		unit !== undefined &&
		unit.phrase === undefined &&
		!unit.answerable &&
		unit.related.length === 0 &&
		unit.expansions.length === 0;
	plan.units.forEach((unit, i) => {
		if (!said(unit) || unit.phrase !== undefined) return;
		const [before, after] = [plan.units[i - 1], plan.units[i + 1]];
		const word = foldCase(unit.typed).split(/\s+/);
		if (lacking(before) && possessive(query, before?.typed ?? '', word[0] ?? '')) found.add(unit);
		// An acronym right before the owner is its modifier: the conditions of "conditions of UN staff" are the staff's.
		const acronym = after !== undefined && isWholeToken(after.typed) ? after : undefined;
		const owner = acronym ? plan.units[i + 2] : after;
		if (!lacking(owner)) return;
		const a = word.at(-1) ?? '';
		const b = foldCase(owner?.typed ?? '').split(/\s+/)[0] ?? '';
		words ??= typedWords(query);
		const at = words.findIndex((w, k) => w === a && words?.[k + 1] === 'of');
		if (at < 0) return;
		let next = ['the', 'a', 'an'].includes(words[at + 2] ?? '') ? at + 3 : at + 2;
		if (acronym && words[next++] !== foldCase(acronym.typed)) return;
		if (words[next] === b) found.add(unit);
	});
	return found;
}

/** Whether a query has `owner` typed as a possessive right before `word` ("women's rights", "migrants' rights"). */
function possessive(query: string, owner: string, word: string): boolean {
	const last = foldCase(owner).split(/\s+/).at(-1) ?? '';
	const pattern = `(?<![\\p{L}\\p{N}])${literally(last)}['\u2019]s?\\s+${literally(word)}(?![\\p{L}\\p{N}])`;
	return new RegExp(pattern, 'u').test(foldCase(query));
}
