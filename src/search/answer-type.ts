import { withoutIntensifier, withoutNeeding, withoutOwnMoment } from './query-words.ts';
import { isIdentifierWord } from './analyzer.ts';
import { ordinalNumber } from '../corpus/number-words.ts';
import { SESSION_BY_NUMBER, statesAnswer } from './answer-stated.ts';
import { countedWords } from './counted-words.ts';
import { withoutOccurring } from './occurring-verbs.ts';
import { asksCondition, withoutConditionFrame } from './asked-condition.ts';

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
 * "which city"), a time ("when", "what year") or how often ("how often should they meet").
 */
export type AnswerAsked =
	| { counted: string }
	| { amount: true; sum?: true }
	| { funding: true }
	| { attendance: true }
	| { definition: true }
	| { place: true }
	| { time: true; sessionNamed?: true }
	| { frequency: true }
	| { figure: true };

/**
 * A question for what something costs, said without "how much": "what is the budget of…", "what was the cost of…",
 * or a query that opens with the amount it wants ("budget of the programme", "the cost of the mission").
 */
const AMOUNT_ASKED =
	/\bwhat(?:\s+is|\s+was|\s+are|\s+were|'s|’s|\s+will\s+be|\s+would\s+be)\s+the\s+(?:total\s+|overall\s+|annual\s+)?(?:budget|cost|price)s?\b/i;
/** What a question for an amount asks when it asks what something costs: a sum, never a share ("99 %" costs nothing). */
const COST_ASKED = /\b(?:cost|costs|costed|costing|price|prices|priced|spend|spent|spending|pay|paid|paying)\b/i;
const amountAsked = (query: string): AnswerAsked =>
	COST_ASKED.test(query) ? { amount: true, sum: true } : { amount: true };
/** A query that names the amount it wants first: anchored, so it fails at once on most queries. */
const AMOUNT_NAMED = /^\s*(?:the\s+)?(?:total\s+|overall\s+|annual\s+)?(?:budget|cost|price)s?\s+(?:of|for)\b/i;

/**
 * A question for how something is paid for, or by whom: "how will peacekeeping operations be funded", "how should
 * they be financed", "who pays for regional troops", "who foots the bill".
 */
const FUNDING_ASKED =
	/\bhow\s+(?:will|would|should|shall|is|are|was|were|can|could|do|does|did)\b.*\b(?:funded|financed|paid\s+for)\b|\bhow\b.*\bget(?:s|ting)?\s+(?:funded|financed|paid\s+for)\b|\bwho\s+(?:pays|paid|will\s+pay|funds|funded|will\s+fund|finances|financed|foots)\b/i;

/**
 * A query whose topic is how something is paid for, said without a question: one that opens with the money it asks
 * about ("funding for peacekeeping", "funding and budget for UN-regional cooperation", "financing of the mission"),
 * ends with it ("peacekeeping financing") or asks about it ("what was decided about funding for regional bodies").
 * Paragraphs speaking of anything else ("provide assistance") answer nothing.
 */
const FUNDING_TOPIC =
	/^\s*(?:the\s+)?(?:funding|financing|finances|money|funds)(?:\s+(?:and|or|&)\s+(?:budgets?|funding|financing|costs?|resources))?\s+(?:of|for)\b|\b(?:funding|financing)\s*[?.!]*\s*$|\b(?:about|on|regarding|concerning)\s+(?:the\s+)?(?:funding|financing)\b|\b(?:there|what|any)\s+(?:any\s+)?(?:budgets?|funding|funds|money|financing)\b/i;

/**
 * A question for who took part in something: "which regional organizations attended the meeting", "who took part",
 * "which countries were represented". (How many took part is a count.)
 */
const ATTENDANCE_ASKED =
	/\b(?:who|which|what)\b.*\b(?:attended|attend|attends|attending|participated|participate|participates|took\s+part|take\s+part|taking\s+part|(?:were|was)\s+(?:present|there|represented))\b/i;
/**
 * Who took part, asked for as a list or as names, without a question word: "list of regional organizations that
 * attended", "names of the participants".
 */
const ATTENDANCE_NAMED =
	/\b(?:list|names?)\s+of\b.*\b(?:attended|attending|participated|participating|participants|took\s+part|present|represented)\b/i;

/**
 * A question for what something means: "what definition of terrorism did they agree on", "how did they define
 * terrorism", "what is the definition of …", "how is … defined".
 */
const DEFINITION_ASKED = /\b(?:what|which|how)\b.*\b(?:definitions?|define|defined|defines|defining)\b/i;
/**
 * A definition named as what is asked about, with or without a question: "did they agree on a definition of
 * terrorism", "common definition of terrorism". A paragraph that only uses the word defined answers nothing.
 */
const DEFINITION_TOPIC = /\bdefinitions?\s+(?:of|for)\b/i;
/** A question that opens with "where", or asks which city, country or venue. */
const PLACE = /^\s*(?:and\s+|so\s+)?where\b|\b(?:which|what)\s+(?:city|cities|country|countries|venue|place|town)\b/i;
/**
 * The fact a query names as what it wants, without a question word: "date of the meeting", "meeting dates", "venue
 * of the summit", "dates and venue of the gathering", "deadline for the consultations", "job creation figures". The
 * noun is what the answer is (a date, a place, figures), not a word the paragraph that states it has.
 */
const DATE_NAMED =
	/(?<!\bto\s|\bof\s|-)\b(?:dates?|timing|deadlines?|timetables?|timelines?|time\s*frames?|schedules?)\b(?!-|\s+(?:back|from)\b)/i;
const VENUE_NAMED = /\b(?:venues?|location|whereabouts)\b/i;
/**
 * Figures asked for: "figures on the arms trade", "what statistics were given", "which numbers". Not the verb ("where
 * does poverty figure", "figures prominently", "figures among the threats"): a standing, which no figure states.
 */
const FIGURES_NAMED =
	/\b(?:figures|statistics|stats)\b(?!\s+(?:prominently|highly|largely|large|high|in|among|as)\b)|\b(?:what|which|any)\s+numbers\b|\bnumbers?\s+of\s+(?!the\b|this\b|that\b)|\b(?:percentages?|per\s*cent)\s+of\b/i;
const FACT_NOUN = new RegExp(`${DATE_NAMED.source}|${VENUE_NAMED.source}|${FIGURES_NAMED.source}`, 'gi');
/** Who raised a subject, in the verb of raising it ("did anyone bring up multilingualism"): the subject is asked. */
const BROUGHT_UP = /\b(?:bring|brings|brought|bringing)\s+up\b/gi;
/** Words that leave a query without what it asks about, once the fact it names is set aside ("the date of"). */
const ONLY_LINKS = /^(?:\s|\b(?:the|of|and|for|a|an|or)\b|[&,?.!])*$/i;

/**
 * A "where" that asks how something stands, not in what place: "where does peacebuilding rank in their priorities",
 * "where do they stand on the use of force", "where is poverty on the agenda". The text's answer is a standing
 * ("accorded the highest priority"), which no place states; its verb ("rank") is the question's frame, not a word the
 * answer has.
 */
const STANDING =
	/^(\s*(?:and\s+|so\s+)?where\s+(?:do|does|did|is|are|was|were)\b.*?)\b(?:rank|ranks|ranked|stand|stands|stood|fit|fits|figure|figures|sit|sits|fall|falls|come|comes|on\s+(?:the|their)\s+(?:list|agenda))\b/i;
/**
 * A question that opens with "when" or "by when", asks which year, month or date, how long or how soon (its dates say
 * it).
 */
const TIME =
	/^\s*(?:and\s+|so\s+)?(?:by\s+)?when\b|\b(?:which|what)\s+(?:year|month|date|day)\b|\bhow\s+(?:long|soon)\b/i;

/**
 * The noun of "which city", "what year" (and the "long" of "how long", the "soon" of "how soon", the "often" of "how
 * often"): what the answer is, not a word the paragraph that answers must have.
 */
const ASKED_NOUN =
	/\b(which|what)\s+(?:city|cities|country|countries|venue|place|town|year|month|date|day)\b|\b(how)\s+(?:long|soon|often|frequently)\b(?![-\p{L}])/giu;
/** A question for how often something is done: "how often should they meet", "how frequently will it report". */
const HOW_OFTEN = /\bhow\s+(?:often|frequently)\b/i;

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
 * meet"), nor the "allowed" of a question for the conditions of something ("when is it legal to use force"), nor the
 * verb a "when" or "where" asks of its event (see `withoutOccurring`), nor the document's own moment (see
 * `withoutOwnMoment`), nor a question's intensifier (see `withoutIntensifier`), nor "who needs"'s verb (see
 * `withoutNeeding`).
 */
