import { commands } from '../../commands/index.ts';
import { ConfigError, loadDeployConfig, type DeployConfig } from '../config.ts';
import { value } from '../config-values.ts';
import { BotCore } from '../core/bot-core.ts';
import { closestName } from '../core/closest-name.ts';
import { dataDirLoadFailure, dataDirProblem } from '../data-dir.ts';
import { readNpmFlags } from '../npm-flags.ts';
import { describeApiFailure } from './api-check.ts';
import { deployCommands } from './deploy.ts';

const DRY_RUN = '--dry-run';
const USAGE =
	'usage: npm run deploy [-- --dry-run]\n  registers the slash commands (to DISCORD_GUILD_ID when set, else globally);\n' +
	'  --dry-run prints them as JSON instead, without a token';

export interface DeployIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

/**
 * The commands to register, made from DATA_DIR's folder (the `document` option is registered only when it holds
 * several documents), or the line to print when that folder does not load: `npm start`'s words for it.
 */
function commandsOf(dataDir: string | undefined, env: NodeJS.ProcessEnv, core: BotCore | undefined) {
	if (core) return core.definitions();
	try {
		return BotCore.load(commands, dataDir).definitions();
	} catch (error) {
		if (dataDir === undefined) throw error;
		return dataDirLoadFailure(dataDir, error, env);
	}
}

/** `npm run deploy`: returns the exit code (2 for bad arguments, 1 for configuration or Discord errors). */
export async function runDeploy(
	typedArgv: string[],
	env: NodeJS.ProcessEnv,
	io: DeployIo,
	core?: BotCore,
): Promise<number> {
	// `npm run deploy --dry-run` (no `--`): npm keeps the flag; a dry run asked for must never register for real.
	// The command to type carries the settings that say where commands are registered, when set in the environment.
	const npm = readNpmFlags('deploy', typedArgv, env, [{ name: DRY_RUN.slice(2), when: 'read' }], {
		carry: ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_BASE'],
	});
	if (npm.kind === 'refuse') {
		io.stderr(`${npm.message}\n`);
		return 2;
	}
	for (const note of npm.notes) io.stderr(`${note}\n`);
	const { argv } = npm;
	if (argv.some((arg) => arg === '--help' || arg === '-h')) {
		io.stdout(`${USAGE}\n`);
		return 0;
	}
	const wrong = argv.find((arg) => arg !== DRY_RUN);
	if (wrong !== undefined) {
		const meant = wrong.startsWith('-') ? closestName(wrong.replace(/^-+/u, ''), [DRY_RUN.slice(2)]) : undefined;
		io.stderr(
			`deploy takes no ${JSON.stringify(wrong.slice(0, 40))}${meant ? ` (did you mean --${meant}?)` : ''}\n${USAGE}\n`,
		);
		return 2;
	}
	const dryRun = argv.includes(DRY_RUN);
	const dataDir = core ? undefined : value(env, 'DATA_DIR');
	// Every configuration problem at once, as `npm start` reports them: DATA_DIR's, and what registering needs.
	const problems: string[] = [];
	const dataDirWrong = dataDir === undefined ? undefined : dataDirProblem(dataDir, env);
	if (dataDirWrong !== undefined) problems.push(dataDirWrong);
	let config: DeployConfig | undefined;
	try {
		if (!dryRun) config = loadDeployConfig(env);
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		problems.push(...error.problems);
	}
	if (problems.length > 0) {
		io.stderr(`${new ConfigError(problems).message}\n`);
		return 1;
	}
	const definitions = commandsOf(dataDir, env, core);
	if (typeof definitions === 'string') {
		io.stderr(`${definitions}\n`);
		return 1;
	}
	if (config === undefined) {
		io.stdout(`${JSON.stringify(definitions, null, '\t')}\n`);
		return 0;
	}
	try {
		const { changed, count } = await deployCommands({ ...config, commands: definitions });
		const commandsWord = `${count} ${count === 1 ? 'command' : 'commands'}`;
		const server = config.guildId ? `on server ${config.guildId}` : undefined;
		io.stdout(
			changed
				? `Registered ${commandsWord} ${server ?? 'globally (Discord may take a while to show them everywhere)'}.\n`
				: `The ${commandsWord} ${server ?? 'registered globally'} ${count === 1 ? 'was' : 'were'} already up to date.\n`,
		);
		return 0;
	} catch (error) {
		const failure = describeApiFailure(error, config.apiBase, {
			request: 'the command registration',
			token: config.token,
			// After "deploy failed: ": no second "deploy".
			tokenRefused:
				"Discord refused DISCORD_TOKEN — reset the token on the developer portal's Bot page and set the new one",
			hint: `check DISCORD_APPLICATION_ID (General Information)${config.guildId ? ' and DISCORD_GUILD_ID (a server the bot is in)' : ''}`,
		});
		io.stderr(`deploy failed: ${failure.message}\n`);
		return 1;
	}
}
