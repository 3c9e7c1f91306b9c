import { foldCase } from '../corpus/text.ts';
import { compileThemeMatchers, type ThemeMatcher } from '../corpus/themes.ts';
import type { Theme } from '../corpus/types.ts';
import type { QueryPlan } from './query-plan.ts';

/** Which themes a query is about: paragraphs of those themes rank above passing mentions. */
export class QueryThemes {
	readonly #matchers: Map<string, ThemeMatcher>;

	constructor(
		readonly themes: readonly Theme[],
		/** Each theme's label words as index terms (see `buildIndex`). */
		readonly labelTerms: ReadonlyMap<string, readonly string[]>,
	) {
		this.#matchers = compileThemeMatchers(themes);
	}

	/** Themes whose patterns match what was typed or meant, or whose label shares a word with the query. */
	of(query: string, plan: QueryPlan): Theme[] {
		const text = foldCase([query, ...plan.units.flatMap((u) => u.means)].join(' | '));
		const terms = new Set(plan.terms);
		return this.themes.filter(
			(theme) =>
				this.#matchers.get(theme.id)?.test(text) ||
				(this.labelTerms.get(theme.id) ?? []).some((term) => terms.has(term)),
		);
	}
}
