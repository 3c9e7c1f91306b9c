import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { valueProblem } from './config-echo.ts';
import { checkEnvEntries, envEntries } from './env-file.ts';
import { envFileText, missingEnvHints } from './env-file-read.ts';
import { noteFileValue } from './env-file-values.ts';

/** The project's folder, where `.env.example` is copied to `.env`. */
export const PROJECT_DIR = fileURLToPath(new URL('../', import.meta.url));

/**
 * Every variable the bot reads, as `.env.example` and the README list them (a test keeps the three in step).
 *
 * Libraries read the environment too. In discord.js 14: `Client` takes `SHARDS`, `SHARD_COUNT`, `SHARDING_MANAGER`,
 * `SHARDING_MANAGER_MODE` and `DISCORD_TOKEN` from it (its ShardingManager sets them for the processes it starts),
 * and `ShardingManager` defaults its token to `DISCORD_TOKEN`; @discordjs/rest, ws, builders, formatters and util
 * read none. `DISCORD_TOKEN` and `SHARD_COUNT` are ours as well: an empty value left in the environment would be
 * misread there (`Number('')` shards), so empty means unset for every reader, and the gateway passes its shards
 * explicitly.
 */
export const ENV_VARIABLES = [
	'DISCORD_TOKEN',
	'DISCORD_APPLICATION_ID',
	'DISCORD_GUILD_ID',
	'DISCORD_API_BASE',
	'BOT_MODE',
	'LOG_LEVEL',
	'DISCORD_PUBLIC_KEY',
	'PORT',
	'HOST',
	'SHARD_COUNT',
	'SHARD_LIST',
	'SHARD_SPAWN_DELAY_MS',
	'SEARCH_COOLDOWN',
	'DATA_DIR',
	'INDEX_CACHE_DIR',
] as const;

/** Variables discord.js reads from the environment that the bot does not document: `SHARDS` (a shard's ids). */
const LIBRARY_VARIABLES = ['SHARDS'] as const;

const isEmpty = (raw: string | undefined) => raw !== undefined && raw.trim() === '';
const isOurs = (name: string): boolean => (ENV_VARIABLES as readonly string[]).includes(name);

/**
 * The `.env` to read when no file is named: the working folder's (npm runs scripts from the project's), else the
 * project's, so that `node /srv/bot/scripts/launch.mjs src/main.ts` started elsewhere (a process manager without a
 * working folder, another shell) reads the same file as `npm start`. Undefined when neither exists.
 */
export function defaultEnvFile(cwd: string = process.cwd(), projectDir: string = PROJECT_DIR): string | undefined {
	return [join(cwd, '.env'), join(projectDir, '.env')].find((file) => existsSync(file));
}

/**
 * The file to name where a reader is told to set a variable: the one read, else the project's `.env` (which every
 * start reads when the working folder has none), relative to the working folder when inside it.
 */
export function envFileForReader(read: string | undefined, cwd: string = process.cwd()): string {
	const file = read ?? join(PROJECT_DIR, '.env');
	const inside = relative(cwd, file);
	return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}

/** What a path names: a file (or a device such as /dev/null), a folder, or nothing. */
function fileKind(path: string): 'file' | 'folder' | 'missing' {
	try {
		return statSync(path).isDirectory() ? 'folder' : 'file';
	} catch {
		// Not there, or under something that is no folder (ENOTDIR).
		return 'missing';
	}
}

/**
 * The variables of an env file as dotenv reads them, but for a name written twice, where the last line that sets it
 * wins over an empty one after it; warns of the file's mistakes (see `checkEnvEntries`). An unreadable file reads as
 * empty, as dotenv's quiet loading did.
 */
