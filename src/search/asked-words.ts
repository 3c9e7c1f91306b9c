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
 * The words of a query to search for, as the question asks them: "next steps after the summit" asks what the meeting
 * set for later (see `outsideMeeting`), "just as dangerous as" what the text sets level (see `withLevelComparison`).
 */
export function wordsAsked(
	words: readonly string[],
	query: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: Pick<KnownWords, 'hasTerm'>,
): string[] {
	return withLevelComparison(outsideMeeting(words, analyzer, known), query, analyzer, known);
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
		return (folded === LEVEL_WORD || folded === LATER) && !typed.has(folded);
	};
}
