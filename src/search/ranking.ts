import type { SearchResult } from 'minisearch';
import type { Paragraph, Theme } from '../corpus/types.ts';
import type { QueryPlan } from './query-plan.ts';

/** A paragraph gets this much more score per query theme it belongs to: the theme says what it is about. */
const THEME_BONUS = 1;
/** A paragraph that has a typed word exactly as typed scores this much more (for all such words). */
const EXACT_FORM_BONUS = 1;
/** Only the best candidates are checked for exact forms: the check reads the paragraph's words. */
const EXACT_FORM_CANDIDATES = 50;

/** A part found only through the curated table counts this much of one found as typed, when the text has both. */
const TABLE_PART = 0.5;

export interface Ranked {
	paragraph: Paragraph;
	score: number;
	/** Matched index terms, by field. */
	match: SearchResult['match'];
	/** Whether the paragraph's own text matched, not only its theme labels. */
	inText: boolean;
	/** How many parts of the query matched the text through the reader's own words (not only related words). */
	direct: number;
}

/**
 * Orders results: every paragraph whose own text matched comes before any that matched only through a theme label,
 * and paragraphs with more of the reader's own words before those found only through related words;
 * a paragraph in a theme the query is about scores more; among the best, one that has the typed words as written
 * outranks one that only shares their stem. Ties keep corpus order.
 */
export function rank(
	results: readonly SearchResult[],
	paragraphOf: (id: string) => Paragraph | undefined,
	queryThemes: readonly Theme[],
	exact: { plan: QueryPlan; writtenForms: (form: string) => string[] } | undefined,
): Ranked[] {
	// Per unit, the terms that are the reader's own words: typed, corrected, completed, or the curated table's.
	const directTerms = (exact?.plan.units ?? []).map((u) => [
		...u.literal.flat(),
		...u.typos.map((t) => t.term),
		...u.completions,
	]);
	const tableTerms = (exact?.plan.units ?? []).map((u) => u.expansions.flat());
	const inTextOf = (result: SearchResult, terms: readonly string[]) =>
		terms.some((term) => result.match[term]?.includes('text'));
	// Where the text has the reader's own word, a paragraph with it comes before one with only the table's meaning
	// ("drugs" before "organized crime"); where it does not ("kids"), the meaning is the reader's word.
	const tableCounts = directTerms.map((terms) => (results.some((result) => inTextOf(result, terms)) ? TABLE_PART : 1));
	const themeIds = queryThemes.map((t) => t.id);
	const ranked: Ranked[] = [];
	// Plain loops: this runs for every match, and at scale closures per match cost more than the scoring.
	for (const result of results) {
		const paragraph = paragraphOf(String(result.id));
		if (!paragraph) continue;
		let themed = 0;
		for (const id of themeIds) if (paragraph.themes.includes(id)) themed += 1;
		let inText = false;
		for (const term in result.match) {
			if (result.match[term]?.includes('text')) {
				inText = true;
				break;
			}
		}
		let direct = 0;
		directTerms.forEach((terms, unit) => {
			if (inTextOf(result, terms)) direct += 1;
			else if (inTextOf(result, tableTerms[unit] ?? [])) direct += tableCounts[unit] ?? 1;
		});
		ranked.push({ paragraph, score: result.score * (1 + THEME_BONUS * themed), match: result.match, inText, direct });
	}
	const order = (a: Ranked, b: Ranked) =>
		Number(b.inText) - Number(a.inText) ||
		b.direct - a.direct ||
		b.score - a.score ||
		a.paragraph.order - b.paragraph.order;
	ranked.sort(order);
	const forms = exact?.plan.units.flatMap((u) => (u.exactForm === undefined ? [] : [u.exactForm])) ?? [];
	if (!exact || forms.length === 0) return ranked;
	const patterns = forms.map((form) => wordPattern(exact.writtenForms(form)));
	const head = ranked.slice(0, EXACT_FORM_CANDIDATES);
	for (const hit of head) {
		const found = patterns.filter((pattern) => pattern.test(hit.paragraph.searchText)).length;
		hit.score *= 1 + (EXACT_FORM_BONUS * found) / forms.length;
	}
	return [...head.sort(order), ...ranked.slice(EXACT_FORM_CANDIDATES)];
}

/** A whole word written in any of these forms (case aside): a regular expression is cheaper than cutting the text. */
function wordPattern(forms: readonly string[]): RegExp {
	const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
