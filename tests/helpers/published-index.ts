import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { publishedEvaluationCorpus } from '../relevance/eval-corpus.ts';
import { indexOf } from './corpus.ts';

export interface PublishedIndex {
	index: ParagraphIndex;
	/** Where a query's first match is, as the tables cite it ("EUCO 12/24 ¶6"); undefined when nothing matched. */
	first: (query: string) => string | undefined;
}

let made: Promise<PublishedIndex> | undefined;

/**
 * The ten published documents the relevance tables' published pair is written over, imported as a reader would, indexed
 * once per worker and never changed (like the corpora of `./corpus.ts`).
 */
export function publishedIndex(): Promise<PublishedIndex> {
	return (made ??= (async () => {
		const corpus = await publishedEvaluationCorpus();
		const index = indexOf(corpus);
		const first = (query: string) => {
			const hit = index.search(query).hits[0];
			return hit && `${corpus.documentBySlug.get(hit.paragraph.document)?.symbol} ¶${hit.paragraph.number}`;
		};
		return { index, first };
	})());
}
