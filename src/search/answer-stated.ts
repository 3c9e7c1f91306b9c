import { cardinalWord, LARGEST_NUMBER_WORD, ordinalWord } from '../corpus/number-words.ts';
import type { AnswerAsked } from './answer-type.ts';

/**
 * Whether a paragraph states the fact a question asks for (see `answerAsked`): a number before what is counted, a sum,
 * words of money, names in a list, a definition, a place or a time. The question's side is read in answer-type.ts.
 */

/**
 * How a paragraph speaks of paying for something: money, funds, financing, budgets, costs, contributions made or
 * pledged, donors. Not "assistance" nor one "contribution", which conclusions give of advice and effort as often.
 */
const FUNDING_NAMED =
	/\b(?:money|funds?|funding|funded|financ(?:e|ed|es|ing|ial)|budgets?|budgetary|costs?|contributions|pledge[sd]?|donors?|dollars?|euros?|assessed)\b/i;

/**
 * Those who took part, as a paragraph names them: two names or more in a list ("the African Union (AU), the Economic
 * Community of West African States (ECOWAS), …"; "the Federative Republic of Brazil, the Russian Federation, …"). A
 * paragraph that speaks of "the participating organizations" names none.
 */
const NAME_IN_LIST = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|in|the|de)\s+\p{Lu}[\p{L}’'-]*|\s+\p{Lu}[\p{L}’'-]*)*(?:\s+\(\p{Lu}+\))?`;
const NAMES_LISTED = new RegExp(String.raw`${NAME_IN_LIST},\s+(?:and\s+)?(?:the\s+)?${NAME_IN_LIST}`, 'u');

/** How a text defines something: in those words, or saying what a word means or refers to. */
const DEFINITION_GIVEN = /\b(?:defin(?:e|ed|es|ing|ition|itions)|means|refers?\s+to|is\s+understood\s+as)\b/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * Numbers that do not count anything: dates ("29 and 30 July 2003", "June 2006"), years, the numbers of resolutions,
 * paragraphs and articles, and document symbols (A/60/341).
 */
const NOT_QUANTITIES = new RegExp(
	[
		`\\b\\d{1,2}(?:\\s*(?:and|to|-|–)\\s*\\d{1,2})?\\s+${MONTH}\\b`,
		`\\b${MONTH}\\s+\\d{1,4}\\b`,
		'\\b(?:1[5-9]|20)\\d{2}\\b',
		'\\b(?:resolutions?|paragraphs?|articles?|chapters?|rules?|annex|no\\.?)\\s+\\d+(?:\\s*\\(\\d{4}\\))?(?:\\s*(?:and|,)\\s*\\d+(?:\\s*\\(\\d{4}\\))?)*',
		'\\b[A-Z]+(?:/[\\w.-]+)+',
	].join('|'),
	'gi',
);
/** The words of the numbers 1 to 99 of one kind (see `number-words.ts`), longest first, as a regex must try them. */
const wordsUpTo = (word: (n: number) => string | undefined): string[] =>
	Array.from({ length: LARGEST_NUMBER_WORD }, (_, i) => word(i + 1) ?? '').sort((a, b) => b.length - a.length);
/**
 * Numbers written as one word, past "one" ("fourteen member States", "within ninety days", "fifteen million"): a
 * hyphenated one is read as the words the text splits it into ("seventy-five": five).
 */
const NUMBER_WORDS = wordsUpTo(cardinalWord)
	.filter((word) => word !== 'one' && !word.includes('-'))
	.join('|');
/** A figure, in digits or a word, before what makes it a sum or a share (`SCALE`, "per cent"). */
const FIGURE = `(?:\\d[\\d,.]*|\\b(?:one|${NUMBER_WORDS}|hundred))\\s*(?:-\\s*)?`;
/** A currency's sign or code before a figure ("$100", "US$ 1.3", "EUR 50"). */
const CURRENCY = '(?:[$€£¥]|\\b(?:US\\$|USD|EUR|GBP)\\s?)\\s?\\d';
/** What makes a figure before it a sum: a scale, or a currency named ("100 billion", "300 dollars"). */
const SCALE = 'thousand|million|billion|trillion|bn|dollars?|euros?|pounds?';
/**
 * A sum stated as one: a figure with a currency ("$100 billion", "US$ 1.3 trillion", "EUR 50 million", "300 dollars")
 * or with a scale ("100 billion", "two million"). Not a bare "billions" ("from billions to trillions" says no sum) nor
 * a number of something else ("1.5°C", "30 members"). What something costs is one (see `MONEY_FIGURE`).
 */
const MONEY_SUM = new RegExp(`${CURRENCY}|${FIGURE}(?:${SCALE})\\b`, 'iu');
/** A sum or a share stated as one ("0.7 per cent", "15%"): an amount of aid, finance or a pledge may be either. */
const MONEY_FIGURE = new RegExp(`${CURRENCY}|${FIGURE}(?:${SCALE}|per\\s*cent|percent|%)\\b|\\d\\s*%`, 'iu');

/** A number (in figures or a word) joined by a hyphen to the word it describes: "ten-year", "24-hour", "five-member". */
const NUMBER_COMPOUND = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:\\d[\\d,.]*|${NUMBER_WORDS}|hundred|thousand)[-\\u2010\\u2011]\\p{L}+`,
	'giu',
);

