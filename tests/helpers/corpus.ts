import { fileURLToPath } from 'node:url';
import { commands } from '../../commands/index.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { LOCAL_REQUESTER } from '../../src/core/requester.ts';
import type { CommandContext } from '../../src/core/types.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';

/** The second, small document that proves multi-document behaviour; it never goes into `data/`. */
export const FIXTURE_DOCUMENTS = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

export const seedCorpus = () => loadCorpus();
export const twoDocumentCorpus = () => loadCorpus(undefined, { extraDocumentDirs: [FIXTURE_DOCUMENTS] });
export const seedCore = () => BotCore.load(commands);
export const twoDocumentCore = () => BotCore.load(commands, undefined, { extraDocumentDirs: [FIXTURE_DOCUMENTS] });

/** A handler's context for a corpus: the local requester, no cooldown. */
export function contextFor(corpus: Corpus, requester = LOCAL_REQUESTER): CommandContext {
	return { corpus, index: new ParagraphIndex(corpus), requester, cooldown: Cooldown.off() };
}
