import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import type { SearchOutcome } from './search-outcome.ts';
import { literally } from './literal-pattern.ts';

/** The details of a document a reader may search for, in the order they are looked at. */
const DETAILS = ['author', 'title', 'place', 'publisher'] as const;
export type Detail = (typeof DETAILS)[number];
/** The shortest stem a longer word of a detail may begin with and count as it (`chair` of Chairman). */
const MIN_STEM = 5;

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
	// A question whose words paragraphs have, but not the fact it asks for (see `unstated`), is not one of them.
	if (outcome.match !== 'none' || outcome.unstated !== undefined || units.length === 0) return undefined;
	for (const detail of DETAILS) {
		for (const document of corpus.documents) {
			const value = document[detail];
			if (!value) continue;
			const terms = detailTerms(analyzer, value);
			// Each part as typed (its spelling variants and stem forms), not its related words: a detail names it. A
			// word the detail derives from one of five letters or more counts ("chaired": the meeting's Chairman).
			const has = (term: string) => terms.some((t) => t === term || (term.length >= MIN_STEM && t.startsWith(term)));
			if (units.every((unit) => unit.literal.some((group) => group.every(has)))) {
				return { document, detail, value };
			}
		}
	}
	return undefined;
}

/** A detail's index terms, made once per analyser and text: every search that finds nothing asks for all of them. */
const madeTerms = new WeakMap<Analyzer, Map<string, string[]>>();

function detailTerms(analyzer: Analyzer, value: string): string[] {
	const made = madeTerms.get(analyzer) ?? new Map<string, string[]>();
	madeTerms.set(analyzer, made);
	let terms = made.get(value);
	if (terms === undefined) {
		terms = [...new Set(analyzer.tokens(value).map((word) => analyzer.term(word) ?? ''))];
		made.set(value, terms);
	}
	return terms;
}

/** The details that say who speaks in a document: words of them beside others name the speaker, not what is asked. */
const BYLINES = ['author', 'publisher'] as const;

/**
 * A search no paragraph answers that names, beside what it asks, who a document is by ("what did the
 * Secretary-General conclude on terrorism": SG/2084 is the Secretary-General's conclusions, which its paragraphs never
 * say): that document, and the query without those words. Only words the text lacks, as typed or through the curated
 * table ("SG"), and never every word. Undefined otherwise.
 */
export function bylineOf(
	corpus: Corpus,
	analyzer: Analyzer,
	outcome: SearchOutcome,
	query: string,
): { document: string; rest: string } | undefined {
	const { units } = outcome.plan;
	if (outcome.match !== 'none' || units.length < 2) return undefined;
	for (const document of corpus.documents) {
		const terms = BYLINES.flatMap((detail) => {
			const value = document[detail];
			return value ? detailTerms(analyzer, value) : [];
		});
		const named = units.filter(
			(unit) =>
				!unit.answerable && [...unit.literal, ...unit.expansions].some((g) => g.every((t) => terms.includes(t))),
		);
		if (named.length === 0 || named.length === units.length) continue;
		let rest = query;
		for (const unit of named) rest = rest.replace(new RegExp(literally(unit.typed), 'iu'), ' ');
		return { document: document.slug, rest: rest.replace(/\s+/gu, ' ').trim() };
	}
	return undefined;
}
