import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import type { Paragraph } from '../corpus/types.ts';
import { textRows } from './match-flow.ts';
import type { MatchSet } from './match-set.ts';
import { hasPhrase } from './phrase.ts';
import { toMiniSearchQuery } from './minisearch-query.ts';
import type { QueryExecutor } from './query-executor.ts';
import type { QueryPlan } from './query-plan.ts';
import { SEARCH_OPTIONS } from './search-options.ts';
import { isWholeToken, type QueryUnit } from './query-unit.ts';
import type { KnownWords } from './word-forms.ts';
import { sideBySide, wordsTyped } from './typed-names.ts';

/** A word the text writes at least this often, each time before the same word, is bound to it. */
const MIN_BOUND_TIMES = 2;
/**
 * The paragraphs read for what follows a word, at most: a word bound in the text is bound in the first of them, and
 * a search at scale must not read every paragraph that writes "human".
 */
const SAMPLED_TEXTS = 40;

/**
 * The units a reader typed right before a word the text lacks, whose word the text writes only ever right before one
 * other word ("human" of "human rights", "mass" of "weapons of mass destruction"): "human trafficking" and "mass graves"
 * are other compounds, about what the text lacks, and the text's "human" and "mass" are no part of them found.
 * `textsWith`: the texts of (some of) the paragraphs that write a unit's words as typed.
 */
export function boundModifiers(
	query: string,
	plan: QueryPlan,
	analyzer: Pick<Analyzer, 'term' | 'tokens'>,
	textsWith: (unit: QueryUnit) => readonly string[],
): Set<QueryUnit> {
	const bound = new Set<QueryUnit>();
	let words: string[] | undefined;
	plan.units.forEach((unit, i) => {
		const after = plan.units[i + 1];
		if (!after || !unit.answerable || unit.phrase !== undefined || after.phrase !== undefined) return;
		if (after.answerable || after.typos.length > 0 || /\s/.test(unit.typed) || isWholeToken(unit.typed)) return;
		if (isFunctionWord(after.typed) || isFunctionWord(unit.typed)) return;
		const [word, nextWord] = [foldCase(unit.typed), foldCase(after.typed).split(/\s+/)[0] ?? ''];
		const [term, next] = [analyzer.term(word), analyzer.term(nextWord)];
		if (term === null || next === null) return;
		// Typed side by side: "human and trafficking" names no compound of "human".
		words ??= wordsTyped(query).map(foldCase);
		if (!sideBySide(words, word, nextWord)) return;
		const followers = followersOf(term, textsWith(unit), analyzer);
		if (followers.times >= MIN_BOUND_TIMES && followers.terms.size === 1 && !followers.terms.has(next)) {
			bound.add(unit);
		}
	});
	return bound;
}

/** How often texts write a term, and the terms written right after it (stop words skipped). */
function followersOf(
	term: string,
	texts: readonly string[],
	analyzer: Pick<Analyzer, 'term' | 'tokens'>,
): { times: number; terms: Set<string> } {
	const terms = new Set<string>();
	let times = 0;
	for (const text of texts) {
		const tokens = analyzer.tokens(text).map((token) => analyzer.term(token));
		tokens.forEach((t, at) => {
			if (t !== term) return;
			times += 1;
			const following = tokens.slice(at + 1).find((n) => n !== null);
			// At a text's end, nothing follows: another use of the word than before a bound one.
			terms.add(following ?? '');
		});
	}
	return { times, terms };
}

/** The texts of the first paragraphs (see `SAMPLED_TEXTS`) that write a unit's words as typed. */
export function textsWriting(
	unit: QueryUnit,
	plan: QueryPlan,
	executor: Pick<QueryExecutor, 'matchSet'>,
	paragraphById: ReadonlyMap<string, Paragraph>,
): string[] {
	const matches = executor.matchSet(
		toMiniSearchQuery({ ...plan, units: [asTyped(unit)], excluded: [] }, 'OR'),
		SEARCH_OPTIONS,
	);
	const rows = textRows(matches).slice(0, SAMPLED_TEXTS);
	return rows.map((row) => paragraphById.get(matches.id(row))?.searchText ?? '');
}

/**
 * Whether the text writes these words of the query one after another, in some paragraph with them all: a name typed
 * ("World Trade Organization") is the text's only where it writes it so, not its world, trade and organization apart.
 * False when a word is in no part of the query's plan (it was never searched for).
 */
export function writesTogether(
	words: readonly string[],
	plan: QueryPlan,
	executor: Pick<QueryExecutor, 'matchSet'>,
	paragraphById: ReadonlyMap<string, Paragraph>,
	analyzer: Analyzer,
): boolean {
	// A unit may hold several of the words ("Regional Organizations", a phrase of the curated table).
	const units = words.map((word) => plan.units.find((u) => foldCase(u.typed).split(/\s+/).includes(foldCase(word))));
	const found = units.filter((u): u is QueryUnit => u !== undefined);
	if (found.length < units.length) return false;
	const typed = [...new Set(found)].map(asTyped);
	const matches = executor.matchSet(toMiniSearchQuery({ ...plan, units: typed, excluded: [] }, 'AND'), SEARCH_OPTIONS);
	return someWrites(matches, words, paragraphById, analyzer);
}

/** Whether a paragraph with all these index terms writes these words one after another, small words too. */
export function writesInRow(
	words: readonly string[],
	terms: readonly string[],
	executor: Pick<QueryExecutor, 'matchSet'>,
	paragraphById: ReadonlyMap<string, Paragraph>,
	analyzer: Analyzer,
): boolean {
	const matches = executor.matchSet(
		{ combineWith: 'AND', queries: terms.map((t) => ({ queries: [t] })) },
		SEARCH_OPTIONS,
	);
	return someWrites(matches, words, paragraphById, analyzer);
}

/** Whether a paragraph among a query's matches (in its own text) writes these words one after another. */
function someWrites(
	matches: MatchSet,
	words: readonly string[],
	paragraphById: ReadonlyMap<string, Paragraph>,
	analyzer: Analyzer,
): boolean {
	return textRows(matches).some((row) =>
		hasPhrase(analyzer, paragraphById.get(matches.id(row))?.searchText ?? '', words),
	);
}

/** What the match rules know of the text's words: its terms, and which words of the query it writes together. */
export function textWordsFor(
	plan: QueryPlan,
	executor: Pick<QueryExecutor, 'matchSet'>,
	paragraphById: ReadonlyMap<string, Paragraph>,
	analyzer: Analyzer,
	known: Pick<KnownWords, 'hasTerm'>,
): Pick<KnownWords, 'hasTerm'> & { writes: (words: readonly string[]) => boolean } {
	return {
		hasTerm: (term) => known.hasTerm(term),
		writes: (words) => writesTogether(words, plan, executor, paragraphById, analyzer),
	};
}

/** A unit searched for its words as typed only: not their meanings, typos, completions nor related words. */
const asTyped = (unit: QueryUnit): QueryUnit => ({
	...unit,
	expansions: [],
	related: [],
	narrower: [],
	typos: [],
	completions: [],
});