/** A number, or a word of one. */
const NUMBER = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS}|hundreds?|thousands?|millions?|billions?|dozens?)$`, 'i');
/** How many words may stand between a number and what it counts ("7,000 African Union troops"). */
const COUNT_REACH = 3;

/**
 * A place named in a paragraph: "in New York", "at the Vienna International Centre", "in Darfur"; or the host of a
 * meeting to come, which is where it will be: "the invitation of the Government of Grenada to host", "Samoa will
 * host"; or a government thanked for hosting, or named as the host ("the Government of Kenya for hosting",
 * "hosted by the Government of Chile"): its country is where it was. Not "hosted by the OSCE": a body hosts without
 * saying where.
 */
const NAME = '\\p{Lu}\\p{L}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}+)*';
const PLACE_NAMED = new RegExp(
	[
		`\\b(?:in|at)\\s+(?:the\\s+)?(?!${MONTH}\\b)\\p{Lu}\\p{L}+`,
		`\\bof\\s+(?:the\\s+)?${NAME}\\s+to\\s+host\\b`,
		`${NAME}\\s+(?:will|would|is\\s+to|shall)\\s+host\\b`,
		// A host thanked or named as a government: "the Government of Kenya for hosting the fourteenth session".
		`\\bGovernment\\s+of\\s+(?:the\\s+)?${NAME}\\s+(?:for\\s+(?:having\\s+)?host(?:ing|ed)|(?:has\\s+|had\\s+)?hosted)\\b`,
		`\\bhosted\\s+by\\s+the\\s+Government\\s+of\\s+\\p{Lu}`,
	].join('|'),
	'u',
);
/**
 * How often something is done, said in a paragraph: "more frequent high-level meetings", "meet annually", "regular
 * consultations", "every two years", "twice a year", "at least once a year".
 */
const FREQUENCY_SAID =
	/\b(?:frequent(?:ly)?|more\s+often|regular(?:ly)?|annual(?:ly)?|biennial(?:ly)?|yearly|monthly|weekly|quarterly|periodic(?:al|ally)?|every\s+(?:year|month|week|(?:\d+|two|three|four|five|six|other)\s+(?:years|months|weeks))|(?:once|twice)\s+(?:a|per|every)\s+(?:year|month|week)|each\s+(?:year|month))\b/i;
/**
 * A time named in a paragraph: a month, a year, a span of time, or a recurring or coming time; or a session or meeting
 * by its number, which is when a body does what it decides ("Decides to review the functioning of the Mechanism at its
 * sixteenth session"; "by the thirteenth session of the Council").
 */
const ORDINAL_SESSION = `(?:${wordsUpTo(ordinalWord).join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:(?:ordinary|regular|special)\\s+)?(?:session|meeting|summit|conference)`;
/** A session or meeting named by its number ("the thirteenth session", "its 50th meeting"). */
export const SESSION_BY_NUMBER = new RegExp(`\\b${ORDINAL_SESSION}\\b`, 'i');
/** A span of time a paragraph gives ("within twelve months", "in the next two years", "for a period of two years"). */
const SPAN = `(?:within|for|over|in)\\s+(?:the\\s+(?:next|coming)\\s+|a\\s+period\\s+of\\s+)?(?:\\d+|a|one|${NUMBER_WORDS}|several|a\\s+few)\\s+(?:days|weeks|months|years|day|week|month|year)`;
const TIME = `${MONTH}|(?:1[5-9]|20)\\d{2}|next\\s+(?:year|month)|annually|every\\s+(?:year|two\\s+years)|twice\\s+a\\s+year|biennial|${SPAN}`;
const TIME_NAMED = new RegExp(
	`\\b(?:${TIME}|(?:at|by|before|until|during)\\s+(?:its|the|their)\\s+${ORDINAL_SESSION})\\b`,
	'i',
);
/** When the question names a session by its number, a session so named is what it asks about, no time. */
const TIME_NOT_SESSION = new RegExp(`\\b(?:${TIME})\\b`, 'i');

/**
 * Whether a paragraph states the kind of fact asked: for a count, a number just before a word for what is counted
 * (`isCounted`: "7,000 troops", "a ten-year programme" for years); for an amount, a sum or share stated as a figure
 * (`MONEY_FIGURE`) that is not a date or an identifier; for funding, words of money (`FUNDING_NAMED`); for who took
 * part, names in a list (`NAMES_LISTED`); for a meaning, a definition (`DEFINITION_GIVEN`); for a place, a capitalised
 * name after "in" or "at"; for a time, a month or a year; for how often, a frequency (`FREQUENCY_SAID`); for figures,
 * any number but a date or an identifier.
 */
export function statesAnswer(text: string, asked: AnswerAsked, isCounted: (word: string) => boolean): boolean {
	if ('funding' in asked) return FUNDING_NAMED.test(text);
	if ('attendance' in asked) return NAMES_LISTED.test(text);
	if ('definition' in asked) return DEFINITION_GIVEN.test(text);
	if ('place' in asked) return PLACE_NAMED.test(text);
	if ('time' in asked) return ('sessionNamed' in asked ? TIME_NOT_SESSION : TIME_NAMED).test(text);
	if ('frequency' in asked) return FREQUENCY_SAID.test(text);
	const rest = text.replace(NOT_QUANTITIES, ' · ');
	// Figures: any number but a date or an identifier ("7,000 troops", "0.7 per cent", "two million").
	if ('figure' in asked) return (rest.match(/[\p{L}\p{N}][\p{L}\p{N},.]*/gu) ?? []).some((w) => NUMBER.test(w));
	if ('amount' in asked) {
		// "A ten-year programme", "a 24-hour hotline": a number joined to a word describes a thing; it is no amount.
		const amounts = rest.replace(NUMBER_COMPOUND, ' · ');
		return ('sum' in asked ? MONEY_SUM : MONEY_FIGURE).test(amounts);
	}
	const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N},.]*|·/gu) ?? [];
	return words.some(
		(word, i) => isCounted(word) && words.slice(Math.max(0, i - COUNT_REACH), i).some((w) => NUMBER.test(w)),
	);
}
