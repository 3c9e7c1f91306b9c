import type { Paragraph, Theme } from '../corpus/types.ts';
import type { MatchSet } from './match-set.ts';
import type { QueryPlan } from './query-plan.ts';

/** A paragraph gets this much more score per query theme it belongs to: the theme says what it is about. */
const THEME_BONUS = 1;
/** A paragraph that has a typed word exactly as typed scores this much more (for all such words). */
const EXACT_FORM_BONUS = 1;
/** Only the best candidates are checked for exact forms: the check reads the paragraph's words. */
const EXACT_FORM_CANDIDATES = 50;

export interface Ranked {
	paragraph: Paragraph;
	score: number;
	/** Whether the paragraph's own text matched, not only its theme labels. */
	inText: boolean;
	/** How many parts of the query matched the text through the reader's own words (not only related words). */
	direct: number;
	/** Where the paragraph's matched terms are: `matches`, row `row`. */
	matches: MatchSet;
	row: number;
}

/** The field of a paragraph's own words (the other holds its theme labels). */
export const TEXT_FIELD = 'text';

/**
 * Orders the given rows of a query's matches: every paragraph whose own text matched comes before any that matched
 * only through a theme label, and paragraphs with more of the reader's own words before those found only through
 * related words; a paragraph in a theme the query is about scores more; among the best, one that has the typed words
 * as written outranks one that only shares their stem. Ties keep corpus order.
 */
export function rank(
	matches: MatchSet,
	rows: Iterable<number>,
	paragraphOf: (row: number) => Paragraph | undefined,
	queryThemes: readonly Theme[],
	exact: { plan: QueryPlan; writtenForms: (form: string) => string[] } | undefined,
): Ranked[] {
	const textField = matches.layout.fields.indexOf(TEXT_FIELD);
	// Per unit, the terms that are the reader's own words (typed, corrected, completed, or the curated table's), as a
	// mask of their bits in the text.
	const directMasks = (exact?.plan.units ?? []).map((u) =>
		matches.layout.mask(
			[...u.literal.flat(), ...u.expansions.flat(), ...u.typos.map((t) => t.term), ...u.completions],
			textField,
		),
	);
	const themeIds = queryThemes.map((t) => t.id);
	const ranked: Ranked[] = [];
	// Plain loops: this runs for every match, and at scale closures per match cost more than the scoring.
	for (const row of rows) {
		const paragraph = paragraphOf(row);
		if (!paragraph) continue;
		let themed = 0;
		for (const id of themeIds) if (paragraph.themes.includes(id)) themed += 1;
		let direct = 0;
		for (const mask of directMasks) if (matches.intersects(row, mask)) direct += 1;
		const score = (matches.scores[row] ?? 0) * (1 + THEME_BONUS * themed);
		ranked.push({ paragraph, score, inText: matches.inField(row, textField), direct, matches, row });
	}
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

function order(a: Ranked, b: Ranked): number {
	return (
		Number(b.inText) - Number(a.inText) ||
		b.direct - a.direct ||
		b.score - a.score ||
		a.paragraph.order - b.paragraph.order
	);
}

/** The query terms a ranked paragraph matched in its own text (not its theme labels). */
export function textTerms(ranked: Ranked): string[] {
	return ranked.matches.termsIn(ranked.row, ranked.matches.layout.fields.indexOf(TEXT_FIELD));
}

/** A whole word written in any of these forms (case aside): a regular expression is cheaper than cutting the text. */
function wordPattern(forms: readonly string[]): RegExp {
	const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
