import { foldCase } from '../corpus/text.ts';
import type { Corpus, DocumentMeta } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import type { KnownWords } from './word-forms.ts';
import type { SearchHit } from './search-hit.ts';

/**
 * Words that ask about what came after a document ("when is the next meeting", "who hosts the upcoming summit", "what
 * deadline was set"): a paragraph answers only when it says something still to come. ("Following" and "coming" are
 * left out: "following the meeting", "coming together" look back or nowhere.)
 */
const AHEAD = new Set(['next', 'upcoming', 'forthcoming', 'subsequent', 'deadline', 'deadlines']);

/** The words a text writes what it sets for later with, one word each ("further consultations", "the next meeting"). */
const LATER_WORDS = ['further', 'future', 'next', 'forthcoming', 'upcoming', 'subsequent'];

/**
 * How a text writes what is still to come: a future, work or a meeting set for later ("further consultations"), or
 * what it decides or agrees to do ("Decides to review the functioning of the Mechanism at its sixteenth session").
 */
const STILL_TO_COME = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:will|would|shall|${LATER_WORDS.join('|')}|to be held|to host|to hold|to convene|(?:decides|decided|agrees|agreed)\\s+to)(?![\\p{L}\\p{N}])`,
	'iu',
);

/**
 * Words that ask what a meeting set for later ("agreed plan for future work", "what follow-up was agreed"): a text
 * says it in its own words for later ("Further Work": "further consultations"), which no lexical resource links to
 * them. The words that place a time from where the reader stands ("next", "upcoming") are not among them: "next
 * meeting" asks for a meeting the text does not hold (see `isReaderRelativeTime`).
 */
const WHAT_FOLLOWS = new Set(['future', 'follow-up', 'followup', 'onward', 'onwards', 'forward']);
/** Steps of action, which ask what was set for later right after a word for what comes next ("next steps"). */
const STEPS = new Set(['step', 'steps', 'move', 'moves', 'stage', 'stages']);
/** Words for what comes next, before a step ("next steps", "the following stage"). */
const NEXT = new Set(['next', 'following', 'subsequent', 'further']);

/**
 * The text's words for what it sets for later, as index terms, when a word the reader typed asks for that (see
 * `WHAT_FOLLOWS`; a step right after a word for what comes next or follows, `before`: "next steps", "follow-up
 * steps"; a word for what comes next that is all the query names, `alone`): same-sense words of the reader's word,
 * they match. None otherwise, and none it already has.
 */
export function laterWordsFor(
	typed: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: KnownWords,
	has: readonly (readonly string[])[] = [],
	before?: string,
	alone = false,
): string[][] {
	const word = foldCase(typed);
	const first = before === undefined ? undefined : foldCase(before);
	const nextStep = STEPS.has(word) && first !== undefined && (NEXT.has(first) || WHAT_FOLLOWS.has(first));
	// "What did they agree to do next", "what's next": a word for what comes next, all the question names, asks it.
	const nextAlone = alone && NEXT.has(word);
	if (!WHAT_FOLLOWS.has(word) && !nextStep && !nextAlone) return [];
	return LATER_WORDS.flatMap((word) => {
		const term = analyzer.term(word);
		const had = has.some((group) => group.length === 1 && group[0] === term);
		return term !== null && known.hasTerm(term) && !had ? [[term]] : [];
	});
}

/** A year as a text writes it. */
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;

/**
 * A question for when something is still to come: "when will the mechanisms be set up", "how soon will it take
 * effect".
 */
const WHEN_AHEAD = /\b(?:when|how\s+soon)\s+(?:will|shall|is\s+\S+\s+going\s+to|are\s+\S+\s+going\s+to)\b/iu;

/** Whether a query asks about what came after the document it is answered from (see `AHEAD`, `WHEN_AHEAD`). */
export function asksAhead(query: string): boolean {
	return (
		foldCase(query)
			.split(/[^\p{L}\p{N}]+/u)
			.some((word) => AHEAD.has(word)) || WHEN_AHEAD.test(query)
	);
}

/**
 * Whether a paragraph says something still to come when its document was written: in a future ("would be hosted by
 * the OSCE in 2005", "will meet"), a meeting it sets ("to host the Forty-Eighth Meeting"), or a year after its
 * document's ("in July 2025" in a communiqué of 2024). The dates of the meeting it closes do not: "held on 29 and 30
 * July 2003" is no answer to "when is the next meeting".
 */
export function saysAhead(text: string, document: Pick<DocumentMeta, 'releaseDate' | 'meetingDates'>): boolean {
	if (STILL_TO_COME.test(text)) return true;
	const dates = [document.releaseDate, ...(document.meetingDates ?? [])];
	const latest = Math.max(...dates.map((date) => Number(date.slice(0, 4))).filter(Number.isFinite));
	for (const year of text.match(YEAR) ?? []) if (Number(year) > latest) return true;
	return false;
}

/** Whether a hit's paragraph says something still to come when its document was written (see `saysAhead`). */
export function hitSaysAhead(hit: { paragraph: { document: string; text: string } }, corpus: Corpus): boolean {
	const document = corpus.documentBySlug.get(hit.paragraph.document);
	return document === undefined || saysAhead(hit.paragraph.text, document);
}

/** A question for where or when something was: "where did the council meet?", "when was the session held?". */
const ASKED_IN_PAST = /\b(?:where|when)\s+(?:did|was|were|had)\b/i;
/**
 * A sentence that places what it says later than its document: a future or a meeting set ("will be held in La Paz",
 * "to hold its eighth session in Lima"). Not "future" or "further", which describe ("future generations").
 */
const SETS_LATER =
	/(?<![\p{L}\p{N}])(?:will|would|shall|next|forthcoming|upcoming|to be held|to host|to hold|to convene)(?![\p{L}\p{N}])/iu;
/** A sentence of a paragraph, or a clause a semicolon ends. */
const SENTENCE = /[^.;!?]+[.;!?]?/g;

/**
 * For a question for where or when something was (see `ASKED_IN_PAST`), last the matches that state it (`states`) only
 * in sentences that set something for later (`SETS_LATER`): "where did the council of ministers meet?" is answered by
 * "met in Cusco", not by "the next session will be held in La Paz", which has the same words. A paragraph that also
 * states it in another sentence keeps its place. Undefined for any other question.
 */
export function pastFirst(
	query: string,
	states: (text: string) => boolean,
): ((hits: SearchHit[]) => SearchHit[]) | undefined {
	if (!ASKED_IN_PAST.test(query) || asksAhead(query)) return undefined;
	const onlyAhead = (hit: SearchHit) => {
		const stating = (hit.paragraph.text.match(SENTENCE) ?? []).filter(states);
		return stating.length > 0 && stating.every((sentence) => SETS_LATER.test(sentence));
	};
	return (hits) => [...hits.filter((hit) => !onlyAhead(hit)), ...hits.filter(onlyAhead)];
}
