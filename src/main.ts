import { fileURLToPath } from 'node:url';
import type { RunningGateway } from './discord/gateway.ts';
import { loadConfig, type Config } from './config.ts';
import { SINGLE_SHARD, shardOfThisProcess, type ShardPlacement } from './discord/shard-placement.ts';
import { envFileForReader, loadEnvironment } from './environment.ts';
import { createLogger, type Logger } from './logger.ts';
import { DEFAULT_INDEX_CACHE_DIR } from './search/index-cache.ts';
import { onShutdown, STOP_BUDGET } from './shutdown.ts';
import { describeStartupError } from './startup-error.ts';
import { VERSION } from './version.ts';

/**
 * The command core's modules (corpus, search, commands) are imported with the chosen door's, all at once: their
 * loading overlaps, and a door never loads another's (discord.js alone takes longer to load than the console takes
 * to answer).
 */
const coreLoading = () => import('./load-core.ts');

/** HTTP mode: listen first (so /healthz answers 503 while loading), then load the index and start answering. */
async function runHttp(config: Config, logger: Logger): Promise<void> {
	const [{ startHttpEndpoint }, { interactionRest }, { loadCore, convertWordVectorsLater, warmUpLater }] =
		await Promise.all([import('./discord/http-server.ts'), import('./discord/interaction-rest.ts'), coreLoading()]);
	const endpoint = await startHttpEndpoint({
		publicKey: config.publicKey ?? '',
		port: config.port,
		host: config.host,
		// No token: the only REST calls are webhook edits of deferred answers, authorized by the interaction token.
		rest: interactionRest(config.apiBase),
		logger,
		version: VERSION,
	});
	onShutdown(() => endpoint.close(STOP_BUDGET.graceMs, STOP_BUDGET.noticeMs), logger);
	const core = await loadCore(config, logger);
	endpoint.ready(core);
	warmUpLater(logger, core);
	convertWordVectorsLater(logger, core);
}

/**
 * Gateway mode: warns when another process of this bot, on this machine, runs a shard this one runs (a second
 * `npm start`: both would answer each interaction). Not refused: shards spread with SHARD_LIST are legitimate.
 */
async function warnIfAlreadyRunning(config: Config, logger: Logger, token: string): Promise<void> {
	const { noteRunning, runningWarning } = await import('./discord/running-note.ts');
	const check = noteRunning(config.indexCacheDir ?? DEFAULT_INDEX_CACHE_DIR, token, config.shardList ?? 'all');
	// Every way out (a signal's shutdown, a fatal error) ends in process.exit; a kill -9 leaves a note the next start
	// finds stale.
	process.once('exit', () => check.release());
	if (check.staleRemoved.length > 0) {
		logger.info({ pids: check.staleRemoved }, 'a note left by an earlier run that no longer runs was removed');
	}
	const warning = runningWarning(check.overlapping);
	if (warning !== undefined) logger.warn({ pids: check.overlapping.map((note) => note.pid) }, warning);
}

/** Gateway mode with SHARD_COUNT: this process only manages one process per shard (each runs this file). */
async function runShardManager(config: Config, logger: Logger, token: string): Promise<void> {
	const [{ checkDiscordApi }, { ShardFleet }, { loadCoreFor }] = await Promise.all([
		import('./discord/api-check.ts'),
		import('./discord/shard-manager.ts'),
		coreLoading(),
	]);
	await warnIfAlreadyRunning(config, logger, token);
	// A signal before the shards are started stops the manager as cleanly as one after.
	const running: { fleet?: InstanceType<typeof ShardFleet> } = {};
	// Each shard stops as a single bot does (its budget and the closing of its connection): killed only after that.
	onShutdown(async () => running.fleet?.stop(STOP_BUDGET.graceMs + STOP_BUDGET.noticeMs + 300), logger);
	// Fail here, once, on invalid data, rather than in every shard; the shards then load the index's snapshot.
	await loadCoreFor(config, logger);
	// Checks the token and DISCORD_API_BASE once, quickly, before any shard starts; also Discord's recommended count.
	const gateway = await checkDiscordApi(token, config.apiBase);
	const totalShards = config.shardCount === 'auto' ? gateway.shards : (config.shardCount ?? 1);
	const started = new ShardFleet({
		file: fileURLToPath(import.meta.url),
		token,
		totalShards,
		shardList: config.shardList,
		logger,
	});
	running.fleet = started;
	await started.spawn(config.shardSpawnDelayMs);
}

