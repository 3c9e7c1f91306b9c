import { markRanges } from './paragraph-mark.ts';
import { foldCase } from './text.ts';
import type { Corpus, CorpusDocument, Paragraph, Theme } from './types.ts';

/** Finds a theme by id, or by its label typed in any case (Discord clients and people submit either). */
export function findTheme(corpus: Corpus, idOrLabel: string): Theme | undefined {
	// A client may submit an autocomplete choice's name ("Terrorism · 5 ¶") instead of its value.
	const wanted = foldCase(idOrLabel.replace(/\s*·\s*\d+\s*¶\s*$/u, '').trim());
	return corpus.themeById.get(wanted) ?? corpus.themes.find((theme) => foldCase(theme.label) === wanted);
}

/** A document name as people type it: case, accents and spaces do not count (`sg 2084` = `SG/2084`'s slug form). */
const documentKey = (name: string) => foldCase(name).replace(/\s+/gu, '');

/**
 * Finds a document by the names people use: its slug (`sg2084`) or its symbol as printed on it (`SG/2084`,
 * `sg/2084`, `SG / 2084`), an autocomplete choice's name (`SG/2084 · Conclusions of…`), or words of its symbol or
 * title that no other document has (`lakeside`).
 */
export function findDocument(corpus: Corpus, name: string): CorpusDocument | undefined {
	const wanted = documentKey(name.replace(/\s+·.*$/su, ''));
	if (wanted === '') return undefined;
	return (
		corpus.documentBySlug.get(wanted) ??
		corpus.documents.find((d) => documentKey(d.symbol) === wanted) ??
		// `SG2084`, `sg-2084`: the symbol with its separators left out.
		corpus.documents.find(
			(d) => documentKey(d.symbol).replace(/[^\p{L}\p{N}]/gu, '') === wanted.replace(/[^\p{L}\p{N}]/gu, ''),
		) ??
		onlyOneNamed(corpus.documents, name)
	);
}

/** A name's words, folded: `Lakeside`, `2084`. */
const wordsOf = (text: string) =>
	foldCase(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);

/**
 * The one document whose symbol or titles have every word typed (`lakeside` for "Lakeside Water Conclusions", `2084`):
 * people name a document by a word they remember. None when several have them: which one is meant is not known.
 */
function onlyOneNamed(documents: readonly CorpusDocument[], name: string): CorpusDocument | undefined {
	const named = documentsNamed(documents, name);
	return named.length === 1 ? named[0] : undefined;
}

/** The documents whose symbol or titles have every word of a name (`meeting`: perhaps several). */
export function documentsNamed(documents: readonly CorpusDocument[], name: string): CorpusDocument[] {
	const wanted = wordsOf(name);
	// A letter or a small word ("a", "of") names no document, though one title alone may have it.
	if (!wanted.some((w) => w.length >= 3 || /^\p{N}+$/u.test(w))) return [];
	return documents.filter((d) => {
		const words = new Set(wordsOf(`${d.symbol} ${d.shortTitle} ${d.title}`));
		return wanted.every((w) => words.has(w));
	});
}

/** How to name the documents in a message: `SG/2084 (sg2084), A/60/341 (a60341)`. */
export function documentNames(corpus: Corpus): string {
	return corpus.documents.map((d) => `${d.symbol} (${d.slug})`).join(', ');
}

/** The document a paragraph belongs to; every paragraph has one by construction. */
export function documentOf(corpus: Corpus, paragraph: Paragraph): CorpusDocument {
	const doc = corpus.documentBySlug.get(paragraph.document);
	if (!doc) throw new Error(`corpus: paragraph ${paragraph.id} names unknown document ${paragraph.document}`);
	return doc;
}

/** The labels of a paragraph's themes, in theme-file order. */
export function themesOf(corpus: Corpus, paragraph: Paragraph): Theme[] {
	return paragraph.themes.flatMap((id) => corpus.themeById.get(id) ?? []);
}

/**
 * The paragraph numbers a document has, as ranges and as it numbers them: `¶1–10`, `¶12–14, 16–18` for an extract
 * with a gap, `¶1–9; annex ¶1–4` for a report whose annex restarts its numbers.
 */
export function paragraphNumbers(document: CorpusDocument): string {
	return markRanges(document.paragraphs);
}
