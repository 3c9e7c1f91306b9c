import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import { eachHasItsOwn } from './counterparts.ts';
import { tableMeaningsIn, within } from './table-meanings.ts';
import type { QueryPlan } from './query-plan.ts';
import { isWholeToken, type PlanSources, type QueryUnit } from './query-unit.ts';
import { literally } from './literal-pattern.ts';
import { commonWordsOf } from './related-words.ts';
import { DEFINING_WORD } from './semantic-thresholds.ts';

/**
 * A word written with a capital, then small letters: where the text writes a term only so, it is a name ("Sudan",
 * "Vienna"). Not an acronym: "HIV/AIDS" names a disease, which a reader's "epidemic" may mean.
 */
const CAPITAL = /^\p{Lu}\p{Ll}/u;

/** What a looser neighbour needs before it says a reader's word in other words (see `saysEveryPart`). */
export interface Leaning {
	/** Whether the lexical resource knows the reader's word as a common word: not a name only, nor a word it lacks. */
	common(word: string): boolean;
	/** Whether word vectors find the reader's word close enough to a term of the text to mean it. */
	close(word: string, term: string): boolean;
}

/**
 * What a looser neighbour needs to say a reader's word (see `Leaning`), for one dead end: the same pairs are asked of
 * each of its closest paragraphs, and each asks the word vectors for the reader's word.
 */
export function leaningOf(sources: Pick<PlanSources, 'related' | 'semantic'>): Leaning {
	const closeness = new Map<string, boolean>();
	return {
		common: (word) => commonWordsOf(sources.related())(word),
		close: (word, term) => {
			const key = `${word}\0${term}`;
			let close = closeness.get(key);
			if (close === undefined) {
				close = (sources.semantic?.()?.relevance([{ word, term: null }], new Set([term])) ?? 0) >= DEFINING_WORD;
				closeness.set(key, close);
			}
			return close;
		},
	};
}

/**
 * Whether one paragraph says every part of a dead end's query, so that it answers it though the words differ
 * ("crisis alerts": early warning of conflict; "unrest around voting": electoral violence). Each part (function words
 * aside) has its own counterpart in the paragraph, one no other part takes: the reader's own words, same-sense or
 * narrower words, or a looser neighbour (see `leansOn`); and one part at least is said through the lexical resource or
 * the curated table (a same-sense, narrower or curated word, none of the reader's own: "averting": prevention; "gun":
 * small arms), which makes it a paraphrase rather than a neighbourhood. A query about something the text does not discuss has a part
 * with nothing in the paragraph ("piracy off somalia"), only looser neighbours ("security council reform and the
 * veto"), or two parts on one word ("banking crisis": financial). Words the reader joined by "and" or "or" are one
 * part: "earthquakes and floods" may both be the text's disasters. `written`: the paragraph's words as written.
 */
export function saysEveryPart(
	plan: QueryPlan,
	terms: ReadonlySet<string>,
	written: readonly string[],
	analyzer: Pick<Analyzer, 'term'>,
	leaning: Leaning,
	joined: (before: QueryUnit, after: QueryUnit) => boolean = () => false,
): boolean {
	const all = within(terms);
	const names = namesIn(written, analyzer);
	const parts: string[][][] = [];
	let inOtherWords = 0;
	let narrowerOnly = 0;
	let previous: QueryUnit | undefined;
	for (const unit of plan.units) {
		if (unit.phrase !== undefined) return false;
		if (isFunctionWord(unit.typed)) continue;
		const own = ownGroups(unit, terms);
		const sameSense = unit.related.filter(all);
		const narrower = unit.narrower.filter(all);
		if (typedGroups(unit, terms).length === 0) {
			// Here `own` holds the table's meanings alone; its joining of the word's own family is no other words.
			if (tableMeaningsIn(unit, terms).length + sameSense.length > 0) inOtherWords += 1;
			else if (narrower.length > 0) narrowerOnly += 1;
		}
		const found: string[][] =
			own.length > 0 ? own : [...sameSense, ...narrower, ...leansOn(unit, terms, names, leaning)];
		if (found.length === 0) return false;
		if (previous && joined(previous, unit)) parts.at(-1)?.push(...found);
		else parts.push(found);
		previous = unit;
	}
	// A narrower word alone is a kind of what the text names ("fraud": crime), no answer; beside another part the reader
	// typed it is, not beside a word the question's form added ("education comes first": an activity, and priority).
	const typed = plan.units.filter((u) => u.added !== true && !isFunctionWord(u.typed)).length;
	return (inOtherWords > 0 || (narrowerOnly > 0 && parts.length > 1 && typed > 1)) && eachHasItsOwn(parts);
}

/** A unit's own words (as typed, corrected, completed, or through the curated table) that the paragraph has. */
function ownGroups(unit: QueryUnit, terms: ReadonlySet<string>): string[][] {
	return [...typedGroups(unit, terms), ...unit.expansions.filter(within(terms))];
}

/** The words a reader typed for a unit (as typed, corrected or completed) that the paragraph has. */
function typedGroups(unit: QueryUnit, terms: ReadonlySet<string>): string[][] {
	return [
		...unit.literal.filter(within(terms)),
		...unit.typos.flatMap((t) => (terms.has(t.term) ? [[t.term]] : [])),
		...unit.completions.flatMap((t) => (terms.has(t) ? [[t]] : [])),
	];
}

/**
 * The paragraph's terms a unit's looser neighbours lead to, where they say the reader's word in other words: the word
 * is a common word of the lexical resource (a name, or an acronym typed, has no neighbour of the same sense: "Iran"
 * is not "weapons", "APEC" not "agenda"); the neighbour is one term, no name of the text ("Sudan" is another thing
 * than "Somalia"), that word vectors find close enough to mean it.
 */
function leansOn(
	unit: QueryUnit,
	terms: ReadonlySet<string>,
	names: ReadonlySet<string>,
	leaning: Leaning,
): string[][] {
	if (isWholeToken(unit.typed) || /\s/.test(unit.typed) || !leaning.common(unit.typed)) return [];
	return unit.looser.filter(([term, ...more]) => {
		if (term === undefined || more.length > 0) return false;
		return terms.has(term) && !names.has(term) && leaning.close(unit.typed, term);
	});
}

/** The terms a paragraph writes only with a capital: its names. */
function namesIn(written: readonly string[], analyzer: Pick<Analyzer, 'term'>): Set<string> {
	const capital = new Set<string>();
	const small = new Set<string>();
	for (const word of written) {
		const term = analyzer.term(word);
		if (term !== null) (CAPITAL.test(word) ? capital : small).add(term);
	}
	return new Set([...capital].filter((t) => !small.has(t)));
}

/**
 * Whether two units were typed joined by "and", "or" or a comma ("earthquakes and floods", "faiths, ethnic groups"),
 * in `query` as typed: the reader lists things of one kind, which one word of the text may name.
 */
export function joinedIn(query: string): (before: QueryUnit, after: QueryUnit) => boolean {
	const folded = foldCase(query);
	return (before, after) => {
		const a = foldCase(before.typed).split(/\s+/).at(-1) ?? '';
		const b = foldCase(after.typed).split(/\s+/)[0] ?? '';
		const between = String.raw`\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:the\s+|an?\s+)?`;
		return new RegExp(String.raw`(?<![\p{L}\p{N}])${literally(a)}${between}${literally(b)}(?![\p{L}\p{N}])`, 'u').test(
			folded,
		);
	};
}