/** Gateway mode, one process or one shard of several. */
async function runGateway(config: Config, logger: Logger, token: string, shards: ShardPlacement): Promise<void> {
	const [
		{ checkDiscordApi },
		{ startGateway, closeGateway },
		{ checkRegistration },
		{ loadCore, convertWordVectorsLater, warmUpLater },
	] = await Promise.all([
		import('./discord/api-check.ts'),
		import('./discord/gateway.ts'),
		import('./discord/registration-check.ts'),
		coreLoading(),
	]);
	// A shard started by the manager is in the manager's note.
	if (shards === SINGLE_SHARD) await warnIfAlreadyRunning(config, logger, token);
	// A signal while the index loads or the connection is made stops the bot as cleanly as one once it is connected.
	const running: RunningGateway = {};
	const stop = onShutdown(() => closeGateway(running, STOP_BUDGET), logger);
	// A shard whose manager is gone (killed without a chance to stop it) must not live on as an orphan.
	if (shards !== SINGLE_SHARD) process.once('disconnect', () => stop('manager disconnected'));
	// A wrong token or DISCORD_API_BASE is told in seconds, naming what to fix, rather than after login's retries. The
	// request is under way while the index loads; its answer is awaited before connecting.
	const apiChecked = checkDiscordApi(token, config.apiBase);
	apiChecked.catch(() => {});
	const core = await loadCore(config, logger);
	await apiChecked;
	const connected = await startGateway({
		token,
		apiBase: config.apiBase,
		core,
		logger,
		shards,
		onAnswerer: (answerer) => (running.answerer = answerer),
	});
	running.client = connected;
	warmUpLater(logger, core);
	convertWordVectorsLater(logger, core);
	// Once per bot, not once per shard.
	if (shards.ids.includes(0)) {
		await checkRegistration({
			rest: connected.rest,
			applicationId: connected.application.id,
			configuredApplicationId: config.applicationId,
			guildId: config.guildId,
			commands: core.definitions(),
			dataDir: config.dataDir,
			logger,
		});
	}
}

/**
 * Entry point of `npm start`: validate the environment, then open the chosen door. Each door's adapter is imported
 * only when chosen, with the core's modules (see `coreLoading`).
 */
async function main(): Promise<void> {
	const envFile = loadEnvironment();
	const config = loadConfig(process.env);
	const shard = shardOfThisProcess(process.env);
	const root = createLogger(config.mode === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.logLevel);
	const logger = shard ? root.child({ shard: shard.ids[0] }) : root;
	// Started from another folder, the project's .env may be read rather than the working folder's: say which.
	logger.info(
		{ mode: config.mode, envFile: envFile ?? null },
		envFile === undefined ? 'starting; no .env file read' : `starting with the settings of ${envFile}`,
	);
	// A token and a public key both set, and no BOT_MODE: the key chose HTTP mode, which waits for Discord's requests
	// rather than connecting; one who filled in every value of .env.example may have wanted the gateway.
	if (config.mode === 'http' && !process.env.BOT_MODE && process.env.DISCORD_TOKEN)
		logger.info('http mode, as DISCORD_PUBLIC_KEY is set: BOT_MODE=gateway connects through the gateway instead');
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

	if (config.mode === 'console') {
		const [{ loadCore, convertWordVectorsLater }, { runConsole }, { exitQuietlyWhenStdoutCloses }] = await Promise.all([
			coreLoading(),
			import('./console/console.ts'),
			import('./console/stdout-closed.ts'),
		]);
		const core = await loadCore(config, logger);
		// Ctrl-C on a terminal leaves the cursor after the prompt: end its line, so the shell's prompt starts a new one.
		onShutdown(() => {
			if (process.stdin.isTTY) process.stdout.write('\n');
			return Promise.resolve();
		}, logger);
		exitQuietlyWhenStdoutCloses();
		// The console does its first-need work on first need (see `noteTableMaking`), vectors converted later included.
		convertWordVectorsLater(logger, core, { warmUp: false });
		await runConsole({
			core,
			input: process.stdin,
			output: process.stdout,
			logger,
			tokenSet: Boolean(process.env.DISCORD_TOKEN),
			envFile: envFileForReader(envFile),
		});
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
