import type { Analyzer } from './analyzer.ts';
import type { QueryUnit } from './query-unit.ts';
import { foldCase } from '../corpus/text.ts';

/**
 * Words that frame a question rather than name its subject ("what did they say about small arms", "how should
 * they deal with poverty", "did they really discuss…", "is force only ok with…"): question words, pronouns, verbs of
 * saying and discussing, and the adverbs and interjections of speech. They are dropped from a query that has other words, so that a question asks the same as
 * its subject; a query made only of them is searched as typed. The words of a hunt for a quote ("the sentence about…",
 * "quote the bit on…", "the line about…") frame it too.
 */
const FILLER_WORDS = new Set(
	(
		'what which who whom whose when where why how whether ' +
		'do does did done doing say says said saying tell told mention mentioned mentions ' +
		'about regarding concerning re anything something everything ' +
		'i me my we us our you your he she him her they them ' +
		'can could would should shall may might must ' +
		'agree agreed conclude concluded conclusion conclusions decide decided decides paragraph paragraphs text document ' +
		'please find show any there here also many much ' +
		'quote quotes quoting sentence sentences line lines bit passage passages wording ' +
		// The form a reader wants the answer in ("list of the big dangers", "overview of dangers facing the planet").
		'list overview summary rundown recap ' +
		'only ok okay really actually exactly just ever even ' +
		'discuss discussed discusses discussing talk talked talking ' +
		// What they thought of it ("did they think these threats are new"): the view asked is the text's own words.
		// ("thought" is also a noun: "freedom of thought").
		'think thinks believe believes believed reckon reckons ' +
		// Who raised a subject ("did anyone bring up multilingualism", "was poverty raised"): the subject is asked.
		'anyone anybody someone somebody raised ' +
		// A request's chat: its shorthands ("wat did they say abt poverty") and the words around what is asked for
		// ("looking for disarmament stuff", "do they want more meetings"); "info" is not among them: "info sharing" is
		// the text's exchange of information.
		'wat wut wht whats abt bout pls plz u ur ya hey hi hello thanks thx lol gimme lemme wanna ' +
		'stuff thing things looking search searching want wants wanted wanting ' +
		// Two things set against each other ("HR vs security"): the paragraphs have both, never the "vs".
		'vs versus'
	).split(' '),
);

export const isFillerWord = (word: string): boolean => FILLER_WORDS.has(foldCase(word));

/**
 * Words that place a thing in time from where the reader stands ("the next meeting", "the last summit"): a text
 * written before says "their 10th Meeting … in 2027" or "the sixth meeting", seldom "next". A closed class, like the
 * filler words; unlike them, a text that has the word still matches it (see `planQuery`).
 */
const READER_RELATIVE_TIME = new Set(
	'next upcoming forthcoming coming following subsequent previous last latest prior'.split(' '),
);

export const isReaderRelativeTime = (word: string): boolean => READER_RELATIVE_TIME.has(foldCase(word));

/** The words that place a thing in time from where the reader stands (see `isReaderRelativeTime`). */
export const readerRelativeTimeWords = (): readonly string[] => [...READER_RELATIVE_TIME];

/** The words that ask a question: what is asked, not what it is about. */
const QUESTION_WORDS = new Set('what which who whom whose when where why how whether'.split(' '));

/** Words that add nothing to a question word but its grammar ("where were they", "how many"): pronouns, "many", "much". */
const QUESTION_GRAMMAR = new Set('many much i me my we us our you your he she him her they them it its'.split(' '));

export const isQuestionWord = (word: string): boolean => QUESTION_WORDS.has(foldCase(word));

/**
 * Verbs that name what a meeting came to: "what did they agree on" asks for what was agreed, which a text that says
 * "they agreed" states. Unlike verbs of saying ("what did they say"), whose hits answer nothing, they are searched
 * when the question has nothing else and the text has them (see `planQuery`).
 */
const OUTCOME_VERBS = new Set('agree agreed agrees decide decided decides conclude concluded concludes'.split(' '));

export const isOutcomeVerb = (word: string): boolean => OUTCOME_VERBS.has(foldCase(word));

/** The outcome verbs as a text writes what a meeting came to, one of each: the words to look for it by. */
export const OUTCOMES = ['agreed', 'decided', 'concluded'];

/** Verbs that ask to be told, shown or found something: a request's frame, as a question word is a question's. */
const REQUEST_VERBS = new Set(
	'say says said tell told mention mentioned show find discuss discussed talk talked agree agreed conclude concluded decide decided'.split(
		' ',
	),
);

/**
 * Whether a query is a question and nothing else: a question word and its grammar ("where", "how many", "where were
 * they"), or a request's verb among two words or more and the other words that frame a question ("what did they
 * say", "tell me about"; see `FILLER_WORDS`), and no other searchable word (`searchable`: not a stop word). It names
 * nothing to look for; its words, searched, meet paragraphs that use them (or words related to them: "concerning",
 * "stating" for "say") and answer nothing. One word alone ("agreement", "mention") is searched as typed, and so is
 * a question with another verb ("who does what").
 */
