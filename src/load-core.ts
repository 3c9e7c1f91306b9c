import { commands } from '../commands/index.ts';
import type { Config } from './config.ts';
import { BotCore } from './core/bot-core.ts';
import { Cooldown } from './core/cooldown.ts';
import { dataDirLoadFailure } from './data-dir.ts';
import { loadCorpusLazily } from './corpus/load-corpus-lazily.ts';
import { DEFAULT_DATA_DIR } from './corpus/load-corpus.ts';
import { groupedWarnings } from './corpus/grouped-warnings.ts';
import type { Logger } from './logger.ts';
import { buildIndexOffThread } from './search/build-off-thread.ts';
import { ensureWordVectors } from './search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR, IndexCache } from './search/index-cache.ts';
import { ParagraphIndex } from './search/paragraph-index.ts';
import type { MadeTables } from './search/first-need.ts';

/**
 * Loading the command core (the corpus, its index, the commands) for any door. `main.ts` imports this module when a
 * door is chosen, beside that door's own modules, so that both are loaded at once.
 */

/** The index snapshot's folder, logging what became of the snapshot (loaded, built, rebuilt and why). */
function indexCacheOf(config: Config, logger: Logger): IndexCache {
	return new IndexCache(config.indexCacheDir, (event) =>
		event.kind === 'write-failed'
			? logger.warn({ ...event }, 'could not save the index snapshot; the next start builds the index again')
			: logger.info({ ...event }, `index ${event.kind}`),
	);
}

/** Loads and indexes the corpus; a failure in a DATA_DIR folder names DATA_DIR, so the reader knows what to fix. */
export async function loadCoreFor(config: Config, logger: Logger): Promise<BotCore> {
	const { count, seconds } = config.searchCooldown;
	const indexCache = indexCacheOf(config, logger);
	try {
		// What loading works out from the files is kept beside the index's snapshot, and read back when they are unchanged.
		// The parser is loaded only if the texts are to be parsed (no valid snapshot).
		const corpus = await loadCorpusLazily(config.dataDir, {
			cacheDir: config.indexCacheDir,
			onCache: (event) =>
				event.kind === 'write-failed'
					? logger.warn({ ...event }, 'could not save the corpus snapshot; the next start parses the texts again')
					: logger.info({ ...event }, `corpus ${event.kind}`),
		});
		// A missing index snapshot is built in a worker thread (see `buildIndexOffThread`), so that the event loop
		// keeps answering `/healthz` and the gateway's heartbeat meanwhile; the snapshot is then loaded here.
		// That worker then makes the search tables: the index takes them (see `warmUpLater`).
		let tablesMade: (tables: MadeTables | undefined) => void = () => {};
		const tables = new Promise<MadeTables | undefined>((resolve) => (tablesMade = resolve));
		const events = await buildIndexOffThread(corpus, indexCache, {
			onTables: tablesMade,
			onExit: () => tablesMade(undefined),
		});
		for (const event of events ?? []) logger.info({ ...event }, `index ${event.kind} (in a worker thread)`);
		const index = new ParagraphIndex(corpus, indexCache);
		if (events) index.tablesComing(tables);
		index.onFirstNeed = (work, ms) => logger.debug({ work, ms: Math.round(ms) }, 'first-need work done');
		return new BotCore({ corpus, index }, commands, { cooldown: new Cooldown(count, seconds) });
	} catch (error) {
		if (config.dataDir === undefined) throw error;
		throw new Error(dataDirLoadFailure(config.dataDir, error));
	}
}

/** The core of a bot about to answer: loaded, its data's warnings said, "index ready" logged. */
export async function loadCore(config: Config, logger: Logger): Promise<BotCore> {
	const core = await loadCoreFor(config, logger);
	const { corpus } = core.context;
	// Problems in the data never stop the bot: each is said once, with its fix (`npm run import -- --check` lists them).
	for (const { document, message } of groupedWarnings(corpus, config.dataDir ?? DEFAULT_DATA_DIR)) {
		logger.warn({ document }, message);
	}
	logger.info(
		{ mode: config.mode, pid: process.pid, corpus: corpus.version, paragraphs: corpus.paragraphs.length },
		'index ready',
	);
	return core;
}

/**
 * Word vectors for paraphrases: converted once per machine, in a child process. Started once the bot is ready, so
 * that the conversion (a large JSON parse) does not compete with the start for the CPU; searches use the vectors
 * from the moment the file is there, so the replies kept from before are forgotten then; and, with `warmUp`, opened
 * ahead of the first search that needs them (see `warmUpLater`).
 */
export function convertWordVectorsLater(logger: Logger, core: BotCore, { warmUp = true } = {}): void {
	void ensureWordVectors(DEFAULT_INDEX_CACHE_DIR).then((file) => {
		if (file) core.replies.forget();
		logger.info({ file }, file ? 'word vectors ready' : 'no word vectors (the embeddings package is not installed)');
		// Vectors converted since start are opened ahead of the first search too.
		if (file && warmUp) warmUpLater(logger, core);
	});
}

/** The warm-ups whose end is logged already. */
const told = new WeakSet<Promise<unknown>>();

/**
 * The index's first-need work (the search tables, the word vectors, the themes' central paragraphs), done once the
 * bot is ready rather than by the first search that needs it: the tables a new or changed corpus lacks are made in a
 * worker thread, the rest read a slice per turn of the event loop (see `ParagraphIndex.warmUp`). Started after ready,
 * so that it neither delays the start nor competes with it; an interaction that meets the work meanwhile is deferred
 * and waits for it. Not in the console, which has no window to keep: there a search makes what it needs, saying so
 * (see `noteTableMaking`), and what is at hand is read as before.
 */
export function warmUpLater(logger: Logger, core: BotCore): void {
	if (core.context.index.warm) return;
	const warming = core.warmUp();
	// Asked again while one is under way (the word vectors found ready meanwhile): the same warm-up, told of once.
	if (told.has(warming)) return;
	told.add(warming);
	warming.then(
		(report) => logger.info({ ...report }, 'search tables ready'),
		(error: unknown) => logger.error({ err: error }, 'could not prepare the search tables; searches make them on need'),
	);
}
