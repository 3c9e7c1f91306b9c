import { isIdentifierWord } from './analyzer.ts';
import { ordinalNumber } from '../corpus/number-words.ts';

/**
 * What kind of answer a question asks for, when its words alone cannot tell a paragraph that answers it from one that
 * only talks about the same things: "how many troops did the African Union deploy in Darfur?" shares every word with
 * the paragraphs on the Darfur mission, and none of them gives a number; "where was the seventh meeting held?" meets
 * the paragraph that says only when. Conclusions state few facts of these kinds, so a reader is better served by "no
 * paragraph says" and the closest paragraphs than by a match that does not answer.
 */

/** Words that make "how much" a question about money (elsewhere it asks how far: "how much priority"). */
const MONEY =
	/\b(?:money|cost|costs|costed|budget|budgets|fund|funds|funding|financ(?:e|ed|es|ing)|aid|assistance|contribut(?:e|ed|es|ions?)|pledged?|pledges|spend|spent|pay|paid|price|dollars?|euros?)\b/i;

/**
 * The kind of fact a question asks for: a count of something ("how many troops"), an amount of money ("how much did
 * it cost"), how something is paid for ("how will peacekeeping be funded", "who pays"), who took part ("which
 * organizations attended"), what something means ("how did they define terrorism"), a place ("where was it held",
 * "which city") or a time ("when", "what year").
 */
export type AnswerAsked =
	| { counted: string }
	| { amount: true }
	| { funding: true }
	| { attendance: true }
	| { definition: true }
	| { place: true }
	| { time: true };

/**
 * A question for what something costs, said without "how much": "what is the budget of…", "what was the cost of…",
 * or a query that opens with the amount it wants ("budget of the programme", "the cost of the mission").
 */
