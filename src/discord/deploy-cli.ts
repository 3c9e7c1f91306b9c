import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../commands/index.ts';
import { ConfigError, loadConfig, requireDeployCredentials } from '../config.ts';
import { BotCore } from '../core/bot-core.ts';
import { deployCommands } from './deploy.ts';

const USAGE =
	'usage: npm run deploy [-- --dry-run]\n  registers the slash commands (to DISCORD_GUILD_ID when set, else globally)';

async function main(): Promise<number> {
	let dryRun: boolean;
	try {
		dryRun = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } }).values['dry-run'] === true;
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	loadDotenv({ quiet: true });
	const definitions = BotCore.load(commands).definitions();
	if (dryRun) {
		process.stdout.write(`${JSON.stringify(definitions, null, '\t')}\n`);
		return 0;
	}
	const config = loadConfig(process.env);
	const { token, applicationId } = requireDeployCredentials(config);
	const { changed, count } = await deployCommands({
		token,
		applicationId,
		guildId: config.guildId,
		apiBase: config.apiBase,
		commands: definitions,
	});
	const where = config.guildId ? `to server ${config.guildId}` : 'globally (may take up to an hour to show everywhere)';
	process.stderr.write(
		changed
			? `Registered ${count} command(s) ${where}.\n`
			: `The ${count} command(s) ${where} are already up to date.\n`,
	);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(
			error instanceof ConfigError ? `${error.message}\n` : `deploy failed: ${(error as Error).message}\n`,
		);
		process.exit(1);
	},
);
