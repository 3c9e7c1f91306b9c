import { foldCase } from './text.ts';
import type { Corpus, CorpusDocument, Paragraph, Theme } from './types.ts';

/** Finds a theme by id, or by its label typed in any case (Discord clients and people submit either). */
export function findTheme(corpus: Corpus, idOrLabel: string): Theme | undefined {
	// A client may submit an autocomplete choice's name ("Terrorism · 5 ¶") instead of its value.
	const wanted = foldCase(idOrLabel.replace(/\s*·\s*\d+\s*¶\s*$/u, '').trim());
	return corpus.themeById.get(wanted) ?? corpus.themes.find((theme) => foldCase(theme.label) === wanted);
}

export function findDocument(corpus: Corpus, slug: string): CorpusDocument | undefined {
	return corpus.documentBySlug.get(slug.trim().toLowerCase());
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