export const withoutAskedNoun = (typed: string): string => {
	// Nor the document's own moment ("at the end of the meeting"), in any query.
	// And the fact a query names as what it wants ("date of the meeting"), and who brought it up, in any query.
	const moment = withoutNeeding(withoutIntensifier(withoutOwnMoment(typed)));
	const withoutFact = moment.replace(FACT_NOUN, '').replace(BROUGHT_UP, '');
	const query = ONLY_LINKS.test(withoutFact) ? moment : withoutFact;
	if (!mayAsk(query)) return query;
	const asked = query.replace(
		ASKED_NOUN,
		(_, which: string | undefined, how: string | undefined) => which ?? how ?? '',
	);
	const framed = withoutConditionFrame(asked).replace(STANDING, (_, standing: string) => standing);
	return asksWhere(query) || asksWhen(query) ? withoutOccurring(framed) : framed;
};

/** Whether a question asks where (not how something stands), or when (not under what conditions). */
const asksWhere = (query: string): boolean => PLACE.test(query) && !STANDING.test(query);
const asksWhen = (query: string): boolean => TIME.test(query) && !asksCondition(query);

/** What fact a question asks for, when it asks for one of the kinds a paragraph can be checked for; else undefined. */
export function answerAsked(query: string): AnswerAsked | undefined {
	if (AMOUNT_NAMED.test(query)) return amountAsked(query);
	if (FUNDING_TOPIC.test(query)) return { funding: true };
	if (DEFINITION_TOPIC.test(query)) return { definition: true };
	if (DATE_NAMED.test(query)) return { time: true };
	if (VENUE_NAMED.test(query)) return { place: true };
	if (FIGURES_NAMED.test(query) && !STANDING.test(query)) return { figure: true };
	if (ATTENDANCE_NAMED.test(query)) return { attendance: true };
	if (!mayAsk(query)) return undefined;
	const count = /\bhow\s+many\s+([\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2})/iu.exec(query);
	if (count?.[1]) return { counted: countedWords(count[1]) };
	if (/\bhow\s+much\b/i.test(query) && MONEY.test(query)) return amountAsked(query);
	if (AMOUNT_ASKED.test(query)) return amountAsked(query);
	if (FUNDING_ASKED.test(query)) return { funding: true };
	if (ATTENDANCE_ASKED.test(query)) return { attendance: true };
	if (DEFINITION_ASKED.test(query)) return { definition: true };
	if (asksWhere(query)) return { place: true };
	if (HOW_OFTEN.test(query)) return { frequency: true };
	// "When is the thirteenth session": a session by its number is then what is asked about, not a time that answers.
	if (asksWhen(query)) return SESSION_BY_NUMBER.test(query) ? { time: true, sessionNamed: true } : { time: true };
	return undefined;
}

