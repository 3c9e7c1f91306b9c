import type { AcronymTable } from './acronyms.ts';
import type { Analyzer } from './analyzer.ts';
import { exactFormOf, rememberingCloseForms, spelledOut, typosOf, type KnownWords } from './word-forms.ts';
import { parseQuery } from './query-parser.ts';
import { isFillerWord } from './query-words.ts';
import { matchRelated, MAX_LEMMA_WORDS, type RelatedWordsTable } from './related-words.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { NEIGHBOUR } from './semantic-neighbours.ts';
import type { SynonymTable } from './synonyms.ts';

/** The most words a search looks at: a pasted wall of text must cost bounded work. */
export const MAX_QUERY_TERMS = 32;
/** How many completions an unfinished last word expands to. */
const MAX_COMPLETIONS = 12;
/** A last word shorter than this is not completed: one or two letters begin most words of any text. */
const MIN_COMPLETED = 3;
/** A meaning's words may stand this many words apart and still be bolded together ("children, in situations of armed conflict"). */
const MEANING_SLACK = 3;

export { formKey, type KnownWords } from './word-forms.ts';

/** What a plan draws on besides the analyser: the curated table and the related words of the lexical resource. */
export interface PlanSources {
	analyzer: Analyzer;
	synonyms: SynonymTable;
	/** Worked out on first use: only a word the text lacks needs it. */
	related: () => RelatedWordsTable;
	/** The acronyms the text spells out, worked out on first use. */
	acronyms: () => AcronymTable;
	/** Whether the text defines an acronym (lower case) in brackets; any word may be one when not given. */
	defines?: (acronym: string) => boolean;
	known: KnownWords;
	/** Word-vector neighbours among the corpus's words, worked out on first use; undefined without word vectors. */
	semantic?: () => SemanticNeighbours | undefined;
	/** Whether a typed word is one of English (then a short one is no typo); every word is, when not given. */
	isEnglish?: (word: string) => boolean;
}

/** One thing the reader asked for: a word (or compound, or synonym key), or a quoted phrase. */
export interface QueryUnit {
	typed: string;
	/** Alternatives, each a list of index terms that must all match (a compound: joined, or its parts). */
	literal: string[][];
	/** Curated synonym meanings: alternatives of required terms, weighted below the words typed. */
	expansions: string[][];
	/** The curated meanings as written, for themes and explanations. */
	means: string[];
	/** For a quoted phrase: its words, compared word for word against the paragraph. */
	phrase?: string[];
	/** The last word as typed may be unfinished: the index terms of the words it begins. */
	completions: string[];
	/** For a word the text does not have: the terms of the written forms it is a typo of, with their edit distance. */
	typos: { term: string; distance: number }[];
	/** Same-sense words from the lexical resource: alternatives of required terms, weighted below the curated table. */
	related: string[][];
	/** Narrower words of the lexical resource: matches only in a query where the reader's own words also match. */
	narrower: string[][];
	/** Looser neighbours from the lexical resource: never a match, only a way to the closest paragraphs. */
	looser: string[][];
	/** The typed word's own written form, when the text has it and also other forms of the same stem. */
	exactForm?: string;
	/** Whether the reader's own words can match (as typed, corrected, completed or through the curated table). */
	answerable: boolean;
}

/** Terms bolded only where they occur together, at most `slack` words apart. */
export interface TermGroup {
	terms: string[];
	slack: number;
}

export interface QueryPlan {
	units: QueryUnit[];
	/** Excluded words and phrases, each as required terms (literal and synonym forms). */
	excluded: string[][];
	unbalancedQuote: boolean;
	/** Every index term of the query, literal and expanded (looser neighbours aside). */
	terms: string[];
	/** Terms that stand for themselves: bolded wherever they occur. */
	singles: string[];
	/** Multi-word phrases and meanings: their terms are bolded only where they occur together. */
	groups: TermGroup[];
}

/** An acronym (`UN`, `CTC`, `U.N.` arrives without dots) or a number: a whole token, never completed or corrected. */
export const isWholeToken = (word: string): boolean => /^\p{Lu}{2,6}s?$/u.test(word) || /^\p{N}+$/u.test(word);

const sameGroup = (a: readonly string[], b: readonly string[]) => a.join(' ') === b.join(' ');

/**
 * Turns a typed query into units, once per search: compounds meet their joined and spaced forms, adjacent words that
 * the index holds joined ("peace building" → "peacebuilding") meet it too, synonym keys add their meanings, the
 * lexical resource adds same-sense words, and a word the text lacks is matched against the text's written forms as
 * a typo. Question words ("what did they say about…") are dropped when other words remain.
 */
