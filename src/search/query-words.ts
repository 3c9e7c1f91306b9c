import { foldCase } from '../corpus/text.ts';

/**
 * Words that frame a question rather than name its subject ("what did they say about small arms", "how should
 * they deal with poverty", "did they really discuss…", "is force only ok with…"): question words, pronouns, verbs of
 * saying and discussing, and the adverbs and interjections of speech. They are dropped from a query that has other words, so that a question asks the same as
 * its subject; a query made only of them is searched as typed.
 */
const FILLER_WORDS = new Set(
	(
		'what which who whom whose when where why how whether ' +
		'do does did done doing say says said saying tell told mention mentioned mentions ' +
		'about regarding concerning re anything something everything ' +
		'i me my we us our you your he she him her they them ' +
		'can could would should shall may might must ' +
		'agree agreed agreement conclude concluded conclusion conclusions paragraph paragraphs text document ' +
		'please find show any there here also many much ' +
		'only ok okay really actually exactly just ever even ' +
		'discuss discussed discusses discussing talk talked talking'
	).split(' '),
);

export const isFillerWord = (word: string): boolean => FILLER_WORDS.has(foldCase(word));

/** The words that ask a question: what is asked, not what it is about. */
const QUESTION_WORDS = new Set('what which who whom whose when where why how whether'.split(' '));

/**
 * Filler words that add nothing to a question word but its grammar ("where were they", "how many"): pronouns, and
 * "many" and "much" after "how". Verbs such as "does" or "say" are not among them: "who does what" and "what did they
 * say" are searched as typed.
 */
const QUESTION_GRAMMAR = new Set('many much i me my we us our you your he she him her they them it its'.split(' '));

const isQuestionWord = (word: string): boolean => QUESTION_WORDS.has(foldCase(word));

/**
 * Whether a query is a question and nothing else ("where", "how many", "where were they"): a question word, and no
 * searchable word (`searchable`: not a stop word) but question words and their grammar. It names nothing to look
 * for; its question word, searched as a word, meets paragraphs that use it (or a word related to it, "when" for
 * "where") and answer nothing.
 */
export function onlyAsks(words: readonly string[], searchable: (word: string) => boolean): boolean {
	return (
		words.some(isQuestionWord) &&
		words.every((w) => !searchable(w) || isQuestionWord(w) || QUESTION_GRAMMAR.has(foldCase(w)))
	);
}
