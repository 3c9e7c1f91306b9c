import type { Analyzer, WordSpan } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import type { QueryPlan } from './query-plan.ts';
import type { TermGroup } from './query-unit.ts';
import { groupWords, textWords, type GroupWord } from './highlight-text-words.ts';

/** A run of text, marked when it is a word that matched the query. */
export interface Segment {
	text: string;
	matched: boolean;
}

/** Marks the matched words of one search hit in any text (the quote, or a shortened quote). */
export interface Highlighter {
	segments(text: string): Segment[];
	isStopWord(word: string): boolean;
}

/** What to bold: terms that stand alone, and groups of terms bolded only where they occur together. */
export interface HighlightTerms {
	singles: ReadonlySet<string>;
	groups: readonly TermGroup[];
}

/** A whole span (part -1) or a compound's part, as [span, part]. */
type Pick = [number, number];
const byPosition = (a: Pick, b: Pick) => a[0] - b[0] || a[1] - b[1];
const byStart = (a: WordSpan, b: WordSpan) => a.start - b.start;

/** Whether a stable sort by `order` would leave the list as it is. */
function inOrder<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
	for (let i = 1; i < list.length; i += 1) if (order(list[i - 1] as T, list[i] as T) > 0) return false;
	return true;
}

/**
 * Cuts a text into plain and matched runs. A word is marked only when the whole word, analysed like the index
 * analyses it, is a matched term: never a piece inside a word. A compound whose joined form matched is marked whole;
 * otherwise its matched parts are. A group ("security council" for UNSC) is marked only where its words stand in a
 * row, stop words aside, so a lone "security" elsewhere stays plain.
 */
export function highlightSegments(text: string, terms: HighlightTerms, analyzer: Analyzer): Segment[] {
	const words = textWords(text, analyzer);
	const { spans } = words;
	const { singles } = terms;
	// The words and parts the single terms mark, in text order (the order marks are kept in decides ties below).
	const picks: Pick[] = [];
	for (const term of singles) {
		for (const i of words.wholeAt.get(term) ?? []) picks.push([i, -1]);
		for (const [i, k] of words.partAt.get(term) ?? []) {
			const whole = words.terms[i];
			// A compound marked whole is not marked again by its parts.
			if (whole === null || whole === undefined || !singles.has(whole)) picks.push([i, k]);
		}
	}
	const marked = new Set<WordSpan>();
	// Usually in order already (one term, or terms that do not interleave): sorting is then skipped.
	if (!inOrder(picks, byPosition)) picks.sort(byPosition);
	for (const [i, k] of picks) {
		const span = spans[i] as WordSpan;
		marked.add(k < 0 ? span : (span.parts[k] as WordSpan));
	}
	if (terms.groups.length > 0) {
		const { positions, firstAt } = (words.groupWords ??= groupWords(words));
		for (const group of terms.groups) {
			// Only where the group's first term stands can the group start.
			for (const i of firstAt.get(group.terms[0] ?? '') ?? []) {
				const found = matchGroupAt(positions, i, group);
				if (found) for (const span of found) marked.add(span);
			}
		}
	}
	if (marked.size === 0) return [{ text, matched: false }];
	const sorted = [...marked];
	if (!inOrder(sorted, byStart)) sorted.sort(byStart);
	const ordered = withoutLoneFunctionWords(sorted, text);
	if (ordered.length === 0) return [{ text, matched: false }];
	const segments: Segment[] = [];
	let at = 0;
	for (const { start, end } of ordered) {
		if (start < at) continue;
		if (start > at) segments.push({ text: text.slice(at, start), matched: false });
		segments.push({ text: text.slice(start, end), matched: true });
		at = end;
	}
	if (at < text.length) segments.push({ text: text.slice(at), matched: false });
	return segments;
}

/**
 * The marked words less the function words (`off`, `per`) that stand alone: one is bolded only right beside a bolded
 * word that is not one (`50 **per** cent`, a phrase's `of`), never by itself, nor as a piece of a hyphenated word whose
 * other pieces are plain (the `off` of _trade-off_). Alone it shows a match that is none.
 */
function withoutLoneFunctionWords(ordered: readonly WordSpan[], text: string): WordSpan[] {
	if (!ordered.some((span) => isFunctionWord(span.word))) return [...ordered];
	const beside = (a: WordSpan | undefined, b: WordSpan | undefined) =>
		a !== undefined && b !== undefined && /^[\s\-\u2010\u2011]*$/u.test(text.slice(a.end, b.start));
	const content = (span: WordSpan | undefined) => span !== undefined && !isFunctionWord(span.word);
	return ordered.filter((span, i) => {
		if (!isFunctionWord(span.word)) return true;
		const before = ordered[i - 1];
		const after = ordered[i + 1];
		return (content(before) && beside(before, span)) || (content(after) && beside(span, after));
	});
}

