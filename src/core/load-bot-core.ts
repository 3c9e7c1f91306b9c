import { loadCorpus, type LoadOptions } from '../corpus/load-corpus.ts';
import { ParagraphIndex } from '../search/paragraph-index.ts';
import { BotCore, type CoreOptions } from './bot-core.ts';
import type { CommandSet } from './types.ts';

/**
 * Loads the corpus from a data folder (the bundled one by default) and indexes it, synchronously: for tools and tests.
 * Not a method of `BotCore`, whose module every door loads: this one loads the corpus parser, which a start with a
 * valid snapshot does without (see `loadCoreFor`).
 */
export function loadBotCore(set: CommandSet, dataDir?: string, options: LoadOptions & CoreOptions = {}): BotCore {
	const corpus = loadCorpus(dataDir, options);
	return new BotCore({ corpus, index: new ParagraphIndex(corpus, options.indexCache) }, set, options);
}
