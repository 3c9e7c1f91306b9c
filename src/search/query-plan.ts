import { typedTogether } from './typed-together.ts';
import { asFormer } from './former-prefix.ts';
import { withOffices } from './office-words.ts';
import { rememberingCloseForms } from './word-forms.ts';
import {
	asksWhatDiscussed,
	DISCUSSED,
	isFillerWord,
	isOutcomeVerb,
	onlyAsks,
	OUTCOMES,
	withoutReaderTime,
} from './query-words.ts';
import { dropLexicalSenses, isFunctionWord } from './function-words.ts';
import { laterWordsFor } from './asked-ahead.ts';
import { wordsAsked } from './asked-words.ts';
import { parsedAsMeant } from './query-as-meant.ts';
import { literalUnit } from './literal-unit.ts';
import { addSharedSenses } from './text-senses.ts';
import { isHeadline, isTypedName, mayBeName } from './typed-names.ts';
import { addNeighbours } from './unit-neighbours.ts';
import { shortTypos, slipOfSmallWord } from './short-typos.ts';
import { dropStrangers, stemStrangers, withoutTerms } from './stem-strangers.ts';
import {
	compoundParts,
	isAnswerable,
	isWholeToken,
	wordUnitAt,
	type PlanSources,
	type QueryUnit,
	type TermGroup,
} from './query-unit.ts';

/** The most words a search looks at: a pasted wall of text must cost bounded work. */
export const MAX_QUERY_TERMS = 32;
/** How many completions an unfinished last word expands to. */
const MAX_COMPLETIONS = 12;
/** A last word shorter than this is not completed: one or two letters begin most words of any text. */
const MIN_COMPLETED = 3;
/** A meaning's words may stand this many words apart and still be bolded together ("children, in situations of armed conflict"). */
const MEANING_SLACK = 3;

export { formKey, type KnownWords } from './word-forms.ts';

export interface QueryPlan {
	units: QueryUnit[];
	/** Excluded words and phrases, each as required terms (literal and synonym forms). */
	excluded: string[][];
	unbalancedQuote: boolean;
	/** The query is question words only ("where", "how many"): it names nothing to search for, so it has no units. */
	onlyAsks: boolean;
	/**
	 * The text's terms for what a meeting came to that a question about a subject asks for ("what did they agree on
	 * terrorism": agre): not parts to find, but among the matches the paragraphs that state an outcome come first.
	 */
	outcomes?: string[];
	/** Every index term of the query, literal and expanded (looser neighbours aside). */
	terms: string[];
	/** Terms that stand for themselves: bolded wherever they occur. */
	singles: string[];
	/** Multi-word phrases and meanings: their terms are bolded only where they occur together. */
	groups: TermGroup[];
}

/**
 * Turns a typed query into units, once per search (see `wordUnitAt` for what one word stands for), an unfinished last
 * word's completions, quoted phrases and excluded words, and what to bold. Question words ("what did they say
 * about…") are dropped when other words remain; a query of question words alone ("where") has no units.
 */
