import type { Query } from 'minisearch';
import type { Analyzer } from './analyzer.ts';
import { parseQuery } from './query-parser.ts';
import type { SynonymTable } from './synonyms.ts';

/** The most words a search looks at: a pasted wall of text must cost bounded work. */
export const MAX_QUERY_TERMS = 32;
/** A synonym counts for less than the word typed. */
const EXPANSION_WEIGHT = 0.5;
/** A completion of an unfinished last word counts for less than the word itself. */
const COMPLETION_WEIGHT = 0.75;
/** How many completions an unfinished last word expands to. */
const MAX_COMPLETIONS = 12;

/** What planning needs to know of the index's words. */
export interface KnownWords {
	hasTerm(term: string): boolean;
	complete(prefix: string, limit: number): { term: string }[];
}
/** Words shorter than this are matched exactly: fuzzy matching short words finds nonsense ("arms" → "aims"). */
const MIN_FUZZY_LENGTH = 5;
/** From this length a typo may be two edits away (a swapped pair of letters is two edits). */
const TWO_EDITS_LENGTH = 7;
/** A meaning's words may stand this many words apart and still be bolded together ("children, in situations of armed conflict"). */
const MEANING_SLACK = 3;

/** One thing the reader asked for: a word (or compound, or synonym key), or a quoted phrase. */
export interface QueryUnit {
	typed: string;
	/** Alternatives, each a list of index terms that must all match (a compound: joined, or its parts). */
	literal: string[][];
	/** Synonym meanings: alternatives of required terms, weighted lower. */
	expansions: string[][];
	means: string[];
	/** For a quoted phrase: its words, compared word for word against the paragraph. */
	phrase?: string[];
	/** The last word as typed may be unfinished: the index terms of the words it begins. */
	completions: string[];
	/** Literal terms the index does not know (likely typos), with the edit distance to allow. */
	fuzzy: Record<string, number>;
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
	/** Every index term of the query, literal and expanded. */
	terms: string[];
	/** Terms that stand for themselves: bolded wherever they occur. */
	singles: string[];
	/** Multi-word phrases and meanings: their terms are bolded only where they occur together. */
	groups: TermGroup[];
}

/**
 * Turns a typed query into units: compounds meet their joined and spaced forms, adjacent words that the index holds
 * joined ("peace building" → "peacebuilding") meet it too, and synonym keys add their meanings.
 */
