import { assembleCorpus, DEFAULT_DATA_DIR, readCorpusFiles, type LoadOptions } from './corpus-files.ts';
import { cachedDerived } from './corpus-snapshot.ts';
import { deriveDocuments } from './derive-documents.ts';
import type { Corpus } from './types.ts';

export { DEFAULT_DATA_DIR, noThemeAdvice, type LoadOptions } from './corpus-files.ts';

/**
 * Loads a corpus folder (see `readCorpusFiles`), its texts parsed or what parsing them works out read from the
 * snapshot in `options.cacheDir`. Synchronous, for tools and tests; a start uses `loadCorpusLazily`, which loads the
 * parser only when there is something to parse.
 */
export function loadCorpus(dataDir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Corpus {
	const files = readCorpusFiles(dataDir, options);
	const { metas, themes, overrides, themeIds, key } = files;
	const parse = () => deriveDocuments(metas, themes, overrides, dataDir);
	const derived = options.cacheDir
		? cachedDerived(
				options.cacheDir,
				// One snapshot, as for the index: another data folder replaces it (no files left behind per folder).
				'corpus',
				key,
				{ slugs: metas.map((m) => m.meta.slug), sources: metas.map((m) => m.source), themeIds },
				parse,
				options.onCache,
			)
		: parse();
	return assembleCorpus(files, derived);
}
