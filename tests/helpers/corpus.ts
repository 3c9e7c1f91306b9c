import { fileURLToPath } from 'node:url';
import { commands } from '../../commands/index.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';

/** The second, small document that proves multi-document behaviour; it never goes into `data/`. */
export const FIXTURE_DOCUMENTS = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));

export const seedCorpus = () => loadCorpus();
export const twoDocumentCorpus = () => loadCorpus(undefined, { extraDocumentDirs: [FIXTURE_DOCUMENTS] });
export const seedCore = () => BotCore.load(commands);
export const twoDocumentCore = () => BotCore.load(commands, undefined, { extraDocumentDirs: [FIXTURE_DOCUMENTS] });