export function planQuery(query: string, analyzer: Analyzer, synonyms: SynonymTable, known: KnownWords): QueryPlan {
	const parsed = parseQuery(query);
	let budget = MAX_QUERY_TERMS;
	const take = <T>(items: T[]): T[] => {
		const kept = items.slice(0, Math.max(0, budget));
		budget -= kept.length;
		return kept;
	};
	const words = take(parsed.words.filter((w) => analyzer.term(w) !== null));
	const terms = words.map((w) => analyzer.term(w) ?? '');
	const units: QueryUnit[] = [];
	for (let i = 0; i < words.length;) {
		const word = words[i] ?? '';
		const synonym = synonyms.match(terms, i);
		const next = words[i + 1];
		const joined = next !== undefined && !/[-\u2010\u2011]/.test(word + next) ? analyzer.term(word + next) : null;
		const span = synonym?.length ?? (joined !== null && known.hasTerm(joined) ? 2 : 1);
		const covered = words.slice(i, i + span);
		const literal: string[][] = [covered.flatMap((w) => compoundParts(analyzer, w))];
		for (const w of covered) if (/[-\u2010\u2011]/.test(w)) literal.push([analyzer.term(w) ?? '']);
		if (span === 2 && joined !== null && !synonym) literal.push([joined]);
		const expansions = (synonym?.expansions ?? []).filter((e) => !literal.some((l) => l.join(' ') === e.join(' ')));
		const fuzzy: Record<string, number> = {};
		for (const w of covered) {
			const term = analyzer.term(w);
			if (term !== null && w.length >= MIN_FUZZY_LENGTH && !/^\d+$/.test(w) && !known.hasTerm(term)) {
				fuzzy[term] = w.length >= TWO_EDITS_LENGTH ? 2 : 1;
			}
		}
		units.push({ typed: covered.join(' '), literal, expansions, means: synonym?.means ?? [], completions: [], fuzzy });
		i += span;
	}
	const last = units.at(-1);
	const lastWord = words.at(-1);
	if (last && lastWord && last.literal.length === 1 && parsed.phrases.length === 0 && !/\s$/.test(query)) {
		const own = last.literal[0]?.at(-1);
		last.completions = [...new Set(known.complete(lastWord, MAX_COMPLETIONS).map((c) => c.term))].filter(
			(t) => t !== own,
		);
	}
	for (const phrase of parsed.phrases) {
		const kept = take(phrase);
		const required = kept.flatMap((w) => compoundParts(analyzer, w));
		if (required.length > 0)
			units.push({
				typed: `"${kept.join(' ')}"`,
				literal: [required],
				expansions: [],
				means: [],
				phrase: kept,
				completions: [],
				fuzzy: {},
			});
	}
	const excluded = take(parsed.excluded).flatMap((words) => {
		const required = words.flatMap((w) => compoundParts(analyzer, w));
		const synonym = words.length === 1 ? synonyms.match(required, 0) : undefined;
		return required.length === 0 ? [] : [required, ...(synonym?.expansions ?? [])];
	});
	const allTerms = units.flatMap((u) => [...u.literal.flat(), ...u.expansions.flat(), ...u.completions]);
	const grouped = (terms: string[], unit: QueryUnit) => terms.length > 1 || unit.phrase !== undefined;
	const singles = units.flatMap((u) => [
		...[...u.literal, ...u.expansions].filter((t) => !grouped(t, u)).flat(),
		...u.completions,
	]);
	const groups = units.flatMap((u) => [
		...u.literal.filter((t) => grouped(t, u)).map((terms) => ({ terms, slack: 0 })),
		...u.expansions.filter((t) => t.length > 1).map((terms) => ({ terms, slack: MEANING_SLACK })),
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

/** A word's index terms: one, or a compound's parts (its joined form is a separate alternative). */
function compoundParts(analyzer: Analyzer, word: string): string[] {
	const parts = word.split(/[-\u2010\u2011]/).filter(Boolean);
	return parts.map((p) => analyzer.term(p)).filter((t): t is string => t !== null);
}

/** One term; an absolute `fuzzy` distance for a likely typo. */
const leaf = (term: string, fuzzy = 0): Query => ({ queries: [term], fuzzy: fuzzy > 0 ? fuzzy : false });

function unitQuery(unit: QueryUnit): Query {
	const alternatives: Query[] = unit.literal.map((terms) => ({
		combineWith: 'AND',
		queries: terms.map((t) => leaf(t, unit.fuzzy[t])),
	}));
	for (const terms of unit.expansions) {
		alternatives.push({ combineWith: 'AND', boostTerm: () => EXPANSION_WEIGHT, queries: terms.map((t) => leaf(t)) });
	}
	if (unit.completions.length > 0) {
		alternatives.push({
			combineWith: 'OR',
			boostTerm: () => COMPLETION_WEIGHT,
			queries: unit.completions.map((t) => leaf(t)),
		});
	}
	return { combineWith: 'OR', queries: alternatives };
}

/** The MiniSearch query for a plan: units combined with AND (or OR for the fallback), exclusions removed. */
export function toMiniSearchQuery(plan: QueryPlan, combineWith: 'AND' | 'OR'): Query {
	const positive: Query = { combineWith, queries: plan.units.map(unitQuery) };
	if (plan.excluded.length === 0) return positive;
	// Exclusions look at the paragraph's own words, not at its theme labels.
	const negative: Query = {
		combineWith: 'OR',
		fields: ['text'],
		queries: plan.excluded.map((terms) => ({ combineWith: 'AND', queries: terms.map((t) => leaf(t)) })),
	};
	return { combineWith: 'AND_NOT', queries: [positive, negative] };
}
