import { ordinalNumber } from '../corpus/number-words.ts';
import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import { isFillerWord } from './query-words.ts';
import type { KnownWords } from './word-forms.ts';

/** Words for the meeting a document concludes, as a reader names it ("after the summit"). */
const EVENTS = new Set(['meeting', 'summit', 'conference', 'gathering', 'session', 'get-together']);
/** Words that point at one meeting: the one the reader has in mind. */
const POINTING = new Set(['the', 'this', 'that']);
/** Words that place what is asked after that meeting. */
const AFTER = new Set(['after', 'following', 'since']);
/** The reader's word for later that a question placed after the meeting asks with (see `laterWordsFor`). */
export const LATER = 'future';

/**
 * The words of a query that are indexed (stop words aside), and of one placed after its meeting ("what's the follow-up
 * after the meeting", "next steps after the summit"), what the meeting set for later, which a text says in its words
 * for later ("further consultations"), not the meeting it concludes: its title's "Meeting" (¶1) or its "more frequent
 * high-level meetings" (¶2) are not what is asked. The meeting's words then give way to a word for later when other
 * words name something (no function or filler word) the text has, and to nothing when they name only what it lacks;
 * a query of the meeting alone keeps them. A question placed at the meeting keeps its words: "dangers discussed at
 * the summit" asks what ¶1, on the meeting itself, says it discussed.
 */
export function outsideMeeting(
	words: readonly string[],
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): string[] {
	const indexed = (word: string) => analyzer.term(word) !== null;
	const placed = new Set<number>();
	for (let i = 2; i < words.length; i += 1) {
		const [after, pointing, event] = words.slice(i - 2, i + 1).map(foldCase);
		if (EVENTS.has(event ?? '') && POINTING.has(pointing ?? '') && AFTER.has(after ?? '')) {
			for (const at of [i - 2, i - 1, i]) placed.add(at);
		}
	}
	const rest = words.filter((_, i) => !placed.has(i));
	const names = (word: string) => indexed(word) && !isFillerWord(word) && !isFunctionWord(word);
	if (placed.size === 0 || !rest.some(names)) return words.filter(indexed);
	// What was set for later about something the text names ("keep working"): about what it does not ("press conference
	// after the meeting"), its words for later say nothing.
	const textNames = rest.some((word) => names(word) && known.hasTerm(analyzer.term(word) ?? ''));
	return (textNames ? [...rest, LATER] : rest).filter(indexed);
}

/**
 * The meeting as the one who speaks in a question ("what did the summit agree on", "what the conference decided",
 * "what did the meeting say about terrorism"): it is who agreed, decided or said, as "they" is, not what is asked
 * about. Its word found the Meeting of SG/2084's title (¶1) and the more frequent meetings (¶2) instead of what was
 * agreed (¶10).
 */
const EVENT_NAMES = [...EVENTS].join('|');
const SPEAKING = 'agree|decide|conclude|resolve|adopt|say|discuss|recommend|propose';
/** The meeting's word, after at most two words that say which ("the UN meeting", "the high-level meeting"). */
const NAMED = String.raw`(?:[\p{L}.-]+\s+){0,2}?(?:${EVENT_NAMES})`;
const MEETING_SPEAKS = new RegExp(
	String.raw`(\b(?:did|does|do|has|have|had)\s+)(?:(?:the|this|that)\s+)?${NAMED}s?(?=\s+(?:\w+\s+)?(?:${SPEAKING})\b)|\b(?:the|this|that)\s+${NAMED}(?=\s+(?:${SPEAKING})d?\b|\s+said\b)`,
	'iu',
);

/** The query with "they" for the meeting where the meeting speaks in it (see `MEETING_SPEAKS`). */
export const meetingAsThey = (query: string): string =>
	query.replace(MEETING_SPEAKS, (whole: string, auxiliary: string | undefined) =>
		// Not a meeting the query names by number ("what did the fourth meeting decide"): that one may be another.
		whole.split(/\s+/).some((word) => ordinalNumber(word) !== undefined || /\d/.test(word))
			? whole
			: `${auxiliary ?? ''}they`,
	);

/**
 * "What happens next", "what comes next", "what's next (after the summit)": what the meeting set for later, as "what
 * follow-up" asks it (see `laterWordsFor`). Not "next" before what it places ("what next steps", "the next meeting"):
 * after it comes the query's end, a mark or a small word ("after", "for", "on").
 */
const WHAT_NEXT = /\b(?:whats|what(?:['’]s|\s+is|\s+happens|\s+comes)?)\s+next\b(?=\s*(?:[?.!,;:]|$|([\p{L}-]+)))/iu;

/**
 * "What happens after the summit", "what comes afterwards": the same question, the meeting itself (or "it") named as
 * what comes before. Not after something else ("what happens after a ceasefire"): that is what is asked about.
 */
const WHAT_AFTER = new RegExp(
	String.raw`\bwhat\s+(?:happens|comes|will\s+happen|is\s+happening)\s+(?:afterwards?|after(?:\s+(?:(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(?:${EVENT_NAMES})s?|it|that|this))?(?=\s*(?:[?.!,;:]|$)))`,
	'iu',
);

/** The query with "what follow-up" for a question of what comes next (see `WHAT_NEXT`, `WHAT_AFTER`). */
export function nextAsFollowUp(query: string): string {
	const after = WHAT_AFTER.exec(query);
	if (after) return query.slice(0, after.index) + 'what follow-up' + query.slice(after.index + after[0].length);
	const found = WHAT_NEXT.exec(query);
	if (!found || (found[1] !== undefined && !isFunctionWord(found[1]))) return query;
	return query.slice(0, found.index) + 'what follow-up' + query.slice(found.index + found[0].length);
}
