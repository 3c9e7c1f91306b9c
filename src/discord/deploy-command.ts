import { commands } from '../../commands/index.ts';
import { tokenBotId } from '../token-shape.ts';
import { ConfigError, loadDeployConfig, type DeployConfig } from '../config.ts';
import { value } from '../config-values.ts';
import type { BotCore } from '../core/bot-core.ts';
import { loadBotCore } from '../core/load-bot-core.ts';
import { closestName } from '../core/closest-name.ts';
import { dataDirLoadFailure, dataDirProblem } from '../data-dir.ts';
import { readNpmFlags } from '../npm-flags.ts';
import { commandToType, DEPLOY_VARIABLES } from '../command-to-type.ts';
import { describeApiFailure } from './api-check.ts';
import { deployCommands, removeCommands, type DeployResult } from './deploy.ts';

const DRY_RUN = '--dry-run';
const REMOVE = '--remove';
const GLOBAL = '--global';
const FLAGS = [DRY_RUN, REMOVE, GLOBAL];
const USAGE =
	'usage: npm run deploy [-- [--dry-run] [--remove] [--global]]\n' +
	'  registers the slash commands (to DISCORD_GUILD_ID when set, else globally);\n' +
	'  --global registers them globally even when DISCORD_GUILD_ID is set;\n' +
	'  --remove removes them from that scope instead (keep one scope: with both, a server shows each command twice);\n' +
	'  --dry-run prints the JSON that would be registered instead, without a token';

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
		return loadBotCore(commands, dataDir).definitions();
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
	// Removing or registering elsewhere is not doing less: npm keeping either flag is refused, with the line to type.
	const flags = [
		{ name: DRY_RUN.slice(2), when: 'read' as const },
		{ name: REMOVE.slice(2), when: 'refuse' as const },
		{ name: GLOBAL.slice(2), when: 'refuse' as const },
	];
	const npm = readNpmFlags('deploy', typedArgv, env, flags, { carry: DEPLOY_VARIABLES });
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
	const wrong = argv.find((arg) => !FLAGS.includes(arg));
	if (wrong !== undefined) {
		const names = FLAGS.map((flag) => flag.slice(2));
		const meant = wrong.startsWith('-') ? closestName(wrong.replace(/^-+/u, ''), names) : undefined;
		io.stderr(
			`deploy takes no ${JSON.stringify(wrong.slice(0, 40))}${meant ? ` (did you mean --${meant}?)` : ''}\n${USAGE}\n`,
		);
		return 2;
	}
	const dryRun = argv.includes(DRY_RUN);
	const remove = argv.includes(REMOVE);
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
	// What a removal registers: nothing (Discord removes a scope's commands by a bulk overwrite with an empty list).
	const definitions = remove ? [] : commandsOf(dataDir, env, core);
	if (typeof definitions === 'string') {
		io.stderr(`${definitions}\n`);
		return 1;
	}
	if (config === undefined) {
		io.stdout(`${JSON.stringify(definitions, null, '\t')}\n`);
		return 0;
	}
	// `--global` registers globally whatever DISCORD_GUILD_ID says, and looks in that server for a copy instead.
	const global = argv.includes(GLOBAL);
	const guildId = global ? undefined : config.guildId;
	const scope = { ...config, guildId, checkGuildId: global ? config.guildId : undefined };
	try {
		const result = remove ? await removeCommands(scope) : await deployCommands({ ...scope, commands: definitions });
		if (remove) io.stdout(`${removedLine(result, guildId, scope.checkGuildId)}\n`);
		else {
			io.stdout(`${registeredLine(result, guildId)}\n`);
			const twice = twiceWarning(result.elsewhere, guildId ?? scope.checkGuildId, guildId === undefined, env);
			if (twice !== undefined) io.stderr(`${twice}\n`);
		}
		return 0;
	} catch (error) {
		const failure = describeApiFailure(error, config.apiBase, {
			request: 'the command registration',
			token: config.token,
			// After "deploy failed: ": no second "deploy".
			tokenRefused:
				"Discord refused DISCORD_TOKEN — reset the token on the developer portal's Bot page and set the new one",
			hint: applicationHint(config),
		});
		io.stderr(`deploy failed: ${failure.message}\n`);
		return 1;
	}
}

/**
 * What to check when Discord refuses the application: DISCORD_APPLICATION_ID, named with the id the token is of when
 * they differ (the token says which application it belongs to), and the server.
 */
function applicationHint({
	token,
	applicationId,
	guildId,
}: {
	token: string;
	applicationId: string;
	guildId?: string | undefined;
}): string {
	const tokenOf = tokenBotId(token);
	const application =
		tokenOf !== undefined && tokenOf !== applicationId
			? `DISCORD_APPLICATION_ID is ${applicationId}, but DISCORD_TOKEN is the token of application ${tokenOf}: set DISCORD_APPLICATION_ID=${tokenOf} (General Information's Application ID)`
			: 'check DISCORD_APPLICATION_ID (General Information)';
	return `${application}${guildId ? ' and DISCORD_GUILD_ID (a server the bot is in)' : ''}`;
}

const commandsWord = (count: number) => `${count} ${count === 1 ? 'command' : 'commands'}`;

/** What a deploy did, in one line. */
function registeredLine({ changed, count }: DeployResult, guildId: string | undefined): string {
	const server = guildId ? `on server ${guildId}` : undefined;
	return changed
		? `Registered ${commandsWord(count)} ${server ?? 'globally (Discord may take a while to show them everywhere)'}.`
		: `The ${commandsWord(count)} ${server ?? 'registered globally'} ${count === 1 ? 'was' : 'were'} already up to date.`;
}

/** What a removal did, in one line, and what the other scope still holds. */
function removedLine(
	{ count, elsewhere }: DeployResult,
	guildId: string | undefined,
	checkGuildId: string | undefined,
): string {
	const where = guildId ? `from server ${guildId}` : 'globally';
	const removed =
		count === 0
			? `No commands of this application were registered ${guildId ? `on server ${guildId}` : 'globally'}: nothing to remove.`
			: `Removed ${commandsWord(count)} ${where}${guildId ? '' : ' (Discord may take a while to stop showing them everywhere)'}.`;
	if (!elsewhere) return removed;
	const kept = guildId ? 'registered globally' : `on server ${checkGuildId ?? ''}`;
	return `${removed} The ${commandsWord(elsewhere)} ${kept} remain.`;
}

/**
 * When the other scope holds commands too: the server sees each command twice, and the copy deployed less recently
 * goes stale (a `document` option missing once a document is added). Says so, and how to keep one set.
 */
function twiceWarning(
	elsewhere: number | undefined,
	server: string | undefined,
	registeredGlobally: boolean,
	env: NodeJS.ProcessEnv,
): string | undefined {
	if (!elsewhere || server === undefined) return undefined;
	const type = (words: string[]) => commandToType('deploy', words, env, DEPLOY_VARIABLES);
	const other = registeredGlobally ? `on server ${server}, so its members` : `globally, so members of server ${server}`;
	return (
		`Warning: ${commandsWord(elsewhere)} of this application ${elsewhere === 1 ? 'is' : 'are'} also registered ${other} ` +
		`see each command twice, and the set deployed less recently goes stale. Keep one:\n` +
		// DISCORD_GUILD_ID is set either way (it named the server), so the first command acts on that server.
		`  remove server ${server}'s:  ${type([REMOVE])}\n` +
		`  remove the global ones:  ${type([REMOVE, GLOBAL])}`
	);
}