function readEnvFile(file: string, warn: (line: string) => void): Record<string, string> {
	let read: { text: string; utf16: boolean };
	try {
		read = envFileText(file);
	} catch {
		return {};
	}
	if (read.utf16)
		warn(
			`config: ${envFileForReader(file)} is saved as UTF-16 (as Windows PowerShell's \`>\` writes it): read as such; ` +
				'save it as UTF-8 so that other tools read it too',
		);
	const entries = envEntries(read.text);
	const { warnings, values } = checkEnvEntries(entries, ENV_VARIABLES, envFileForReader(file));
	for (const line of warnings) warn(line);
	return { ...Object.fromEntries(entries.map((entry) => [entry.name, entry.value])), ...values };
}

/** Variables naming a folder: a relative one written in an env file is read from that file's folder. */
const FOLDER_VARIABLES: ReadonlySet<string> = new Set(['DATA_DIR', 'INDEX_CACHE_DIR']);

/**
 * A value read from `file` as the bot uses it: a relative folder (`DATA_DIR=my-data`) names the one beside the file,
 * where its writer sees it, whichever folder the bot is started from (a process manager starts it elsewhere). A value
 * from the environment is left relative to the working folder, as a shell's `DATA_DIR=x npm start` means it.
 */
function besideFile(name: string, raw: string, file: string | undefined): string {
	const path = raw.trim();
	if (file === undefined || !FOLDER_VARIABLES.has(name) || isAbsolute(path)) return raw;
	if (name === 'INDEX_CACHE_DIR' && path.toLowerCase() === 'off') return raw;
	return resolve(dirname(resolve(file)), path);
}

/**
 * Loads `.env` (see `defaultEnvFile`) into `env` the way a reader of `.env.example` expects: a value set in the
 * environment wins over the file, an empty value anywhere means unset, and empty entries are removed rather than kept
 * as `''`, so libraries that read the environment themselves see them as unset too. `DOTENV_CONFIG_PATH` names
 * another file to read instead of `.env`. Returns the file read, for the start to say which it was.
 */
export function loadEnvironment(
	env: NodeJS.ProcessEnv = process.env,
	path?: string,
	warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): string | undefined {
	const fromFile: Record<string, string> = {};
	// dotenv's own name for "read this file instead of ./.env"; the tests point it away from a developer's real .env.
	const named = path ?? (env.DOTENV_CONFIG_PATH?.trim() || undefined);
	// A missing ./.env is the usual console set-up; a file named on purpose that is missing (or a folder) is a mistake
	// to point out, or the bot quietly starts without the variables it holds (the console instead of Discord). Only
	// the path is named: nothing a file holds (a token) is ever printed.
	const kind = named === undefined ? undefined : fileKind(named);
	if (named !== undefined && kind !== 'file') {
		const wrong =
			kind === 'folder'
				? 'is a folder, not a file — no variables were read from it; name the .env file in it'
				: 'does not exist — no variables were read from a file';
		warn(`config: ${valueProblem('DOTENV_CONFIG_PATH', named, wrong, env)}`);
	}
	const file = named === undefined ? defaultEnvFile() : kind === 'file' ? named : undefined;
	if (file !== undefined) Object.assign(fromFile, readEnvFile(file, warn));
	else if (named === undefined) for (const hint of missingEnvHints([process.cwd(), PROJECT_DIR])) warn(hint);
	for (const [name, raw] of Object.entries(fromFile)) {
		const current = env[name];
		if ((current === undefined || isEmpty(current)) && !isEmpty(raw)) {
			env[name] = besideFile(name, raw, file);
			noteFileValue(env, name, env[name]);
		}
		// Documented (the environment wins), but unseen: a token exported for another bot in ~/.bashrc is used, and
		// Discord's refusal then sends the reader to fix the token in .env, which changes nothing.
		else if (
			file !== undefined &&
			current !== undefined &&
			isOurs(name) &&
			!isEmpty(raw) &&
			current.trim() !== raw.trim()
		)
			warn(
				`config: ${name} is set in the environment and in ${envFileForReader(file)} with different values: the ` +
					`environment's is used — to use the file's, unset it where it is exported (unset ${name})`,
			);
	}
	for (const name of [...ENV_VARIABLES, ...LIBRARY_VARIABLES]) {
		if (isEmpty(env[name])) delete env[name];
	}
	return file;
}
