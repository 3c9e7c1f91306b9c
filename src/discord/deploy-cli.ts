import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../commands/index.ts';
import { ConfigError, loadConfig, requireDeployCredentials } from '../config.ts';
import { BotCore } from '../core/bot-core.ts';
import { deployCommands } from './deploy.ts';

const USAGE =
	'usage: npm run deploy [-- --dry-run]\n  registers the slash commands (to DISCORD_GUILD_ID when set, else globally)';

export interface DeployIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** `npm run deploy`: returns the exit code (2 for bad arguments, 1 for configuration or Discord errors). */
export async function runDeploy(argv: string[], env: NodeJS.ProcessEnv, io: DeployIo, core?: BotCore): Promise<number> {
	let dryRun: boolean;
	try {
		dryRun =
			parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean', default: false } } }).values['dry-run'] === true;
	} catch (error) {
		io.stderr(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	// The `document` option is registered only when DATA_DIR's folder holds several documents.
	const definitions = (core ?? BotCore.load(commands, env.DATA_DIR?.trim() || undefined)).definitions();
	if (dryRun) {
		io.stdout(`${JSON.stringify(definitions, null, '\t')}\n`);
		return 0;
	}
	try {
		const config = loadConfig(env);
		const { token, applicationId } = requireDeployCredentials(config);
		const { changed, count } = await deployCommands({
			token,
			applicationId,
			guildId: config.guildId,
			apiBase: config.apiBase,
			commands: definitions,
		});
		const where = config.guildId
			? `to server ${config.guildId}`
			: 'globally (Discord may take a while to show them everywhere)';
		io.stdout(
			changed
				? `Registered ${count} command(s) ${where}.\n`
				: `The ${count} command(s) ${where} were already up to date.\n`,
		);
		return 0;
	} catch (error) {
		io.stderr(error instanceof ConfigError ? `${error.message}\n` : `deploy failed: ${(error as Error).message}\n`);
		return 1;
	}
}

// Run only as the entry point, so tests can import runDeploy.
if (import.meta.url === `file://${process.argv[1]}`) {
	loadDotenv({ quiet: true });
	process.exitCode = await runDeploy(process.argv.slice(2), process.env, {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
	});
}
