import type { CorpusDocument } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import { isIdentifier } from './answer-type.ts';

/**
 * What a document's metadata says of every one of its paragraphs, as index terms: the meeting it concludes, named by
 * an ordinal or a number in its title ("Conclusions of the Sixth High-Level Meeting"), and the years of its dates. A reader asks "what was the theme of the sixth meeting?", and the paragraph that answers says
 * "the meeting took as its theme…": the sixth is in the title, not in the paragraph. Only such identifying words are
 * taken, not the title's other words (nor the place: "New York" would lend "new"), which most paragraphs have anyway.
 */
export function documentContext(documents: readonly CorpusDocument[], analyzer: Analyzer): DocumentContext {
	const context = new DocumentContext();
	for (const document of documents) {
		const words = [
			...[document.title, document.shortTitle].flatMap((title) => analyzer.tokens(title).filter(isIdentifier)),
			...[document.releaseDate, ...(document.meetingDates ?? [])].map((date) => date.slice(0, 4)),
		];
		context.add(document.slug, new Set(words.flatMap((word) => analyzer.term(word) ?? [])));
	}
	return context;
}

/** The terms each document (by slug) lends its paragraphs: a `DocumentContext`, or a plain map in tests. */
export type LentTerms = Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get'> & {
	/** Whether any document lends this term (unknown: assume one may). */
	lends?(term: string): boolean;
};

/**
 * Per document (by slug), the terms its metadata lends its paragraphs; and, the other way, which documents name a
 * group of terms, looked up by term: a corpus of hundreds of documents is not read through on every search.
 */
export class DocumentContext {
	readonly #bySlug = new Map<string, ReadonlySet<string>>();
	readonly #byTerm = new Map<string, string[]>();

	add(slug: string, terms: ReadonlySet<string>): void {
		this.#bySlug.set(slug, terms);
		for (const term of terms) this.#byTerm.set(term, [...(this.#byTerm.get(term) ?? []), slug]);
	}

	/** The terms a document's metadata lends its paragraphs. */
	get(slug: string): ReadonlySet<string> | undefined {
		return this.#bySlug.get(slug);
	}

	/** Whether any document's metadata has this term. */
	lends(term: string): boolean {
		return this.#byTerm.has(term);
	}

	/** The documents whose metadata has every term of the group (none for an empty group). */
	naming(group: readonly string[]): string[] {
		const [first, ...rest] = group;
		if (first === undefined) return [];
		return (this.#byTerm.get(first) ?? []).filter((slug) => rest.every((term) => this.#bySlug.get(slug)?.has(term)));
	}
}
