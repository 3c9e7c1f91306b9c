import { existsSync } from 'node:fs';
import { config as parseDotenv } from 'dotenv';

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

/**
 * Loads `.env` (from the working directory, where npm runs scripts) into `env` the way a reader of `.env.example`
 * expects: a value set in the environment wins over the file, an empty value anywhere means unset, and empty entries
 * are removed rather than kept as `''`, so libraries that read the environment themselves see them as unset too.
 * `DOTENV_CONFIG_PATH` names another file to read instead of `.env`.
 */
export function loadEnvironment(
	env: NodeJS.ProcessEnv = process.env,
	path?: string,
	warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): void {
	const fromFile: Record<string, string> = {};
	// dotenv's own name for "read this file instead of ./.env"; the tests point it away from a developer's real .env.
	path ??= env.DOTENV_CONFIG_PATH?.trim() || undefined;
	// A missing ./.env is the usual console set-up; a file named on purpose that is missing is a mistake to point out,
	// or the bot quietly starts without the variables it holds (the console instead of Discord). Only the path is
	// named: nothing a file holds (a token) is ever printed.
	if (path !== undefined && !existsSync(path)) {
		warn(`config: DOTENV_CONFIG_PATH names ${path}, which does not exist — no variables were read from a file`);
	}
	parseDotenv({ processEnv: fromFile, quiet: true, ...(path === undefined ? {} : { path }) });
	for (const [name, raw] of Object.entries(fromFile)) {
		const current = env[name];
		if ((current === undefined || isEmpty(current)) && !isEmpty(raw)) env[name] = raw;
	}
	for (const name of [...ENV_VARIABLES, ...LIBRARY_VARIABLES]) {
		if (isEmpty(env[name])) delete env[name];
	}
}
