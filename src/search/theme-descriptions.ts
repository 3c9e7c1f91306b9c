import type { Corpus, Theme } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import type { SearchFilters, SearchOutcome } from './search-outcome.ts';

/**
 * A search no paragraph answers in full whose every word is in the description of a theme that paragraphs have
 * ("early warning", or "good offices", which matches only other senses of its words: Conflict prevention covers
 * "early warning, preventive diplomacy, mediation and good offices", as `/themes` says): the theme, which the reply
 * names with the way to list its paragraphs. The themes are the corpus's, described for every document, so one
 * document may have a theme without the words its description uses; "No paragraph matches" alone left a reader who
 * typed the bot's own words with nothing. Each word as typed (its spelling variants and stem), not its related words.
 * Undefined otherwise, for a search that leaves words out, and for a theme no paragraph in the search's document has.
 */
export function describedByTheme(
	corpus: Corpus,
	analyzer: Analyzer,
	outcome: SearchOutcome,
	filters: SearchFilters = {},
): Theme | undefined {
	const { units, excluded } = outcome.plan;
	if (outcome.match === 'all' || outcome.unstated !== undefined || units.length === 0) return undefined;
	// A search that leaves words out (`human rights -terrorism`) found nothing because of them, maybe: a theme's
	// paragraphs, which may be the very ones left out, are no answer to it.
	if (excluded.length > 0) return undefined;
	const had = (theme: Theme) =>
		(corpus.paragraphsByTheme.get(theme.id) ?? []).some(
			(p) => filters.document === undefined || p.document === filters.document,
		);
	return corpus.themes.find((theme) => {
		if (filters.theme !== undefined && theme.id !== filters.theme) return false;
		const terms = descriptionTerms(analyzer, theme.description);
		return units.every((unit) => unit.literal.some((group) => group.every((t) => terms.has(t)))) && had(theme);
	});
}

/** A description's index terms, made once per analyser and text: every search that finds nothing asks for them. */
const madeTerms = new WeakMap<Analyzer, Map<string, Set<string>>>();

function descriptionTerms(analyzer: Analyzer, description: string): Set<string> {
	const made = madeTerms.get(analyzer) ?? new Map<string, Set<string>>();
	madeTerms.set(analyzer, made);
	let terms = made.get(description);
	if (terms === undefined) {
		terms = new Set(analyzer.tokens(description).flatMap((word) => analyzer.term(word) ?? []));
		made.set(description, terms);
	}
	return terms;
}
