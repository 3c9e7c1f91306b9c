import type { Corpus, CorpusDocument, Theme } from '../corpus/types.ts';
import type { ElsewhereCount } from '../render/search-scope.ts';
import type { ParagraphIndex, SearchOutcome } from '../search/paragraph-index.ts';

/**
 * With no match in the one document asked for, how many matches each other document has (the same search without
 * `document:`, in the same theme): "no paragraph matches" alone read as if no document had the words. None when
 * there were matches, no document was asked for, or only one is loaded.
 */
export function matchesElsewhere(
	{ corpus, index }: { corpus: Corpus; index: ParagraphIndex },
	query: string,
	outcome: SearchOutcome,
	{ theme, document }: { theme: Theme | undefined; document: CorpusDocument | undefined },
): ElsewhereCount[] | undefined {
	if (outcome.hits.length > 0 || !document || corpus.documents.length < 2) return undefined;
	const counts = new Map<string, number>();
	for (const { paragraph } of index.search(query, { theme: theme?.id }).hits)
		counts.set(paragraph.document, (counts.get(paragraph.document) ?? 0) + 1);
	return corpus.documents.flatMap(({ slug, symbol }) => {
		const count = counts.get(slug) ?? 0;
		return slug === document.slug || count === 0 ? [] : [{ symbol, count }];
	});
}
