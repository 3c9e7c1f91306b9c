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

/**
 * Loading and indexing cost more than most tests that use them, and nothing mutates a corpus, an index or a core
 * without a cooldown: each test file (vitest gives every file its own modules) loads each one once and shares it.
 * A test that is about loading itself calls `loadCorpus` or `BotCore.load` directly.
 */
function once<T>(make: () => T): () => T {
	let made: { value: T } | undefined;
	return () => (made ??= { value: make() }).value;
}

const indexes = new WeakMap<Corpus, ParagraphIndex>();

/** The index of a corpus, built once per corpus object. */
export function indexOf(corpus: Corpus): ParagraphIndex {
	let index = indexes.get(corpus);
	if (!index) indexes.set(corpus, (index = new ParagraphIndex(corpus)));
	return index;
}

export const seedCorpus = once(() => loadCorpus());
export const twoDocumentCorpus = once(() => loadCorpus(undefined, { extraDocumentDirs: [FIXTURE_DOCUMENTS] }));
export const seedCore = once(() => new BotCore({ corpus: seedCorpus(), index: indexOf(seedCorpus()) }, commands));
export const twoDocumentCore = once(
	() => new BotCore({ corpus: twoDocumentCorpus(), index: indexOf(twoDocumentCorpus()) }, commands),
);

/** A handler's context for a corpus: the local requester, no effects yet, no cooldown. */
export function contextFor(corpus: Corpus, requester = LOCAL_REQUESTER): CommandContext {
	return { corpus, index: indexOf(corpus), requester, effects: [], cooldown: Cooldown.off() };
}
