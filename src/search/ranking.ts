import type { Theme } from '../corpus/types.ts';
import type { DocumentContext } from './document-context.ts';
import type { MatchSet } from './match-set.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import { plainRanked, TEXT_FIELD, type MakeRanked, type Ranked } from './ranked.ts';
import type { QueryPlan } from './query-plan.ts';
import { inSteps, sortedPositions } from './ranked-order.ts';
import type { Analyzer } from './analyzer.ts';
import { nearness } from './proximity.ts';
import { termsAt } from './text-terms.ts';
import { softCoverage, type Closeness } from './soft-coverage.ts';
import { wordPattern } from './literal-pattern.ts';
import { closestSentence, saidIn } from './sentence-cover.ts';
import { sentenceAlignment } from './sentence-alignment.ts';
import { listedParts } from './listed-terms.ts';
import { NARROWER_PART, PartCover, SAME_SENSE_PART } from './part-cover.ts';

/** A paragraph gets this much more score per query theme it belongs to: the theme says what it is about. */
const THEME_BONUS = 1;
/** Among the best, a paragraph that states the outcome a question asks for ("agreed") scores this much more. */
const OUTCOME_BONUS = 1;
/**
 * A paragraph that has a typed word exactly as typed scores this much more (for all such words). At 1, `armed` found
 * ¶8 ("arms", and "weapons", a sense the stem shares) before ¶6 and ¶9, which say "armed"; at 2, no relevance table's
 * R@3 moved and one dev paraphrase lost its R@1.
 */
const EXACT_FORM_BONUS = 2;
/**
 * Only the best candidates are checked for exact forms and closeness: the checks read the paragraph's words (at
 * 30,000 paragraphs, reading fifty for a two-word query of common words cost more than the rest of the search). Twenty
 * is several pages of answers; below them, the score alone orders.
 */
const EXACT_FORM_CANDIDATES = 20;
/** The best candidates whose parts the text lacks are weighed by word vectors (each reads its paragraph's words). */
const SOFT_CANDIDATES = 30;
/**
 * How much a part those candidates say in other words counts by their closest sentence (see `closestSentence`), the
 * rest by the whole paragraph. Counting the reader's own words by sentence too put more seed-dev paraphrases first,
 * but let a paragraph with one close word in one sentence outrank one with every word typed across two: those count
 * whole. At 0.5: one more seed-dev paraphrase among the first three, several right answers a place higher.
 */
const SENTENCE_SHARE = 0.5;
/** The best candidates are read for enumerations (see `listedParts`). */
const LISTED_CANDIDATES = 20;

/** What ranking needs to favour the typed words as written (see `rank`). */
export interface ExactForms {
	plan: QueryPlan;
	writtenForms: (form: string) => string[];
	/** What each document's metadata says of all its paragraphs (see `documentContext`). */
	context?: DocumentContext;
	/** Reads a paragraph's words, to see how close together it has the query's parts (see `closeness`). */
	analyzer?: Analyzer;
	/**
	 * Word vectors over the corpus's terms: with them a paragraph that says a part the text lacks in close words
	 * ("envoys" for `emissaries`) comes before one that only has another part, and a lexical link the vectors do not
	 * bear out ("high" for `extremism`) counts for nothing (see `softCoverage`). Without them, only the reader's words
	 * and the curated table count.
	 */
	vectors?: (() => Closeness | undefined) | undefined;
}

/**
 * Orders the given rows of a query's matches: every paragraph whose own text matched comes before any that matched
 * only through a theme label, and paragraphs with more of the reader's own words before those found only through
 * related words; a paragraph in a theme the query is about scores more; among the best, one that has the typed words
 * as written outranks one that only shares their stem, and one that has the query's parts close together scores more
 * than one that has them far apart (see `closeness`). Ties keep corpus order.
 *
 * The sort keys are read into flat arrays first (see `ParagraphColumns`): at scale a search ranks thousands of
 * matches, and a paragraph object read per comparison costs more than the comparison.
 */