/**
 * A word that names one thing among its kind: a number ("resolution 1624", "1.5", "decision 1/CP.21") or an ordinal
 * ("the fourth meeting"). When the text lacks it, paragraphs with the rest of the question are about another
 * resolution or meeting.
 */
export const isIdentifier = (word: string): boolean =>
	ordinalNumber(word) !== undefined || /^\p{N}+$/u.test(word) || isIdentifierWord(word);

/** The kinds of fact a question may ask for that a paragraph can be checked for. */
export type AnswerKind =
	'count' | 'amount' | 'funding' | 'attendance' | 'definition' | 'place' | 'time' | 'frequency' | 'figure';

/** The kinds a question asks by the key its `AnswerAsked` holds (a count's key is the word counted). */
const ASKED_KINDS = ['amount', 'funding', 'attendance', 'definition', 'place', 'time', 'frequency', 'figure'] as const;

const kindOf = (asked: AnswerAsked): AnswerKind =>
	'counted' in asked ? 'count' : (ASKED_KINDS.find((kind) => kind in asked) ?? 'time');

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
	// Any word of what is counted: the text may count the head alone ("140 stations" for "gauging stations").
	const countedWords = 'counted' in asked ? asked.counted.split(' ') : [];
	const counted = new Set(countedWords.flatMap((word) => term(word) ?? []));
	// "How many kids": the text counts children. What the reader counts may be written in the text's words.
	const alike = new Set(countedWords.flatMap((word) => [...sameThing(word)]));
	const isCounted = (word: string) => {
		// A word before a comma or a stop is still the word ("representatives of twelve Governments, river basin …").
		const t = term(word.replace(/[,.]+$/, ''));
		return t !== null && (counted.has(t) || alike.has(t));
	};
	return { kind: kindOf(asked), states: (text) => statesAnswer(text, asked, isCounted) };
}
