import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { runConsole } from './console/console.ts';
import { BotCore } from './core/bot-core.ts';
import { startGateway } from './discord/gateway.ts';
import { createLogger, type Logger } from './logger.ts';

/** Entry point of `npm start`: validate the environment, build the index, then open the chosen door. */
async function main(): Promise<void> {
	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	const logger = createLogger(config.mode === 'console' && !process.env.LOG_LEVEL ? 'warn' : config.logLevel);
	const core = BotCore.load(commands);
	logger.info(
		{ mode: config.mode, corpus: core.context.corpus.version, paragraphs: core.context.corpus.paragraphs.length },
		'index ready',
	);
	process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

	if (config.mode === 'console') {
		onShutdown(async () => {}, logger);
		await runConsole({ core, input: process.stdin, output: process.stdout, logger });
		return;
	}
	const token = config.token ?? '';
	const client = await startGateway({ token, apiBase: config.apiBase, core, logger });
	onShutdown(() => client.destroy(), logger);
}

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5000;

/** On SIGINT or SIGTERM: close connections (bounded in time), then exit 0. */
function onShutdown(close: () => Promise<void>, logger: Logger): void {
	let stopping = false;
	const stop = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'shutting down');
		setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
		close()
			.catch((error: unknown) => logger.error({ err: error }, 'error while shutting down'))
			.finally(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
	const message =
		error instanceof ConfigError ? error.message : `conclusions-bot could not start: ${(error as Error).message}`;
	process.stderr.write(`${message}\n`);
	process.exit(1);
});
