import { fileURLToPath } from 'node:url';
import { commands } from '../commands/index.ts';
import { loadConfig, type Config } from './config.ts';
import { runConsole } from './console/console.ts';
import { exitQuietlyWhenStdoutCloses } from './console/stdout-closed.ts';
import { BotCore } from './core/bot-core.ts';
import { Cooldown } from './core/cooldown.ts';
import { SINGLE_SHARD, shardOfThisProcess, type ShardPlacement } from './discord/shard-placement.ts';
import { loadEnvironment } from './environment.ts';
import { createLogger, type Logger } from './logger.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import { buildIndexOffThread } from './search/build-off-thread.ts';
import { ensureWordVectors } from './search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR, IndexCache } from './search/index-cache.ts';
import { ParagraphIndex } from './search/paragraph-index.ts';
import { onShutdown, SHUTDOWN_GRACE_MS } from './shutdown.ts';
import { describeStartupError } from './startup-error.ts';
import { VERSION } from './version.ts';

/** The index snapshot's folder, logging what became of the snapshot (loaded, built, rebuilt and why). */
function indexCacheOf(config: Config, logger: Logger): IndexCache {
	return new IndexCache(config.indexCacheDir, (event) =>
		event.kind === 'write-failed'
			? logger.warn({ ...event }, 'could not save the index snapshot; the next start builds the index again')
			: logger.info({ ...event }, `index ${event.kind}`),
	);
}

/** Loads and indexes the corpus; a failure in a DATA_DIR folder names DATA_DIR, so the reader knows what to fix. */
async function loadCoreFor(config: Config, logger: Logger): Promise<BotCore> {
	const { count, seconds } = config.searchCooldown;
	const indexCache = indexCacheOf(config, logger);
	try {
		const corpus = loadCorpus(config.dataDir);
		// A missing index snapshot is built in a worker thread (see `buildIndexOffThread`), so that the event loop
		// keeps answering `/healthz` and the gateway's heartbeat meanwhile; the snapshot is then loaded here.
		const events = await buildIndexOffThread(corpus, indexCache);
		for (const event of events ?? []) logger.info({ ...event }, `index ${event.kind} (in a worker thread)`);
		const index = new ParagraphIndex(corpus, indexCache);
		return new BotCore({ corpus, index }, commands, { cooldown: new Cooldown(count, seconds) });
	} catch (error) {
		if (config.dataDir === undefined) throw error;
		const reason = (error instanceof Error ? error.message : String(error)).replace(/^corpus: /, '');
		throw new Error(
			`corpus: DATA_DIR "${config.dataDir}" could not be loaded: ${reason} — fix that folder (laid out as data/), or leave DATA_DIR empty for the bundled corpus`,
		);
	}
}

async function loadCore(config: Config, logger: Logger): Promise<BotCore> {
	// Word vectors for paraphrases: converted in a child process the first time, without delaying the start; searches
	// use them from the moment the file is there.
	void ensureWordVectors(DEFAULT_INDEX_CACHE_DIR).then((file) =>
		logger.info({ file }, file ? 'word vectors ready' : 'no word vectors (the embeddings package is not installed)'),
	);
	const core = await loadCoreFor(config, logger);
	const { corpus } = core.context;
	// Problems in the data never stop the bot: each is said once, with its fix (`npm run import -- --check` lists them).
	for (const warning of corpus.warnings) logger.warn({ document: warning.document }, warning.message);
	logger.info(
		{ mode: config.mode, pid: process.pid, corpus: corpus.version, paragraphs: corpus.paragraphs.length },
		'index ready',
	);
	return core;
}

/** HTTP mode: listen first (so /healthz answers 503 while loading), then load the index and start answering. */
async function runHttp(config: Config, logger: Logger): Promise<void> {
	const [{ startHttpEndpoint }, { interactionRest }] = await Promise.all([
		import('./discord/http-server.ts'),
		import('./discord/interaction-rest.ts'),
	]);
	const endpoint = await startHttpEndpoint({
		publicKey: config.publicKey ?? '',
		port: config.port,
		host: config.host,
		// No token: the only REST calls are webhook edits of deferred answers, authorized by the interaction token.
		rest: interactionRest(config.apiBase),
		logger,
		version: VERSION,
	});
	onShutdown(() => endpoint.close(SHUTDOWN_GRACE_MS - 1000), logger);
	endpoint.ready(await loadCore(config, logger));
}

