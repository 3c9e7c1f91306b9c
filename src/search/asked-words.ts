import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import type { KnownWords } from './word-forms.ts';
import { LATER, outsideMeeting } from './event-mentions.ts';

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
 * A reader's way of saying something matters most: "rebuilding after war comes first", "put the poor first", "top of
 * the agenda", "above all else". Its words say how much it matters, not what; "first" here is no ordinal.
 */
const FIRST_IN_ORDER =
	/\b(?:comes?|came|coming|put|puts|putting|places?|placed|placing)\b(?:\s+[\p{L}'’-]+){0,4}?\s+first\b(?!\s*[\p{L}-])/iu;
const TOP_OF = /\b(?:top|head)\s+of\s+the\s+(?:list|agenda|pile)\b|\babove\s+all(?:\s+else)?\b/iu;
/** The words of those sayings, set aside when the text's word for it is searched instead. */
const SAYING_WORDS = new Set(
	'come comes came coming put puts putting place places placed placing first top head list agenda pile above all else'.split(
		' ',
	),
);
/** The word a text says what matters most with ("Peace-building activities should be accorded the highest priority"). */
const PRIORITY_WORD = 'priority';

/**
 * The words to search for with the text's word for what matters most in place of the reader's saying of it, when the
 * query says it (see `FIRST_IN_ORDER`) and the text writes the word.
 */
function withPriority(
	words: string[],
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): string[] {
	const saying = FIRST_IN_ORDER.exec(query) ?? TOP_OF.exec(query);
	if (!saying || !known.hasTerm(analyzer.term(PRIORITY_WORD) ?? '')) return words;
	const said = new Set(foldCase(saying[0]).split(/[^\p{L}]+/u));
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
