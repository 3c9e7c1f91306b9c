import { ordinalNumber } from '../corpus/number-words.ts';
import { foldCase } from '../corpus/text.ts';
import { isIdentifier } from './answer-type.ts';
import { wordsTyped } from './typed-names.ts';
import { isQuestion } from './asked-words.ts';

/** Words after an ordinal that leave it saying what comes before the rest ("first and foremost", "first of all"). */
const NOT_COUNTED = new Set(['and', 'of', 'off', 'or', 'but', 'then']);

/**
 * A date written with slashes, month first or day first, perhaps after "post-" or "pre-" ("9/11", "post-9/11",
 * "11/9/2001"): a time, which a text of that time speaks of in its own words ("resolution 1373 (2001)"), not the
 * number of a resolution or a meeting ("60/1", "1/CP.21").
 */
export const SLASH_DATE =
	/^(?:(?:post|pre)-)?(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:\d{2}|\d{4}))?$/iu;

/**
 * Whether a word typed names one thing among its kind (see `isIdentifier`) where this query types it. A number does
 * anywhere; an ordinal only before what it counts ("the fifth meeting", "6th session"). Typed last ("rebuilding after
 * war comes first", "prevention first"), or as "first of all", "at first", it says what matters most or comes before,
 * not which one: the query is not about another meeting or resolution. Last in a question ("what did they discuss
 * first", "who spoke first") it asks for an order of things, which conclusions do not record: as another thing.
 */
export function namesOne(query: string, typed: string): boolean {
	// "The first-ever meeting" is the first meeting.
	const bare = typed.replace(/-ever$/iu, '');
	if (!isIdentifier(bare) || SLASH_DATE.test(bare)) return false;
	if (ordinalNumber(bare) === undefined) return true;
	const words = wordsTyped(query).map(foldCase);
	const word = foldCase(typed);
	const question = isQuestion(query);
	return words.some((w, at) => {
		const next = words[at + 1];
		if (w !== word || words[at - 1] === 'at') return false;
		return next === undefined ? question : !NOT_COUNTED.has(next);
	});
}
