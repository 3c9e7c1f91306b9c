import { foldCase } from '../corpus/text.ts';
import { isFunctionWord } from './function-words.ts';
import type { Analyzer } from './analyzer.ts';
import type { KnownWords } from './word-forms.ts';
import type { QueryPlan } from './query-plan.ts';
import type { SearchHit } from './search-hit.ts';
import { LATER, outsideMeeting } from './event-mentions.ts';
import { isQuestionWord } from './query-words.ts';

/**
 * A comparison that sets two things level ("being poor is just as dangerous as terrorism", "matters as much as",
 * "no less urgent", "on a par with"): not "as well as", "as soon as", "as far as", "as long as", "as many as".
 */
const LEVEL =
	/\b(?:just\s+as|every\s+bit\s+as|no\s+less|on\s+(?:a\s+)?par\s+with|as\s+(?!(?:well|soon|far|long|many|part|such|per)\b)[\p{L}-]+\s+as)\b/iu;
/** The word a text sets two things level with ("poverty and deprivation … equally important threats"). */
const LEVEL_WORD = 'equally';

/**
 * The words to search for, with the text's word for setting two things level when the query sets them so and the
 * text writes it: the comparison is what is asked ("being poor is just as dangerous as terrorism" asks for ¶7's
 * "equally important threats", not ¶1's list that names poverty and terrorism side by side).
 */
function withLevelComparison(
	words: string[],
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): string[] {
	if (!LEVEL.test(query) || words.some((word) => foldCase(word) === LEVEL_WORD)) return words;
	return known.hasTerm(analyzer.term(LEVEL_WORD) ?? '') ? [...words, LEVEL_WORD] : words;
}

/**
 * A reader's way of saying something matters most: "rebuilding after war comes first", "put the poor 1st", "top of
 * the agenda", "at the top of their to-do list", "high on the agenda", "above all else", "first and foremost",
 * "priority number one", "the first priority", and a slogan ending in it ("prevention first"). Its words say how much
 * it matters, not what; "first" here is no ordinal.
 */
const FIRST = '(?:first|1st)';
const SAYINGS = [
	new RegExp(
		`\\b(?:comes?|came|coming|put|puts|putting|places?|placed|placing)\\b(?:\\s+[\\p{L}'’-]+){0,4}?\\s+${FIRST}\\b(?!\\s*[\\p{L}\\p{N}-])`,
		'iu',
	),
	/\b(?:top|head)\s+of\s+(?:the|their|its|our)\s+(?:to-?do\s+)?(?:list|agenda|pile)\b|\bhigh\s+on\s+(?:the|their|its|our)\s+(?:to-?do\s+)?(?:list|agenda)\b|\babove\s+all(?:\s+else)?\b|\bfirst\s+and\s+foremost\b|\bnumber\s+one\b/iu,
	new RegExp(`\\b${FIRST}\\s+(?=priorit)`, 'iu'),
];
/** A slogan: a word, then "first" ending the query ("prevention first", "people first!"). */
const SLOGAN = new RegExp(`([\\p{L}'’-]+)\\s+${FIRST}[.!]*\\s*$`, 'iu');
/** Auxiliaries that open a question without a question word ("did they meet first"). */
const ASKING = new Set(['did', 'does', 'do']);
/**
 * Whether a query is a question (a question mark, a question word, or an auxiliary that asks), in which an ordinal at
 * its end asks about an order ("who spoke first").
 */
export const isQuestion = (query: string): boolean =>
	query.includes('?') ||
	foldCase(query)
		.split(/[^\p{L}]+/u)
		.some((word) => isQuestionWord(word) || ASKING.has(word));
/** The words of those sayings, set aside when the text's word for it is searched instead. */
const SAYING_WORDS = new Set(
	'come comes came coming put puts putting place places placed placing first 1st top head high to-do todo list agenda pile above all else foremost number one'.split(
		' ',
	),
);
/** The word a text says what matters most with ("Peace-building activities should be accorded the highest priority"). */
const PRIORITY_WORD = 'priority';

/** The saying in a query that something matters most (see `SAYINGS`), if any. */
function sayingOf(query: string): string | undefined {
	for (const saying of SAYINGS) {
		const found = saying.exec(query);
		if (found) return found[0];
	}
	// Not in a question ("what did they discuss first", "who spoke first"), nor after a function word ("as they did
	// first"): there "first" asks about an order.
	const slogan = isQuestion(query) ? null : SLOGAN.exec(query);
	return slogan && !isFunctionWord(slogan[1] ?? '') ? slogan[0] : undefined;
}

/**
 * The words to search for with the text's word for what matters most in place of the reader's saying of it, when the
 * query says it (see `sayingOf`) and the text writes the word.
 */
function withPriority(
	words: string[],
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): string[] {
	const saying = sayingOf(query);
	if (saying === undefined || !known.hasTerm(analyzer.term(PRIORITY_WORD) ?? '')) return words;
	// Its words as typed and as their parts ("to-do": to, do).
	const folded = foldCase(saying);
	const said = new Set([...folded.split(/[^\p{L}\p{N}-]+|-/u), ...folded.split(/\s+/u)]);
	const rest = words.filter((word) => !(said.has(foldCase(word)) && SAYING_WORDS.has(foldCase(word))));
	return rest.some((word) => foldCase(word) === PRIORITY_WORD) ? rest : [...rest, PRIORITY_WORD];
}

/**
 * The words of a query to search for, as the question asks them: "next steps after the summit" asks what the meeting
 * set for later (see `outsideMeeting`), "just as dangerous as" what the text sets level (see `withLevelComparison`),
 * "comes first" what it gives priority (see `withPriority`).
 */
export function wordsAsked(
	words: readonly string[],
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): string[] {
	const asked = withLevelComparison(outsideMeeting(words, analyzer, known), query, analyzer, known);
	return withPriority(asked, query, analyzer, known);
}

/**
 * Which of a query's units are words the question's form added (see `wordsAsked`), not ones the reader typed: they
 * order the matches, and are no part of the query found ("children are as important as adults" is not answered by
 * ¶7's "equally important" without adults). The query's words are read once, for every unit asked about.
 */
export function addedByForm(query: string): (typed: string) => boolean {
	const typed = new Set(foldCase(query).split(/[^\p{L}]+/u));
	return (word) => {
		const folded = foldCase(word);
		return (folded === LEVEL_WORD || folded === LATER || folded === PRIORITY_WORD) && !typed.has(folded);
	};
}

/** The plan with the words the question's form added marked (see `addedByForm`), for the rules that weigh them. */
export function withAddedMarked(plan: QueryPlan, query: string): QueryPlan {
	const added = addedByForm(query);
	if (!plan.units.some((u) => added(u.typed))) return plan;
	return { ...plan, units: plan.units.map((u) => (added(u.typed) ? { ...u, added: true } : u)) };
}

/**
 * Whether a match has nothing of the query but the words its form added (see `withAddedMarked`): "terrorism first"
 * is not answered by ¶7's "highest priority" alone, which says nothing of terrorism. The added words' terms are read
 * once per search, not once per hit.
 */
export function restsOnAdded(marked: QueryPlan): (hit: SearchHit) => boolean {
	const terms = new Set(marked.units.flatMap((u) => (u.added === true ? u.literal.flat() : [])));
	if (terms.size === 0) return () => false;
	return (hit) => hit.matchedTerms.size > 0 && [...hit.matchedTerms].every((t) => terms.has(t));
}