export function rank(
	matches: MatchSet,
	rows: ArrayLike<number>,
	columns: ParagraphColumns,
	queryThemes: readonly Theme[],
	exact: ExactForms | undefined,
): Ranked[];
export function rank<T>(
	matches: MatchSet,
	rows: ArrayLike<number>,
	columns: ParagraphColumns,
	queryThemes: readonly Theme[],
	exact: ExactForms | undefined,
	make: MakeRanked<T>,
): T[];
export function rank(
	matches: MatchSet,
	rows: ArrayLike<number>,
	columns: ParagraphColumns,
	queryThemes: readonly Theme[],
	exact: ExactForms | undefined,
	make: MakeRanked<unknown> = plainRanked,
): unknown[] {
	const textField = matches.layout.fields.indexOf(TEXT_FIELD);
	const units = exact?.plan.units ?? [];
	// Asked only of a query with a part the text lacks: the vectors of the corpus's words are a first-need table.
	const lacking = units.some((u) => !u.answerable && u.phrase === undefined);
	const vectors = lacking ? exact?.vectors?.() : undefined;
	const parts = new PartCover(matches, rows, units, columns, textField, exact?.context, vectors !== undefined);
	const { weights } = parts;
	const themes = queryThemes.map((t) => columns.inTheme(t.id));
	// By position among the rows kept: the row, its paragraph, and the sort keys.
	const size = rows.length;
	const kept = new Int32Array(size);
	const docIds = new Int32Array(size);
	const inText = new Uint8Array(size);
	const directs = new Float64Array(size);
	// The order's count of parts: the direct ones, and with word vectors, how closely the others are said.
	const covers = new Float64Array(size);
	const scores = new Float64Array(size);
	// Corpus order breaks ties; where it rises with the short id, the short id is compared instead of read per match.
	const { dense } = columns;
	const orders = dense ? docIds : new Int32Array(size);
	let n = 0;
	// Plain loops: this runs for every match.
	for (let i = 0; i < size; i += 1) {
		const row = rows[i] ?? 0;
		const docId = matches.docs[row] ?? 0;
		if (!dense && columns.paragraphs[docId] === undefined) continue;
		let themed = 0;
		for (let t = 0; t < themes.length; t += 1) themed += themes[t]?.[docId] ?? 0;
		let direct = 0;
		let cover = 0;
		for (let unit = 0; unit < units.length; unit += 1) {
			const part = parts.found(row, docId, unit);
			direct += part;
			cover += (part > 0 ? part : parts.linked(row, unit)) * (weights[unit] ?? 1);
		}
		kept[n] = row;
		docIds[n] = docId;
		inText[n] = matches.inField(row, textField) ? 1 : 0;
		directs[n] = direct;
		covers[n] = inSteps(cover);
		scores[n] = (matches.scores[row] ?? 0) * (1 + THEME_BONUS * themed);
		if (!dense) orders[n] = columns.order[docId] ?? 0;
		n += 1;
	}
	const order = (a: number, b: number) =>
		(inText[b] ?? 0) - (inText[a] ?? 0) ||
		(covers[b] ?? 0) - (covers[a] ?? 0) ||
		(scores[b] ?? 0) - (scores[a] ?? 0) ||
		(orders[a] ?? 0) - (orders[b] ?? 0);
	const sorted = sortedPositions(n, inText, covers, scores, order);
	// A paragraph that names a part only as an item of an enumeration (an agenda's list) says less of it.
	if (exact?.analyzer && units.length > 0) {
		const head = sorted.slice(0, LISTED_CANDIDATES);
		const own = parts.ownTerms;
		let changed = false;
		for (const i of head) {
			const [row, docId] = [kept[i] ?? 0, docIds[i] ?? 0];
			const text = columns.paragraphs[docId]?.searchText ?? '';
			const listed = listedParts(exact.analyzer, text, new Set(matches.termsIn(row, textField)), own);
			if (!listed) continue;
			parts.markListed(docId, listed);
			covers[i] = inSteps(parts.cover(row, docId));
			changed = true;
		}
		if (changed) head.sort(order).forEach((i, at) => (sorted[at] = i));
	}
	const soft = vectors && exact?.analyzer ? softCoverage(units, vectors, exact.analyzer) : undefined;
	if (soft && vectors && exact?.analyzer) {
		const head = sorted.slice(0, SOFT_CANDIDATES);
		const aligned = sentenceAlignment(units, weights, vectors, exact.analyzer);
		const said = saidIn(units, parts.tableCounts, weights, { sameSense: SAME_SENSE_PART, narrower: NARROWER_PART });
		for (const i of head) {
			const docId = docIds[i] ?? 0;
			const text = columns.paragraphs[docId]?.searchText ?? '';
			const close = soft(text);
			// A part said in other words counts as much by the paragraph's closest sentence as by the whole (see
			// `closestSentence`); one in the reader's own words counts whole wherever it stands. What one sentence says
			// of it all adds to it (see `sentenceAlignment`); every part typed, the most: no other comes before it.
			const inDocument = (unit: number) => parts.inDocument(docId, unit);
			const sentence = closestSentence(text, exact.analyzer, units.length, said(inDocument), soft);
			let cover = 0;
			let complete = true;
			for (let unit = 0; unit < units.length; unit += 1) {
				const part = parts.part(kept[i] ?? 0, docId, unit);
				complete &&= part > 0;
				const closeness = close[unit];
				const weight = weights[unit] ?? 1;
				if (part > 0) cover += part * weight;
				else {
					const other = closeness !== undefined ? closeness * weight : parts.linked(kept[i] ?? 0, unit) * weight;
					cover += (1 - SENTENCE_SHARE) * other + SENTENCE_SHARE * Math.min(other, sentence[unit] ?? 0);
				}
			}
			covers[i] = inSteps(cover + (complete ? aligned.most : aligned(text, inDocument)));
		}
		head.sort(order).forEach((i, at) => (sorted[at] = i));
	}
	const forms = exact?.plan.units.flatMap((u) => (u.exactForm === undefined ? [] : [u.exactForm])) ?? [];
	const near = exact?.analyzer !== undefined && units.length > 1;
	const outcomes = exact?.analyzer ? (exact.plan.outcomes ?? []) : [];
	if (exact && (forms.length > 0 || near || outcomes.length > 0)) {
		const patterns = forms.map((form) => wordPattern(exact.writtenForms(form)));
		const unitTerms = units.map(
			(u) => new Set([...u.literal.flat(), ...u.expansions.flat(), ...u.typos.map((t) => t.term), ...u.completions]),
		);
		const typed = units.flatMap((u) => u.literal[0] ?? []);
		const head = sorted.slice(0, EXACT_FORM_CANDIDATES);
		for (const i of head) {
			const text = columns.paragraphs[docIds[i] ?? 0]?.searchText ?? '';
			let found = 0;
			for (const pattern of patterns) if (pattern.test(text)) found += 1;
			let score = (scores[i] ?? 0) * (1 + (EXACT_FORM_BONUS * found) / Math.max(1, forms.length));
			if (near && exact.analyzer) score *= nearness(exact.analyzer, text, unitTerms, typed);
			if (outcomes.length > 0 && exact.analyzer && statesOne(termsAt(exact.analyzer, text).terms, outcomes))
				score *= 1 + OUTCOME_BONUS;
			scores[i] = score;
		}
		head.sort(order).forEach((i, at) => (sorted[at] = i));
	}
	const ranked: unknown[] = [];
	for (let at = 0; at < sorted.length; at += 1) {
		const i = sorted[at] ?? 0;
		ranked.push(make(columns, docIds[i] ?? 0, scores[i] ?? 0, inText[i] === 1, directs[i] ?? 0, matches, kept[i] ?? 0));
	}
	return ranked;
}

/** Whether a text's terms include one of these. */
const statesOne = (terms: readonly string[], wanted: readonly string[]) => wanted.some((t) => terms.includes(t));