export function onlyAsks(words: readonly string[], searchable: (word: string) => boolean): boolean {
	const framed = (frames: (word: string) => boolean) => words.every((w) => !searchable(w) || frames(foldCase(w)));
	if (words.some(isQuestionWord) && framed((w) => isQuestionWord(w) || QUESTION_GRAMMAR.has(w))) return true;
	const requests = words.length >= 2 && words.some((w) => REQUEST_VERBS.has(foldCase(w)));
	return requests && framed((w) => isFillerWord(w) || QUESTION_GRAMMAR.has(w));
}

/**
 * The document's own moment, as a reader frames a question with it ("what follow-up was agreed at the end of the
 * meeting?", "in the end"): the text is that moment, so it names nothing to look for ("end" found "time" in "at a
 * time when"). Only the meeting's own end: "the end of the Cold War" names something.
 */
const OWN_MOMENT =
	/\b(?:at|in|by)\s+the\s+(?:end|close|conclusion)(?:\s+of\s+(?:the|this|that)\s+(?:meeting|summit|conference|session|talks|gathering))?(?!\s+of\b)/giu;

/** The query without the document's own moment (see `OWN_MOMENT`). */
export const withoutOwnMoment = (query: string): string => query.replace(OWN_MOMENT, ' ');

/**
 * A question's intensifier ("did they mention tourism at all?", "anything whatsoever on tourism"): it stresses the
 * question and names nothing, yet "all" found the text's "as well as" and "both" (its same-sense words) and made a
 * question about what the text lacks a match. Not "at all levels", where it says which. So does a word that asks for
 * the gist, ending the question or opening it ("what did they say about terrorism overall?", "in general", "Overall,
 * …"): the text lacks it, and the question was a dead end.
 */
const INTENSIFIER =
	/\bat\s+all\b(?!\s*[\p{L}\p{N}])|\bwhatsoever\b|\b(?:overall|in\s+general|generally|in\s+short|in\s+a\s+nutshell|in\s+summary|basically)\s*(?=[?.!]*\s*$)|^\s*(?:overall|in\s+general|basically|in\s+short)\s*,/giu;

/** The query without a question's intensifier (see `INTENSIFIER`), unless nothing else is left. */
export function withoutIntensifier(query: string): string {
	const rest = query.replace(INTENSIFIER, ' ');
	return /[\p{L}\p{N}]/u.test(rest) ? rest : query;
}

/**
 * "Who needs protection?": who is to get it, which a paragraph on the protection of civilians answers without the
 * verb (see `askedAction`). Not "who needs to act", where the deed follows.
 */
const WHO_NEEDS = /\b(who)\s+(?:needs|need|needed|requires|required|deserves|deserved|wants|wanted)\s+(?!to\b)/iu;

/** The query without the verb of needing after "who" (see `WHO_NEEDS`). */
export const withoutNeeding = (query: string): string => query.replace(WHO_NEEDS, '$1 ');

/**
 * "When is the next meeting": a time the text cannot have put as the reader does is answered by the date it gives,
 * so a word of it the text lacks is no part to find (as a question word is none), when other parts remain. Its
 * same-sense words count only when they place things so too ("upcoming": the text's forthcoming), not when they name
 * time itself ("next": time, in "at a time when"). Changes the units' lists; returns the units that remain.
 */
export function withoutReaderTime(units: QueryUnit[], analyzer: Pick<Analyzer, 'term'>): QueryUnit[] {
	const relative = new Set(readerRelativeTimeWords().flatMap((w) => analyzer.term(w) ?? []));
	for (const unit of units) {
		if (!isReaderRelativeTime(unit.typed) || unit.answerable) continue;
		unit.related = unit.related.filter((g) => g.every((t) => relative.has(t)));
		unit.looser = [];
	}
	const placed = units.filter((u) => !(isReaderRelativeTime(u.typed) && !u.answerable && u.related.length === 0));
	return placed.length > 0 ? placed : units;
}

/**
 * A question for the things a meeting discussed ("what threats were discussed", "which issues did they talk about"):
 * a text that says what its meeting "discussed" answers it in that word, so the verb is searched, not dropped as a
 * question's frame ("did they discuss terrorism" asks about terrorism, and keeps dropping it).
 */
const ASKS_WHAT_DISCUSSED =
	/^\s*(?:so\s+|and\s+)?(?:what|which)\s+(?!did\b|do\b|does\b|was\b|were\b|is\b|are\b|have\b|has\b|had\b|will\b|would\b|they\b)[\p{L}-]+\b.*\b(?:discuss(?:ed|es|ing)?|talk(?:ed|s|ing)?\s+(?:about|over|of))\b/iu;

export const asksWhatDiscussed = (query: string): boolean => ASKS_WHAT_DISCUSSED.test(query);

/** How a text says what its meeting discussed, whichever verb the reader used ("talked about"). */
export const DISCUSSED = 'discussed';
