import { assembleCorpus, DEFAULT_DATA_DIR, readCorpusFiles, type LoadOptions } from './corpus-files.ts';
import { cachedDerivedLazily } from './corpus-snapshot.ts';
import type { Derived } from './derived-format.ts';
import type { Corpus } from './types.ts';

/**
 * `loadCorpus` for a start: the parser's modules (`derive-documents.ts` and the some eighty modules it imports, which
 * make some two hundred regular expressions as they load) are imported only when a text is to be parsed, which a start
 * whose corpus snapshot is valid never does. The same corpus as `loadCorpus`, for the same files and options.
 */
export async function loadCorpusLazily(dataDir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Promise<Corpus> {
	const files = readCorpusFiles(dataDir, options);
	const { metas, themes, overrides, themeIds, key } = files;
	const parse = async (): Promise<Derived> => {
		const { deriveDocuments } = await import('./derive-documents.ts');
		return deriveDocuments(metas, themes, overrides, dataDir);
	};
	const derived = options.cacheDir
		? await cachedDerivedLazily(
				options.cacheDir,
				'corpus',
				key,
				{ slugs: metas.map((m) => m.meta.slug), sources: metas.map((m) => m.source), themeIds },
				parse,
				options.onCache,
			)
		: await parse();
	return assembleCorpus(files, derived);
}
