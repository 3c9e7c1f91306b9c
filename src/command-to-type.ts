import { resolve } from 'node:path';
import { BUNDLED_DIR, shellWord } from './corpus/data-folder.ts';
import { fileValue } from './env-file-values.ts';

/**
 * A command the tools tell the reader to type, spelt so that pasted into a new shell it does what was meant: the
 * variables the reader's command was run with (a new shell has none of them: `DATA_DIR=/x npm run import …` pasted
 * without its `DATA_DIR` imports into the bundled data/), `--silent` when npm was told it, every word quoted for the
 * shell, and the tool's words after `--` so that npm keeps none of its flags.
 */

/** A variable that changes what a tool acts on, carried into the commands it prints. */
export type CarriedVariable =
	'DATA_DIR' | 'DOTENV_CONFIG_PATH' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_BASE';

/**
 * Always carried: the folder acted on, and the settings file naming it. The token never is: a command printed goes
 * to a terminal, a log, a chat asking for help.
 */
const ALWAYS: readonly CarriedVariable[] = ['DOTENV_CONFIG_PATH', 'DATA_DIR'];

/**
 * A variable's value as it must be typed in another shell: paths absolute, as the tools resolve them (DATA_DIR from
 * where npm was started, DOTENV_CONFIG_PATH from the project's folder, where npm runs scripts), so that the command
 * works from any folder. Undefined when it is unset or changes nothing.
 */
function carriedValue(name: CarriedVariable, env: NodeJS.ProcessEnv): string | undefined {
	const raw = env[name]?.trim();
	if (raw === undefined || raw === '') return undefined;
	if (name === 'DATA_DIR') {
		const dir = resolve(env.INIT_CWD ?? process.cwd(), raw);
		// DATA_DIR naming the bundled folder changes nothing.
		return dir === resolve(BUNDLED_DIR) ? undefined : dir;
	}
	if (name === 'DOTENV_CONFIG_PATH') return resolve(raw);
	return raw;
}

/**
 * The variables to type before the command, as `NAME=value` shell words (see `carriedValue`): not one the settings
 * file gave `loaded` (the environment `env` was made from), which the command reads there again.
 */
export function environmentPrefix(
	env: NodeJS.ProcessEnv,
	carry: readonly CarriedVariable[] = [],
	loaded: NodeJS.ProcessEnv = env,
): string[] {
	return [...new Set([...ALWAYS, ...carry])].flatMap((name) => {
		const value = carriedValue(name, env);
		if (value === undefined) return [];
		const fromFile = fileValue(loaded, name);
		if (fromFile !== undefined && carriedValue(name, { [name]: fromFile }) === value) return [];
		return [`${name}=${shellWord(value)}`];
	});
}

/**
 * `npm run <script> -- <words>` to type, with the environment it needs: `DATA_DIR=/x npm run import -- doc.txt
 * --force`. `env` is the environment the tool runs in (npm's `npm_config_loglevel` says whether `--silent` was typed).
 */
export function commandToType(
	script: string,
	words: readonly string[],
	env: NodeJS.ProcessEnv,
	carry: readonly CarriedVariable[] = [],
): string {
	const silent = env.npm_config_loglevel === 'silent' ? ['--silent'] : [];
	const tail = words.length === 0 ? [] : ['--', ...words.map(shellWord)];
	return [...environmentPrefix(env, carry), 'npm', 'run', ...silent, script, ...tail].join(' ');
}

/** What says where `npm run deploy` registers the commands: carried into a deploy command printed. */
export const DEPLOY_VARIABLES: readonly CarriedVariable[] = [
	'DISCORD_APPLICATION_ID',
	'DISCORD_GUILD_ID',
	'DISCORD_API_BASE',
];

/**
 * An npm command to tell the reader, for it to act on `dataDir`: `DATA_DIR=<folder> npm run deploy` unless the folder
 * is the bundled one (or none is named). Without the prefix, following a hint printed for a folder of one's own would
 * act on the bundled data/ instead (deploy without the `document` option, a check of other documents). The folder is
 * absolute, so that the command works from any folder. The other variables that say what the command acts on go with
 * it when set (see `environmentPrefix`; a deploy's server and application).
 */
export function onDataDir(command: string, dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
	const carry = /^npm run deploy\b/u.test(command) ? DEPLOY_VARIABLES : [];
	const set = { ...env, DATA_DIR: dataDir === undefined ? undefined : resolve(dataDir), INIT_CWD: undefined };
	return [...environmentPrefix(set, carry, env), command].join(' ');
}
