import { ordinalNumber } from '../corpus/number-words.ts';
import { foldCase } from '../corpus/text.ts';
import { isIdentifier } from './answer-type.ts';
import { wordsTyped } from './typed-names.ts';
import { isQuestion } from './asked-words.ts';

/** Words after an ordinal that leave it saying what comes before the rest ("first and foremost", "first of all"). */
const NOT_COUNTED = new Set(['and', 'of', 'off', 'or', 'but', 'then']);

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
	if (!isIdentifier(bare)) return false;
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
