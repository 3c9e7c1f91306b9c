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
		for (const name of namesOf(document, analyzer)) context.addName(name, document.slug);
	}
	return context;
}

/** An acronym ("AU", "CHOGM") or a name with a digit ("G20"), as written: what a body or its meeting is called. */
const NAME = /^(?:\p{Lu}{2,8}|\p{Lu}+\p{N}+)$/u;

/** Whether a reader's word may be the name a document goes by (see `namesOf`): as written, or in lower case ("chogm"). */
export const mayNameDocument = (word: string): boolean =>
	NAME.test(word) || (/^\p{Ll}/u.test(word) && NAME.test(word.toUpperCase()));

/**
 * The names a document goes by, as index terms: the acronyms of its titles and its publisher ("G20 Rio de Janeiro
 * Leaders' Declaration": g20; "…of the African Union (AU)": au; "Southern African Coastal States Union (SACSU)"),
 * and the words its symbol sets apart ("CARICOM HGC-47 Communiqué": caricom, hgc; "EUCO 12/24": euco), which tell a
 * body whose title is in capitals throughout ("COMMUNIQUÉ ISSUED AT THE… OF THE CARIBBEAN COMMUNITY"), where no
 * acronym stands out. A symbol's letters joined to the rest by a slash or a dot are a series, not a body ("SG/2312",
 * "S/PRST/2024/6", "PSC/PR/COMM.1200").
 */
function namesOf(document: CorpusDocument, analyzer: Analyzer): Set<string> {
	const titles = [document.title, document.shortTitle, document.publisher ?? ''].filter((title) =>
		/\p{Ll}/u.test(title),
	);
	const words = [
		...titles.flatMap((title) => title.split(/[^\p{L}\p{N}]+/u)),
		...document.symbol.split(/\s+/u).flatMap((part) => (/[/.]/.test(part) ? [] : part.split('-'))),
	].filter((word) => NAME.test(word));
	return new Set(words.flatMap((word) => analyzer.term(word) ?? []));
}

/**
 * The one document a name belongs to by its text (see `DocumentContext.writers`): the document of every paragraph
 * that writes it, when they are two or more and of one document. Otherwise none.
 */
export function soleWriter(writers: readonly string[]): readonly string[] {
	const documents = new Set(writers);
	return documents.size === 1 && writers.length >= 2 ? [...documents] : [];
}

/** The terms each document (by slug) lends its paragraphs: a `DocumentContext`, or a plain map in tests. */
export type LentTerms = Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get'> & {
	/** Whether any document lends this term (unknown: assume one may). */
	lends?(term: string): boolean;
	/** The documents (by slug) whose titles call them by a name (see `namesOf`); none when not given. */
	named?(name: string): readonly string[];
};

/**
 * Per document (by slug), the terms its metadata lends its paragraphs; and, the other way, which documents name a
 * group of terms, looked up by term: a corpus of hundreds of documents is not read through on every search.
 */
export class DocumentContext {
	readonly #bySlug = new Map<string, ReadonlySet<string>>();
	readonly #byTerm = new Map<string, string[]>();
	readonly #byName = new Map<string, string[]>();

	add(slug: string, terms: ReadonlySet<string>): void {
		this.#bySlug.set(slug, terms);
		for (const term of terms) this.#byTerm.set(term, [...(this.#byTerm.get(term) ?? []), slug]);
	}

	/**
	 * The documents (by slug) of the paragraphs whose text writes a term, one entry a paragraph; set by the index that
	 * holds them (see `ParagraphIndex`), none before.
	 */
	writers: (term: string) => readonly string[] = () => [];

	/** How many documents the context knows. */
	get size(): number {
		return this.#bySlug.size;
	}

	/** The terms a document's metadata lends its paragraphs. */
	get(slug: string): ReadonlySet<string> | undefined {
		return this.#bySlug.get(slug);
	}

	/** Records that a document's title calls it by this name (see `namesOf`). */
	addName(name: string, slug: string): void {
		const slugs = this.#byName.get(name) ?? [];
		if (!slugs.includes(slug)) this.#byName.set(name, [...slugs, slug]);
	}

	/** The documents (by slug) whose titles call them by this name. */
	named(name: string): readonly string[] {
		return this.#byName.get(name) ?? [];
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
