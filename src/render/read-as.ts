import { foldCase } from '../corpus/text.ts';
import type { QueryUnit } from '../search/query-unit.ts';
import type { SearchOutcome } from '../search/search-outcome.ts';

/** A word as a query unit's typed words are compared: folded, letters and digits only ("U.N." is "un"). */
export const bare = (word: string) => foldCase(word).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The searched words as the count line says them: each word of the query that none of the shown paragraphs has as
 * typed, but each has a typo's correction of, written one way, in its place (`disarmamnet`: "has “disarmament”",
 * `human rigths`: "match “human rights”"). `forms`: the matched forms shown; `term`: a word's index term.
 */
export function readAsTyped(
	asked: string,
	units: readonly QueryUnit[],
	shown: SearchOutcome['hits'],
	forms: readonly string[],
	term: (word: string) => string | null,
): string {
	const words = asked.split(' ');
	for (const unit of units) {
		// The forms this unit's typo was read as, a phrase's words apart ("human rights"): another word's are its own.
		const own = [...new Set(forms.flatMap((form) => form.split(/\s+/u)))].filter((form) =>
			unit.typos.some((typo) => typo.term === term(form)),
		);
		const meant = unit.typed.includes(' ') ? undefined : readAs(unit, shown, own);
		const at = meant === undefined ? -1 : words.findIndex((word) => bare(word) === bare(unit.typed));
		if (meant !== undefined && at >= 0) words[at] = meant;
	}
	return words.join(' ');
}

/**
 * The word of the text one typed word was read as, when none of the shown paragraphs has the word typed but each has
 * a typo's correction of it, written one way (`forms`: the matched forms of its correction shown).
 */
function readAs(unit: QueryUnit, shown: SearchOutcome['hits'], forms: readonly string[]): string | undefined {
	// Several forms matched (`multilaterlism`: multilateralism, multilateral): the one the typo was read as, when bolded.
	const exact = unit.exactForm !== undefined && forms.includes(unit.exactForm) ? unit.exactForm : undefined;
	if (unit.typos.length === 0 || (forms.length !== 1 && exact === undefined)) return undefined;
	const typed = (hit: SearchOutcome['hits'][number]) =>
		unit.literal.some((group) => group.length > 0 && group.every((t) => hit.matchedTerms.has(t)));
	return shown.some(typed) ? undefined : (exact ?? forms[0]);
}
