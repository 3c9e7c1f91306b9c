import { corpusFingerprint } from '../corpus/fingerprint.ts';
import { themesOf } from '../corpus/lookup.ts';
import type { Corpus } from '../corpus/types.ts';
import { Analyzer } from './analyzer.ts';
import type { IndexCache, IndexInput, TermListener } from './index-cache.ts';
import { indexOptions, type IndexedParagraph } from './search-options.ts';

/** What the cache builds from, or loads a snapshot of: the paragraphs as indexed, keyed with the language data. */
export function indexInput(corpus: Corpus, analyzer: Analyzer, onTerm: TermListener): IndexInput<IndexedParagraph> {
	return {
		name: 'paragraphs',
		options: (listener) => indexOptions(analyzer, listener),
		documents: () => indexedDocuments(corpus),
		ids: () => corpus.paragraphs.map((p) => p.id),
		source: corpus,
		fingerprint: corpusFingerprint(corpus),
		termOf: (word) => analyzer.term(word),
		extra: corpus.language,
		onTerm,
	};
}

const documentsByCorpus = new WeakMap<Corpus, IndexedParagraph[]>();

/** The paragraphs as indexed, made once per corpus: the cache keys its snapshot by them (see `IndexCache`). */
export function indexedDocuments(corpus: Corpus): IndexedParagraph[] {
	let documents = documentsByCorpus.get(corpus);
	if (!documents) {
		// Paragraphs share a few sets of themes: each set's labels are joined once.
		const labels = new Map<string, string>();
		documents = corpus.paragraphs.map((p) => {
			const set = p.themes.join('\0');
			let themes = labels.get(set);
			if (themes === undefined) {
				themes = themesOf(corpus, p)
					.map((t) => t.label)
					.join(' ');
				labels.set(set, themes);
			}
			return { id: p.id, text: p.searchText, themes };
		});
		documentsByCorpus.set(corpus, documents);
	}
	return documents;
}

/** Whether `cache` holds a snapshot of this corpus's index, so that `buildIndex` would load rather than build. */
export function hasCachedIndex(corpus: Corpus, cache: IndexCache): boolean {
	return cache.dir !== undefined && cache.has(indexInput(corpus, new Analyzer(corpus.language.spelling), () => {}));
}
