import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.ts';
import { ConfigError, loadConfig } from './config.ts';
import { runConsole } from './console/console.ts';
import { BotCore } from './core/bot-core.ts';
import { startGateway } from './discord/gateway.ts';
import { createLogger } from './logger.ts';

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
		await runConsole({ core, input: process.stdin, output: process.stdout, logger });
		return;
	}
	const token = config.token ?? '';
	const client = await startGateway({ token, apiBase: config.apiBase, core, logger });
	const stop = () => {
		logger.info('shutting down');
		void client.destroy().finally(() => process.exit(0));
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