export function planQuery(query: string, sources: PlanSources): QueryPlan {
	const { analyzer, synonyms } = sources;
	const parsed = parsedAsMeant(query, sources);
	const budget = new TermBudget();
	// The words indexed, as the question asks them (see `wordsAsked`); a small word slipped ("hte") is no part to find.
	const typed = parsed.words.filter((w) => !slipOfSmallWord(w, sources));
	const indexed = wordsAsked(typed, query, analyzer, sources.known);
	// One function word alone ("not" of "won't", "we" of "we've") names nothing to look for, as a stop word: it found
	// any paragraph that writes it, or vectors' neighbours of "we". Several may be an idiom ("who does what").
	const content = indexed.length === 1 && isFunctionWord(indexed[0] ?? '') ? [] : indexed;
	// "What threats were discussed", "what challenges did they talk about": the text's "discussed" says which, where
	// the text has it (see `asksWhatDiscussed`), in the reader's verb or the text's.
	const discussed = asksWhatDiscussed(query) && sources.known.hasTerm(analyzer.term(DISCUSSED) ?? '');
	const meaningful = [...content.filter((w) => !isFillerWord(w)), ...(discussed ? [DISCUSSED] : [])];
	const subject = meaningful.length > 0 || parsed.phrases.length > 0;
	// Filler words alone are searched as typed ("conclusions"), but not a bare question ("where"): it names nothing.
	const framed = !subject && onlyAsks(parsed.words, (w) => analyzer.term(w) !== null);
	// The text's own agreed/decided/concluded among the words: "what did they agree on" asks for what was agreed, and
	// "what did they agree on terrorism" asks, of the paragraphs on terrorism, for the one that says it was agreed.
	// Whichever the reader used, the text's own: "what was decided" of a text that only says "agreed" asks for that.
	const written = (w: string) => sources.known.hasTerm(analyzer.term(w) ?? '');
	const typedOutcomes = content.filter(isOutcomeVerb);
	const stated = typedOutcomes.some(written)
		? typedOutcomes.filter(written)
		: typedOutcomes.length > 0
			? OUTCOMES.filter(written)
			: [];
	const outcomes = framed ? stated : [];
	const asksOnly = framed && outcomes.length === 0;
	const leaning = subject ? [...new Set(stated.map((w) => analyzer.term(w) ?? ''))] : [];
	const words = budget.take(subject ? meaningful : outcomes.length > 0 ? outcomes : asksOnly ? [] : content);
	const terms = words.map((w) => analyzer.term(w) ?? '');
	// A typed word whose stem the text has only in other words ("civil": civilizations) is a word the text lacks.
	const strangers = stemStrangers(words, terms, analyzer, sources.known, sources.semantic);
	const planned = strangers.size > 0 ? { ...sources, known: withoutTerms(sources.known, strangers) } : sources;
	const { known } = planned;
	let units: QueryUnit[] = [];
	// Typo lookups are remembered with the plan's units, for a dead end's suggestions (see `didYouMean`).
	const typoSource = rememberingCloseForms(known, units);
	// Words of a name the text lacks ("Middle East"), each a part the text lacks, not a word in its common senses.
	const named = new Set<QueryUnit>();
	const headline = isHeadline(parsed.words);
	const mayName = (a: string, b: string) => mayBeName(planned.related())(a, b);
	let previous: { unit: QueryUnit; at: number; span: number } | undefined;
	for (let i = 0; i < words.length;) {
		const { unit, span } = wordUnitAt(
			words,
			terms,
			i,
			planned,
			typoSource,
			typedTogether(query, parsed.words, words, i),
		);
		if (
			previous?.span === 1 &&
			span === 1 &&
			previous.at === i - 1 &&
			typedTogether(query, parsed.words, words, i - 1)
		) {
			if (
				!headline &&
				isTypedName(words[i - 1] ?? '', words[i] ?? '', analyzer, typoSource, planned.isEnglish, mayName)
			) {
				named.add(previous.unit).add(unit);
			}
		}
		units.push(unit);
		previous = { unit, at: i, span };
		i += span;
	}
	for (const unit of named) {
		// Nor in the curated table's: "War" of "Cold War" is no use of force.
		unit.expansions = [];
		unit.means = [];
		unit.related = [];
		unit.narrower = [];
		unit.looser = [];
	}
	const last = units.at(-1);
	const lastWord = words.at(-1);
	if (
		last &&
		lastWord &&
		last.literal.length === 1 &&
		// Not a phrase's last word ("took part" is not "took particular").
		!/\s/.test(last.typed) &&
		lastWord.length >= MIN_COMPLETED &&
		!isWholeToken(lastWord) &&
		!isFinished(lastWord, planned) &&
		parsed.phrases.length === 0 &&
		!/\s$/.test(query)
	) {
		const own = last.literal[0]?.at(-1);
		last.completions = [...new Set(known.complete(lastWord, MAX_COMPLETIONS).map((c) => c.term))].filter(
			(t) => t !== own,
		);
	}
	for (const phrase of parsed.phrases) {
		const kept = budget.take(phrase);
		const required = kept.flatMap((w) => compoundParts(analyzer, w));
		if (required.length > 0) units.push({ ...literalUnit(`"${kept.join(' ')}"`, [required]), phrase: kept });
	}
	for (const [at, unit] of units.entries()) {
		dropStrangers(unit, strangers);
		// A word too short to correct alone is corrected where the text writes a close form beside the next word typed.
		if (unit.typos.length === 0) unit.typos = shortTypos(unit, units, at, parsed.words, planned);
		unit.answerable = isAnswerable(unit, known);
		// A word asking what was set for later is said by the text's words for later ("future work": further work).
		const before = units[at - 1]?.typed;
		if (!unit.answerable) unit.related.push(...laterWordsFor(unit.typed, analyzer, known, unit.related, before));
		dropLexicalSenses(unit, analyzer);
		addSharedSenses(unit, planned.relatedAtHand, planned.closeness);
		if (!unit.answerable && unit.phrase === undefined && !named.has(unit))
			addNeighbours(unit, planned.semantic?.(), planned.related().opposites, planned.commonEnglish);
		asFormer(unit, analyzer, known);
		withOffices(unit, analyzer, known);
	}
	units = withoutReaderTime(units, analyzer);
	// "What did they agree to do next": a word for what comes next that is all it names asks what was set for later.
	const [only] = units;
	if (units.length === 1 && only !== undefined && !only.answerable)
		only.related.push(...laterWordsFor(only.typed, analyzer, known, only.related, undefined, true));
	const excluded = budget.take(parsed.excluded).flatMap((words) => {
		const required = words.flatMap((w) => compoundParts(analyzer, w));
		const synonym = words.length === 1 ? synonyms.match(required, 0) : undefined;
		return required.length === 0 ? [] : [required, ...(synonym?.expansions ?? [])];
	});
	const allTerms = units.flatMap((u) => [
		...u.literal.flat(),
		...u.expansions.flat(),
		...u.related.flat(),
		...u.completions,
		...u.typos.map((t) => t.term),
	]);
	const singles = units.flatMap((u) => [
		...[...u.literal, ...u.expansions, ...u.related].filter((t) => !grouped(t, u)).flat(),
		...u.completions,
		...u.typos.map((t) => t.term),
	]);
	const groups = units.flatMap((u) => [
		...u.literal.filter((t) => grouped(t, u)).map((terms) => ({ terms, slack: 0 })),
		...[...u.expansions, ...u.related].filter((t) => t.length > 1).map((terms) => ({ terms, slack: MEANING_SLACK })),
	]);
	return {
		units,
		excluded,
		unbalancedQuote: parsed.unbalancedQuote,
		onlyAsks: asksOnly,
		...(leaning.length > 0 ? { outcomes: leaning } : {}),
		terms: [...new Set(allTerms)],
		singles: [...new Set(singles)],
		groups,
	};
}

/**
 * Whether a last word is a whole word rather than the start of one: the text writes it as typed, or it is a word of
 * English. Completing it would match other words that merely begin with it (`cent` → _centres_, `ocean` → the
 * hashtag _#OceanAction_), named to the reader as what their word matched; its own forms match through its stem.
 */
function isFinished(word: string, { known, knownEnglish }: PlanSources): boolean {
	return known.termOfForm(word.toLowerCase()) !== undefined || (knownEnglish?.(word.toLowerCase()) ?? false);
}

/** Terms bolded only together: a phrase's, or several that stand for one word or meaning. */
const grouped = (terms: string[], unit: QueryUnit) => terms.length > 1 || unit.phrase !== undefined;

/**
 * What is left of `MAX_QUERY_TERMS` while a query is planned. (A class, not a closure: the TypeScript loader names
 * each closure as it is made, a cost on every search.)
 */
class TermBudget {
	#left = MAX_QUERY_TERMS;

	/** The first items that fit in what is left, counted off. */
	take<T>(items: T[]): T[] {
		const kept = items.slice(0, Math.max(0, this.#left));
		this.#left -= kept.length;
		return kept;
	}
}
