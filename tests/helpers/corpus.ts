import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commands } from '../../commands/index.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { LOCAL_REQUESTER } from '../../src/core/requester.ts';
import type { CommandContext, Requester } from '../../src/core/types.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';

/** The second, small document that proves multi-document behaviour; it never goes into `data/`. */
export const FIXTURE_DOCUMENTS = fileURLToPath(new URL('../fixtures/documents/', import.meta.url));
/** Documents in the layouts conclusions are published in (annex, PDF text, bullets, extract), with their metadata. */
export const LAYOUT_DOCUMENTS = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
/** What each layout fixture should give, written from the document: `expected/<name>.json`. */
export const EXPECTED_DIR = fileURLToPath(new URL('../fixtures/expected/', import.meta.url));

/** What a layout fixture should give, written from the document itself (not from the parser): `expected/<name>.json`. */
export interface ExpectedLayout {
	symbol: string;
	title: string;
	date: string;
	paragraphs: { paragraph: number; section: string | null; text: string }[];
}

export const expectedLayout = (name: string) =>
	JSON.parse(readFileSync(join(EXPECTED_DIR, `${name}.json`), 'utf8')) as ExpectedLayout;

/**
/**
 * Tests that pin SG/2084's facts ask for it by name, so adding documents to `data/` (as the README invites) never
 * breaks them; the themes, synonyms and spelling pairs are the bundled ones.
 */
export const SEED = { only: ['sg2084'] };
const TWO = { only: ['sg2084', 'fix0001'], extraDocumentDirs: [FIXTURE_DOCUMENTS] };

/**
 * Loading and indexing cost more than most tests that use them, and nothing mutates a corpus, an index or a core
 * without a cooldown: each one is loaded once and shared by every test file a vitest worker runs (the suite runs its
 * files without isolation: see vitest.config.ts).
 * A test that is about loading itself calls `loadCorpus` or `loadBotCore` directly.
 */
function once<T>(make: () => T): () => T {
	let made: { value: T } | undefined;
	return () => (made ??= { value: make() }).value;
}

const indexes = new WeakMap<Corpus, ParagraphIndex>();
/** The corpora every test file of a worker shares (`seedCorpus`, `twoDocumentCorpus`), as opposed to one test's own. */
const shared = new WeakSet<Corpus>();
const sharedOnce = (make: () => Corpus) =>
	once(() => {
		const corpus = make();
		shared.add(corpus);
		return corpus;
	});

/**
 * The index of a corpus, built once per corpus object. A shared corpus's index has what it works out on first need
 * worked out now, in a fixed order (`warmNow`: the tables first, as a start with an index cache makes them beside the
 * index, then the word vectors, then the themes' central paragraphs). It is shared by every test file a worker runs, so it must be in
 * the same state whichever file comes first; and a test that asks the bot through the gateway for the first empty
 * autocomplete must not pay, within Discord's 3 s, for work that belongs to start-up (measured by `npm run bench`,
 * not by the tests).
 * A corpus a test made for itself (a copy with other texts, a set of layout fixtures) is indexed as the bot indexes
 * one: its tables wait for the first search that needs them. Reducing WordNet to a corpus costs most of a second, and
 * most such corpora are only searched for words their text has, which need no table.
 */
export function indexOf(corpus: Corpus): ParagraphIndex {
	let index = indexes.get(corpus);
	if (!index) {
		index = new ParagraphIndex(corpus);
		if (shared.has(corpus)) index.warmNow();
		indexes.set(corpus, index);
	}
	return index;
}

export const seedCorpus = sharedOnce(() => loadCorpus(DEFAULT_DATA_DIR, SEED));
export const twoDocumentCorpus = sharedOnce(() => loadCorpus(DEFAULT_DATA_DIR, TWO));
export const seedCore = once(() => new BotCore({ corpus: seedCorpus(), index: indexOf(seedCorpus()) }, commands));
export const twoDocumentCore = once(
	() => new BotCore({ corpus: twoDocumentCorpus(), index: indexOf(twoDocumentCorpus()) }, commands),
);
const LAYOUTS = ['sg2084', 'annex-roman', 'press-release-bullets', 'numbered-extract'];
/** SG/2084 with the layout fixtures: several documents with their own numbering and sections. */
export const layoutsCorpus = (only = LAYOUTS) =>
	loadCorpus(DEFAULT_DATA_DIR, { only, extraDocumentDirs: [LAYOUT_DOCUMENTS] });
export const layoutsCore = (only = LAYOUTS) =>
	loadBotCore(commands, DEFAULT_DATA_DIR, { only, extraDocumentDirs: [LAYOUT_DOCUMENTS] });

/** A handler's context for a corpus: the local requester, no cooldown. */
export function contextFor(corpus: Corpus, requester = LOCAL_REQUESTER): CommandContext {
	return { corpus, index: indexOf(corpus), requester, cooldown: Cooldown.off() };
}

/**
 * A temporary copy of the bundled data folder with SG/2084 as its only document, whatever else `data/` holds, to
 * change on purpose; the caller removes it.
 */
export function seedDataCopy(prefix = 'corpus-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of readdirSync(DEFAULT_DATA_DIR)) {
		if (name.endsWith('.json')) cpSync(join(DEFAULT_DATA_DIR, name), join(dir, name));
	}
	for (const name of ['sg2084.json', 'sg2084.txt']) {
		cpSync(join(DEFAULT_DATA_DIR, 'documents', name), join(dir, 'documents', name));
	}
	return dir;
}

/** A user outside any server, who may post publicly, with the given client locale. */
export const requester = (locale: string): Requester => ({
	userId: '1',
	locale,
	guildLocale: undefined,
	inGuild: false,
	canPostPublicly: true,
});