/** Gateway mode with SHARD_COUNT: this process only manages one process per shard (each runs this file). */
async function runShardManager(config: Config, logger: Logger, token: string): Promise<void> {
	const [{ checkDiscordApi }, { ShardFleet }] = await Promise.all([
		import('./discord/api-check.ts'),
		import('./discord/shard-manager.ts'),
	]);
	// Fail here, once, on invalid data, rather than in every shard; the shards then load the index's snapshot.
	await loadCoreFor(config, logger);
	// Checks the token and DISCORD_API_BASE once, quickly, before any shard starts; also Discord's recommended count.
	const gateway = await checkDiscordApi(token, config.apiBase);
	const totalShards = config.shardCount === 'auto' ? gateway.shards : (config.shardCount ?? 1);
	const fleet = new ShardFleet({
		file: fileURLToPath(import.meta.url),
		token,
		totalShards,
		shardList: config.shardList,
		logger,
	});
	onShutdown(() => fleet.stop(), logger);
	await fleet.spawn(config.shardSpawnDelayMs);
}

/** Gateway mode, one process or one shard of several. */
async function runGateway(config: Config, logger: Logger, token: string, shards: ShardPlacement): Promise<void> {
	const [{ checkDiscordApi }, { startGateway }, { InFlight }, { checkRegistration }] = await Promise.all([
		import('./discord/api-check.ts'),
		import('./discord/gateway.ts'),
		import('./discord/in-flight.ts'),
		import('./discord/registration-check.ts'),
	]);
	// A wrong token or DISCORD_API_BASE is told in seconds, naming what to fix, rather than after login's retries.
	await checkDiscordApi(token, config.apiBase);
	const core = await loadCore(config, logger);
	const inFlight = new InFlight();
	const client = await startGateway({ token, apiBase: config.apiBase, core, logger, inFlight, shards });
	const stop = onShutdown(async () => {
		await inFlight.settle(SHUTDOWN_GRACE_MS - 1000);
		await client.destroy();
	}, logger);
	// A shard whose manager is gone (killed without a chance to stop it) must not live on as an orphan.
	if (shards !== SINGLE_SHARD) process.once('disconnect', () => stop('manager disconnected'));
	// Once per bot, not once per shard.
	if (shards.ids.includes(0)) {
		await checkRegistration({
			rest: client.rest,
			applicationId: client.application.id,
			configuredApplicationId: config.applicationId,
			guildId: config.guildId,
			commands: core.definitions(),
			logger,
		});
	}
}

/**
 * Entry point of `npm start`: validate the environment, then open the chosen door. Each door's adapter is imported
 * only when chosen: discord.js alone takes longer to load than the console takes to answer.
 */
async function main(): Promise<void> {
	loadEnvironment();
	const config = loadConfig(process.env);
	const shard = shardOfThisProcess(process.env);
	const root = createLogger(config.mode === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.logLevel);
	const logger = shard ? root.child({ shard: shard.ids[0] }) : root;
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

	if (config.mode === 'console') {
		const core = await loadCore(config, logger);
		onShutdown(async () => {}, logger);
		exitQuietlyWhenStdoutCloses();
		await runConsole({ core, input: process.stdin, output: process.stdout, logger });
		return;
	}
	if (config.mode === 'http') return runHttp(config, logger);
	const token = config.token ?? '';
	if (config.shardCount !== undefined && !shard) return runShardManager(config, logger, token);
	return runGateway(config, logger, token, shard ?? SINGLE_SHARD);
}

main().catch((error: unknown) => {
	process.stderr.write(`${describeStartupError(error)}\n`);
	process.exit(1);
});