const AMOUNT_ASKED =
	/\bwhat(?:\s+is|\s+was|\s+are|\s+were|'s|’s|\s+will\s+be|\s+would\s+be)\s+the\s+(?:total\s+|overall\s+|annual\s+)?(?:budget|cost|price)s?\b/i;
/** A query that names the amount it wants first: anchored, so it fails at once on most queries. */
const AMOUNT_NAMED = /^\s*(?:the\s+)?(?:total\s+|overall\s+|annual\s+)?(?:budget|cost|price)s?\s+(?:of|for)\b/i;

/**
 * A question for how something is paid for, or by whom: "how will peacekeeping operations be funded", "how should
 * they be financed", "who pays for regional troops", "who foots the bill".
 */
const FUNDING_ASKED =
	/\bhow\s+(?:will|would|should|shall|is|are|was|were|can|could|do|does|did)\b.*\b(?:funded|financed|paid\s+for)\b|\bhow\b.*\bget(?:s|ting)?\s+(?:funded|financed|paid\s+for)\b|\bwho\s+(?:pays|paid|will\s+pay|funds|funded|will\s+fund|finances|financed|foots)\b/i;

/**
 * How a paragraph speaks of paying for something: money, funds, financing, budgets, costs, contributions made or
 * pledged, donors. Not "assistance" nor one "contribution", which conclusions give of advice and effort as often.
 */
const FUNDING_NAMED =
	/\b(?:money|funds?|funding|funded|financ(?:e|ed|es|ing|ial)|budgets?|budgetary|costs?|contributions|pledge[sd]?|donors?|dollars?|euros?|assessed)\b/i;

/**
 * A question for who took part in something: "which regional organizations attended the meeting", "who took part",
 * "which countries were represented". (How many took part is a count.)
 */
const ATTENDANCE_ASKED =
	/\b(?:who|which|what)\b.*\b(?:attended|attend|attends|attending|participated|participate|participates|took\s+part|take\s+part|taking\s+part|(?:were|was)\s+(?:present|there|represented))\b/i;

/**
 * Those who took part, as a paragraph names them: two names or more in a list ("the African Union (AU), the Economic
 * Community of West African States (ECOWAS), …"; "the Federative Republic of Brazil, the Russian Federation, …"). A
 * paragraph that speaks of "the participating organizations" names none.
 */
const NAME_IN_LIST = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|in|the|de)\s+\p{Lu}[\p{L}’'-]*|\s+\p{Lu}[\p{L}’'-]*)*(?:\s+\(\p{Lu}+\))?`;
const NAMES_LISTED = new RegExp(String.raw`${NAME_IN_LIST},\s+(?:and\s+)?(?:the\s+)?${NAME_IN_LIST}`, 'u');

/**
 * A question for what something means: "what definition of terrorism did they agree on", "how did they define
 * terrorism", "what is the definition of …", "how is … defined".
 */
const DEFINITION_ASKED = /\b(?:what|which|how)\b.*\b(?:definitions?|define|defined|defines|defining)\b/i;
/** How a text defines something: in those words, or saying what a word means or refers to. */
const DEFINITION_GIVEN = /\b(?:defin(?:e|ed|es|ing|ition|itions)|means|refers?\s+to|is\s+understood\s+as)\b/i;

/** A question that opens with "where", or asks which city, country or venue. */
const PLACE = /^\s*(?:and\s+|so\s+)?where\b|\b(?:which|what)\s+(?:city|cities|country|countries|venue|place|town)\b/i;
/** A question that opens with "when", asks which year, month or date, or how long (its dates say it). */
const TIME = /^\s*(?:and\s+|so\s+)?when\b|\b(?:which|what)\s+(?:year|month|date|day)\b|\bhow\s+long\b/i;

/**
 * A "when" that asks under what conditions, not at what time: "when is it ok to use force", "when can countries go to
 * war legally". The text's answer is a rule ("in accordance with the Charter"), which no date states. The word for
 * "allowed" (group 1) is the question's frame, not a word the answer has.
 */
const CONDITION_FRAME =
	/^\s*(?:and\s+|so\s+)?when\s+(?:is|was|would\s+it\s+be|are)\s+(?:it\s+)?(?:ever\s+)?(ok|okay|fine|alright|right|legal|lawful|legitimate|acceptable|permissible|permitted|allowed|justified|justifiable)\b/i;
const CONDITION_ADVERB = /\b(?:legally|lawfully|legitimately)\b/i;
/**
 * The same words after what they judge, ending the question or before what it is for: "when is the use of force
 * considered legitimate", "when are sanctions ok", "when is force justified to protect civilians"; not a name's word
 * ("when was the legal committee set up").
 */
const CONDITION_LATER =
	/^\s*(?:and\s+|so\s+)?when\b.*\b(?:ok|okay|legal|lawful|legitimate|acceptable|permissible|permitted|allowed|justified|justifiable)\s*(?:[?.!]|$|(?:to|for|under|if|in)\b)/i;
const asksCondition = (query: string): boolean =>
	CONDITION_FRAME.test(query) || CONDITION_ADVERB.test(query) || CONDITION_LATER.test(query);

/**
 * The noun of "which city", "what year" (and the "long" of "how long"): what the answer is, not a word the paragraph
 * that answers must have.
 */
const ASKED_NOUN =
	/\b(which|what)\s+(?:city|cities|country|countries|venue|place|town|year|month|date|day)\b|\b(how)\s+long\b(?![-\p{L}])/giu;

/**
 * Whether a query may be a question the checks here read: each needs "wh" ("where", "which", "what", "when", "who")
 * or "how", in any case (no other character matches these letters case-insensitively). Most queries are neither, and
 * a loop over their characters spares the regular expressions (each costs microseconds right after other work).
 */
export function mayAsk(query: string): boolean {
	for (let i = 0; i + 1 < query.length; i += 1) {
		const code = query.charCodeAt(i) | 0x20;
		const next = query.charCodeAt(i + 1) | 0x20;
		if (code === 0x77 && next === 0x68) return true;
		if (code === 0x68 && next === 0x6f && (query.charCodeAt(i + 2) | 0x20) === 0x77) return true;
	}
	return false;
}

/**
 * The question without the noun of the kind of fact it asks for ("in which city did they meet" → "in which did they
 * meet"), nor the "allowed" of a question for the conditions of something ("when is it legal to use force").
 */
export const withoutAskedNoun = (query: string): string =>
	mayAsk(query)
		? query
				.replace(ASKED_NOUN, (_, which: string | undefined, how: string | undefined) => which ?? how ?? '')
				.replace(CONDITION_FRAME, (frame, allowed: string) => frame.slice(0, frame.length - allowed.length))
		: query;

/** What fact a question asks for, when it asks for one of the kinds a paragraph can be checked for; else undefined. */
export function answerAsked(query: string): AnswerAsked | undefined {
	if (AMOUNT_NAMED.test(query)) return { amount: true };
	if (!mayAsk(query)) return undefined;
	const count = /\bhow\s+many\s+([\p{L}\p{N}-]+)/iu.exec(query);
	if (count?.[1]) return { counted: count[1] };
	if (/\bhow\s+much\b/i.test(query) && MONEY.test(query)) return { amount: true };
	if (AMOUNT_ASKED.test(query)) return { amount: true };
	if (FUNDING_ASKED.test(query)) return { funding: true };
	if (ATTENDANCE_ASKED.test(query)) return { attendance: true };
	if (DEFINITION_ASKED.test(query)) return { definition: true };
	if (PLACE.test(query)) return { place: true };
	if (TIME.test(query) && !asksCondition(query)) return { time: true };
	return undefined;
}

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
/**
 * A sum or a share stated as one: a figure with a currency ("$100 billion", "US$ 1.3 trillion", "EUR 50 million",
 * "300 dollars") or with a scale or a share ("100 billion", "two million", "0.7 per cent", "15%"). Not a bare
 * "billions" ("from billions to trillions" says no sum) nor a number of something else ("1.5°C", "30 members").
 */
const MONEY_FIGURE = new RegExp(
	[
		'(?:[$€£¥]|\\b(?:US\\$|USD|EUR|GBP)\\s?)\\s?\\d',
		`(?:\\d[\\d,.]*|\\b(?:${'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred'.split(' ').join('|')}))\\s*(?:-\\s*)?(?:thousand|million|billion|trillion|bn|per\\s*cent|percent|%|dollars?|euros?|pounds?)\\b`,
		'\\d\\s*%',
	].join('|'),
	'iu',
);

/** A number (in figures or a word) joined by a hyphen to the word it describes: "ten-year", "24-hour", "five-member". */
const NUMBER_COMPOUND =
	/(?<![\p{L}\p{N}])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)[-\u2010\u2011]\p{L}+/giu;

/** A number, or a word of one. */
const NUMBER =
	/^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/i;
/** How many words may stand between a number and what it counts ("7,000 African Union troops"). */
const COUNT_REACH = 3;

/**
 * A place named in a paragraph: "in New York", "at the Vienna International Centre", "in Darfur"; or the host of a
 * meeting to come, which is where it will be: "the invitation of the Government of Grenada to host", "Samoa will
 * host". Not "hosted by the OSCE": a body hosts without saying where.
 */
const NAME = '\\p{Lu}\\p{L}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}+)*';
const PLACE_NAMED = new RegExp(
	[
		`\\b(?:in|at)\\s+(?:the\\s+)?(?!${MONTH}\\b)\\p{Lu}\\p{L}+`,
		`\\bof\\s+(?:the\\s+)?${NAME}\\s+to\\s+host\\b`,
		`${NAME}\\s+(?:will|would|is\\s+to|shall)\\s+host\\b`,
	].join('|'),
	'u',
);
/** A time named in a paragraph: a month, a year, or a recurring or coming time. */
const TIME_NAMED = new RegExp(
	`\\b(?:${MONTH}|(?:1[5-9]|20)\\d{2}|next\\s+(?:year|month)|annually|every\\s+(?:year|two\\s+years)|twice\\s+a\\s+year|biennial)\\b`,
	'i',
);

/**
 * Whether a paragraph states the kind of fact asked: for a count, a number just before a word for what is counted
 * (`isCounted`: "7,000 troops", "a ten-year programme" for years); for an amount, a sum or share stated as a figure
 * (`MONEY_FIGURE`) that is not a date or an identifier; for funding, words of money (`FUNDING_NAMED`); for who took
 * part, names in a list (`NAMES_LISTED`); for a meaning, a definition (`DEFINITION_GIVEN`); for a place, a capitalised
 * name after "in" or "at"; for a time, a month or a year.
 */
export function statesAnswer(text: string, asked: AnswerAsked, isCounted: (word: string) => boolean): boolean {
	if ('funding' in asked) return FUNDING_NAMED.test(text);
	if ('attendance' in asked) return NAMES_LISTED.test(text);
	if ('definition' in asked) return DEFINITION_GIVEN.test(text);
	if ('place' in asked) return PLACE_NAMED.test(text);
	if ('time' in asked) return TIME_NAMED.test(text);
	const rest = text.replace(NOT_QUANTITIES, ' · ');
	if ('amount' in asked) {
		// "A ten-year programme", "a 24-hour hotline": a number joined to a word describes a thing; it is no amount.
		const amounts = rest.replace(NUMBER_COMPOUND, ' · ');
		return MONEY_FIGURE.test(amounts);
	}
	const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N},.]*|·/gu) ?? [];
	return words.some(
		(word, i) => isCounted(word) && words.slice(Math.max(0, i - COUNT_REACH), i).some((w) => NUMBER.test(w)),
	);
}

/**
 * A word that names one thing among its kind: a number ("resolution 1624", "1.5", "decision 1/CP.21") or an ordinal
 * ("the fourth meeting"). When the text lacks it, paragraphs with the rest of the question are about another
 * resolution or meeting.
 */
export const isIdentifier = (word: string): boolean =>
	ordinalNumber(word) !== undefined || /^\p{N}+$/u.test(word) || isIdentifierWord(word);

/** Words after "who" that are not what someone did: auxiliaries, modals, and words that start a phrase. */
const NOT_ACTIONS = new Set(
	(
		'is are was were be been being am s does did do has have had will would shall should can could may might must ' +
		'else exactly really actually in on at of for from to with by about then'
	).split(' '),
);

/**
 * What a "who" question asks someone did, when it names it right after "who" ("who chaired the eighth meeting",
 * "who heads the Directorate"): a paragraph that answers it says so, in that word or the same sense. Conclusions
 * rarely name chairs and heads; a paragraph that only has the rest of the question is about something else.
 */
export function askedAction(query: string): string | undefined {
	if (!mayAsk(query)) return undefined;
	const asked =
		/^\s*(?:and\s+|so\s+|but\s+)?who\s+([\p{L}-]+)(?:\s+(?:(?:a|an|the|their|its|any)\s+)?([\p{L}-]+))?/iu.exec(query);
	const word = asked?.[1]?.toLowerCase();
	if (word === undefined || NOT_ACTIONS.has(word)) return undefined;
	// "Who gave support", "who made the proposal": the deed is the noun ("support"); a paragraph says "provided support".
	const noun = asked?.[2]?.toLowerCase();
	return LIGHT_VERBS.has(word) && noun !== undefined && !NOT_ACTIONS.has(noun) ? noun : word;
}

/** Verbs that say little by themselves before the noun that names the deed ("gave support", "made a proposal"). */
const LIGHT_VERBS = new Set(
	'give gives gave given giving make makes made making offer offers offered offering lend lends lent lending'.split(
		' ',
	),
);

/** The kinds of fact a question may ask for that a paragraph can be checked for. */
export type AnswerKind = 'count' | 'amount' | 'funding' | 'attendance' | 'definition' | 'place' | 'time';

const kindOf = (asked: AnswerAsked): AnswerKind =>
	'counted' in asked
		? 'count'
		: 'amount' in asked
			? 'amount'
			: 'funding' in asked
				? 'funding'
				: 'attendance' in asked
					? 'attendance'
					: 'definition' in asked
						? 'definition'
						: 'place' in asked
							? 'place'
							: 'time';

/**
 * For a question that asks for a fact of a kind a paragraph can be checked for: the kind, and whether a paragraph's
 * text states one (`term` compares a counted word with the text's words as the index does; `sameThing` gives the
 * index terms that mean what is counted, one word each); undefined for any other query.
 */
export function answerCheck(
	query: string,
	term: (word: string) => string | null,
	sameThing: (counted: string) => ReadonlySet<string> = () => new Set(),
): { kind: AnswerKind; states: (text: string) => boolean } | undefined {
	const asked = answerAsked(query);
	if (asked === undefined) return undefined;
	const counted = 'counted' in asked ? term(asked.counted) : null;
	// "How many kids": the text counts children. What the reader counts may be written in the text's words.
	const alike = 'counted' in asked ? sameThing(asked.counted) : new Set<string>();
	const isCounted = (word: string) => {
		if (counted === null) return false;
		const t = term(word);
		return t === counted || (t !== null && alike.has(t));
	};
	return { kind: kindOf(asked), states: (text) => statesAnswer(text, asked, isCounted) };
}
