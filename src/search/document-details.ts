import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import type { SearchOutcome } from './search-outcome.ts';

/** The details of a document a reader may search for, in the order they are looked at. */
const DETAILS = ['author', 'title', 'place', 'publisher'] as const;
export type Detail = (typeof DETAILS)[number];

export interface NamedInDetails {
	document: CorpusDocument;
	detail: Detail;
	value: string;
}

/**
 * A search no paragraph answers whose every word is in one of a document's details: its author (SG/2084's
 * conclusions are Kofi Annan's, named in the press release's opening line, which is no paragraph), title, place or
 * publisher. "No paragraph matches" alone would tell a reader the document never names it. Undefined otherwise.
 */
export function namedInDetails(corpus: Corpus, analyzer: Analyzer, outcome: SearchOutcome): NamedInDetails | undefined {
	const { units } = outcome.plan;
	if (outcome.match !== 'none' || units.length === 0) return undefined;
	for (const detail of DETAILS) {
		for (const document of corpus.documents) {
			const value = document[detail];
			if (!value) continue;
			const terms = new Set(analyzer.tokens(value).map((word) => analyzer.term(word)));
			// Each part as typed (its spelling variants and stem forms), not its related words: a detail names it.
			if (units.every((unit) => unit.literal.some((group) => group.every((term) => terms.has(term))))) {
				return { document, detail, value };
			}
		}
	}
	return undefined;
}