export function planQuery(query: string, sources: PlanSources): QueryPlan {
	const { analyzer, synonyms, related, known, acronyms } = sources;
	const parsed = parseQuery(query);
	const budget = new TermBudget();
	const content = parsed.words.filter((w) => analyzer.term(w) !== null);
	const meaningful = content.filter((w) => !isFillerWord(w));
	const words = budget.take(meaningful.length > 0 || parsed.phrases.length > 0 ? meaningful : content);
	const terms = words.map((w) => analyzer.term(w) ?? '');
	const units: QueryUnit[] = [];
	// Typo lookups are remembered with the plan's units, for a dead end's suggestions (see `didYouMean`).
	const typoSource = rememberingCloseForms(known, units);
	for (let i = 0; i < words.length;) {
		const word = words[i] ?? '';
		const whole = isWholeToken(word);
		const synonym = synonyms.match(terms, i);
		// Related words stand in for words the text lacks; a word it has finds its own paragraphs.
		const lacking = !whole && terms.slice(i, i + MAX_LEMMA_WORDS).some((t) => !known.hasTerm(t));
		const lexical = lacking ? matchRelated(related().match, terms, i) : undefined;
		const next = words[i + 1];
		const joined = next !== undefined && !/[-\u2010\u2011]/.test(word + next) ? analyzer.term(word + next) : null;
		const span =
			synonym?.length ??
			(joined !== null && known.hasTerm(joined) ? 2 : lexical && lexical.length > 1 ? lexical.length : 1);
		const covered = words.slice(i, i + span);
		const literal: string[][] = [covered.flatMap((w) => compoundParts(analyzer, w))];
		for (const w of covered) if (/[-\u2010\u2011]/.test(w)) literal.push([analyzer.term(w) ?? '']);
		if (span === 2 && joined !== null && !synonym && known.hasTerm(joined)) literal.push([joined]);
		const spelled = span === 1 && !synonym ? spelledOut(word, terms[i] ?? '', acronyms, known, sources.defines) : [];
		const expansions = [...(synonym?.expansions ?? []), ...spelled.map((s) => s.terms)].filter(
			(e) => !literal.some((l) => sameGroup(l, e)),
		);
		const typos =
			span === 1 && !whole && spelled.length === 0 ? typosOf(word, terms[i] ?? '', typoSource, sources.isEnglish) : [];
		const key = terms.slice(i, i + span);
		const lexicalMatch = lexical?.length === span ? lexical.groups : [];
		const looser = lacking ? matchRelated(related().related, key, 0, span) : undefined;
		const narrower = lacking ? matchRelated(related().narrower, key, 0, span) : undefined;
		const unit: QueryUnit = {
			typed: covered.join(' '),
			literal,
			expansions,
			means: [...(synonym?.means ?? []), ...spelled.map((s) => s.name)],
			completions: [],
			typos,
			related: lexicalMatch.filter((g) => ![...literal, ...expansions].some((l) => sameGroup(l, g))),
			narrower: narrower?.length === span ? [...narrower.groups] : [],
			// Copies: word-vector neighbours are added to a unit's lists, never to the shared table's.
			looser: looser?.length === span ? [...looser.groups] : [],
			answerable: false,
		};
		// A typo's correction is the form the reader meant: it ranks like a word typed right.
		const meant = typos.length > 0 ? (typoSource.closeForms(word, typos[0]?.distance ?? 0)[0]?.form ?? word) : word;
		const exact = span === 1 ? exactFormOf(meant, analyzer.term(meant) ?? '', analyzer, known) : undefined;
		if (exact !== undefined) unit.exactForm = exact;
		units.push(unit);
		i += span;
	}
	const last = units.at(-1);
	const lastWord = words.at(-1);
	if (
		last &&
		lastWord &&
		last.literal.length === 1 &&
		lastWord.length >= MIN_COMPLETED &&
		!isWholeToken(lastWord) &&
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
		if (required.length > 0)
			units.push({
				typed: `"${kept.join(' ')}"`,
				literal: [required],
				expansions: [],
				means: [],
				phrase: kept,
				completions: [],
				typos: [],
				related: [],
				narrower: [],
				looser: [],
				answerable: false,
			});
	}
	for (const unit of units) {
		unit.answerable = isAnswerable(unit, known);
		if (!unit.answerable && unit.phrase === undefined) addNeighbours(unit, sources.semantic?.());
	}
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
		terms: [...new Set(allTerms)],
		singles: [...new Set(singles)],
		groups,
	};
}

/**
 * For a word the text lacks and WordNet does not match: its word-vector neighbours among the text's words. Strong
 * ones (see `SemanticNeighbours.sameSense`) are same-sense matches, weighted as related words; the others only lead a
 * dead end to the closest paragraphs.
 */
function addNeighbours(unit: QueryUnit, semantic: SemanticNeighbours | undefined): void {
	if (!semantic || /\s/.test(unit.typed)) return;
	const have = (groups: string[][], term: string) => groups.some((g) => g.length === 1 && g[0] === term);
	if (unit.related.length === 0) {
		const confirmed = new Set(unit.looser.flatMap((g) => (g.length === 1 ? g : [])));
		for (const term of semantic.sameSense(unit.typed, confirmed)) {
			if (!have(unit.literal, term)) unit.related.push([term]);
		}
	}
	// Looser neighbours lead to paragraphs and are bolded there: the most common words of English ("well", "some") would
	// lead anywhere.
	for (const { term } of semantic.neighbours(unit.typed, NEIGHBOUR, { uncommon: true })) {
		if (!have(unit.related, term) && !have(unit.looser, term) && !have(unit.literal, term)) unit.looser.push([term]);
	}
}

/** A word's index terms: one, or a compound's parts (its joined form is a separate alternative). */
function compoundParts(analyzer: Analyzer, word: string): string[] {
	const parts = word.split(/[-\u2010\u2011]/).filter(Boolean);
	return parts.map((p) => analyzer.term(p)).filter((t): t is string => t !== null);
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

/** Whether some alternative's terms are all words of the text. */
function anyKnown(alternatives: readonly (readonly string[])[], known: KnownWords): boolean {
	return alternatives.some((terms) => terms.length > 0 && terms.every((t) => known.hasTerm(t)));
}

function isAnswerable(unit: QueryUnit, known: KnownWords): boolean {
	return (
		anyKnown(unit.literal, known) ||
		anyKnown(unit.expansions, known) ||
		unit.typos.length > 0 ||
		unit.completions.length > 0
	);
}