/** The spans of a group's terms in order from `start`, each within `slack` words of the previous, or undefined. */
function matchGroupAt(words: readonly GroupWord[][], start: number, group: TermGroup): WordSpan[] | undefined {
	// Tried at every word of a quote for every group: nothing is allocated until the first term is found.
	const { terms, slack } = group;
	const from = wordWithTerm(words[start], terms[0]);
	if (!from) return undefined;
	const spans = [...from.spans];
	let at = from.next;
	for (let t = 1; t < terms.length; t += 1) {
		let found: GroupWord | undefined;
		for (let k = at; k <= at + slack && k < words.length && !found; k += 1) found = wordWithTerm(words[k], terms[t]);
		if (!found) return undefined;
		spans.push(...found.spans);
		at = found.next;
	}
	return spans;
}

/** The alternative at one position that has the term, if any. */
function wordWithTerm(position: readonly GroupWord[] | undefined, term: string | undefined): GroupWord | undefined {
	for (const word of position ?? []) if (word.term === term) return word;
	return undefined;
}

/**
 * What a reply needs to bold the words of one hit. Terms the plan did not name otherwise (a narrower word) stand
 * alone, but for its looser neighbours, never bolded; the plan's groups are bolded only together.
 */
export function highlighterFor(
	matchedTerms: ReadonlySet<string>,
	plan: QueryPlan | undefined,
	analyzer: Analyzer,
): Highlighter {
	const grouped = new Set(plan?.groups.flatMap((g) => g.terms) ?? []);
	const singles = new Set(plan?.singles ?? []);
	// Looser neighbours (`climate` near _environment_) only lead a dead end to its closest paragraphs: they are not
	// what the reader's words mean, so they are never bolded (see the README: "bolded without looser neighbours").
	const looser = new Set(plan?.units.flatMap((u) => u.looser.flat()) ?? []);
	// Unless it is a word of a phrase a unit means: the narrower "russian federation" of `moscow`, whose "russian" word
	// vectors also put near it, is bolded whole, not as "Russian **Federation**". (A one-word neighbour stays unbolded:
	// "tackling" is never ¶10's confronting.)
	for (const unit of plan?.units ?? [])
		for (const group of [...unit.expansions, ...unit.related, ...unit.narrower])
			if (group.length > 1) for (const term of group) looser.delete(term);
	const unneeded = relatedBesideOwn(matchedTerms, plan);
	return new TermHighlighter(
		{
			singles: new Set(
				[...matchedTerms].filter((t) => !unneeded.has(t) && (singles.has(t) || (!grouped.has(t) && !looser.has(t)))),
			),
			groups: (plan?.groups ?? []).filter((g) => g.terms.every((t) => matchedTerms.has(t))),
		},
		analyzer,
	);
}

/**
 * The lexical resource's words for a reader's word (related or narrower) in a paragraph that has the reader's own word
 * too: not bolded there, as nothing need be said in other words ("weapons of mass destruction" bolded the _small arms_
 * of ¶8 beside its _weapons_, and `matched:` said arms). A term that is also some word's own form stays.
 */
function relatedBesideOwn(matchedTerms: ReadonlySet<string>, plan: QueryPlan | undefined): Set<string> {
	const unneeded = new Set<string>();
	const units = plan?.units ?? [];
	for (const unit of units) {
		if (!unit.literal.some((group) => group.length > 0 && group.every((t) => matchedTerms.has(t)))) continue;
		for (const term of [...unit.related, ...unit.narrower].flat()) unneeded.add(term);
	}
	for (const unit of units) for (const term of unit.literal.flat()) unneeded.delete(term);
	return unneeded;
}

/** A class, not an object of closures: one is made per hit shown, on every search. */
class TermHighlighter implements Highlighter {
	readonly #terms: HighlightTerms;
	readonly #analyzer: Analyzer;

	constructor(terms: HighlightTerms, analyzer: Analyzer) {
		this.#terms = terms;
		this.#analyzer = analyzer;
	}

	segments(text: string): Segment[] {
		return highlightSegments(text, this.#terms, this.#analyzer);
	}

	isStopWord(word: string): boolean {
		return this.#analyzer.isStopWord(word);
	}
}
