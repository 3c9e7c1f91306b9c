import { foldCase } from '../corpus/text.ts';

/**
 * English function words: prepositions and particles, conjunctions, determiners, pronouns, auxiliaries and the
 * adverbs of degree and negation. The analyser drops only the commonest of them (its stop words), so that `off`,
 * `per` or `over` can still be searched; but such a word says nothing on its own, and bolded alone it shows a match
 * that is none (the `off` of _trade-off_ for `piracy off somalia`). A closed class: the list is complete by nature.
 */
const FUNCTION_WORDS = new Set(
	(
		'a about above across after against ahead along alongside amid among amongst an and another any anybody anyone ' +
		'anything are around as at away back be because been before behind being below beneath beside besides between ' +
		'beyond both but by can cannot could despite did do does doing down during each either else enough etc even ' +
		'ever every except far few for forth from had has have having he her here hers herself him himself his how i if ' +
		'in inside instead into is it its itself just least less like many may me might more most much must my myself ' +
		'near neither no nor not of off on once one onto only or other others otherwise our ours ourselves out outside ' +
		'over own past per plus rather round s same shall she should since so some such t than that the their theirs ' +
		'them themselves then there these they this those though through throughout thus till to too toward towards ' +
		'under unless unlike until up upon us versus very via vs was we were what whatever when where whether which while who ' +
		'whom whose why will with within without would yet you your yours yourself yourselves'
	).split(' '),
);

/** Whether a word is a function word (see `FUNCTION_WORDS`), in any case. */
export const isFunctionWord = (word: string): boolean => FUNCTION_WORDS.has(foldCase(word));

/**
 * Function words that are also adjectives or adverbs of content, of time, place or sameness ("past missions":
 * former; "the near future"; "their own"): their WordNet senses may be the reader's (see `dropLexicalSenses`).
 */
const CONTENT_TOO = new Set('past near far own same other others back like ahead away'.split(' '));

/**
 * Drops the WordNet words of a function word the reader typed: its senses there are its rare content ones ("before":
 * earlier, when; "up": upward; "than"), which led paraphrases to the wrong paragraphs. Word vectors, which read a word
 * in its contexts, still add their neighbours after (see `addNeighbours`). And drops a function word given as another
 * word's meaning ("end": over, which matched "an exchange over the implications").
 */
export function dropLexicalSenses(unit: LinkedUnit, analyzer: { term(word: string): string | null }) {
	if (isFunctionWord(unit.typed) && !CONTENT_TOO.has(foldCase(unit.typed))) {
		unit.related = [];
		unit.narrower = [];
		unit.looser = [];
		return;
	}
	const terms = functionTerms(analyzer);
	const content = (group: string[]) => !group.every((t) => terms.has(t));
	unit.related = unit.related.filter(content);
	unit.narrower = unit.narrower.filter(content);
	unit.looser = unit.looser.filter(content);
}

/** What `dropLexicalSenses` reads and changes of a query unit. */
interface LinkedUnit {
	typed: string;
	related: string[][];
	narrower: string[][];
	looser: string[][];
}

/** The function words' index terms, made once per analyser. */
const termsByAnalyzer = new WeakMap<object, Set<string>>();
function functionTerms(analyzer: { term(word: string): string | null }): Set<string> {
	let terms = termsByAnalyzer.get(analyzer);
	if (!terms) {
		terms = new Set([...FUNCTION_WORDS].flatMap((w) => analyzer.term(w) ?? []));
		termsByAnalyzer.set(analyzer, terms);
	}
	return terms;
}
