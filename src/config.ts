import { closestName } from './core/closest-name.ts';
import { Cooldown, type CooldownSpec } from './core/cooldown.ts';
import * as discord from './config-discord.ts';
import { tokenPasted, valueProblem } from './config-echo.ts';
import { dataDirProblem } from './data-dir.ts';
import { integer, list, shardCount, value } from './config-values.ts';
import { DEFAULT_INDEX_CACHE_DIR } from './search/index-cache.ts';

export { DEFAULT_API_BASE } from './config-discord.ts';
export { dataDirProblem } from './data-dir.ts';

/** Run modes: the gateway connection, the HTTP interactions endpoint, or the offline console. */
export const MODES = ['gateway', 'http', 'console'] as const;
export type Mode = (typeof MODES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The HTTP endpoint's default port. */
export const DEFAULT_PORT = 8080;
/** discord.js's own pause between shard spawns: Discord lets a bot IDENTIFY about once every 5 s. */
export const DEFAULT_SHARD_SPAWN_DELAY_MS = 5500;
/** Five searches per ten seconds per user: generous for people, a brake for scripts. */
export const DEFAULT_SEARCH_COOLDOWN = '5/10';
const COOLDOWN_OFF: CooldownSpec = { count: 0, seconds: 1 };

export interface Config {
	mode: Mode;
	token: string | undefined;
	applicationId: string | undefined;
	guildId: string | undefined;
	apiBase: string;
	logLevel: LogLevel;
	/** The application's Ed25519 public key, 64 hex characters (HTTP mode). */
	publicKey: string | undefined;
	/** HTTP mode: the port (0 picks a free one) and the interface to listen on (all when unset). */
	port: number;
	host: string | undefined;
	/** Gateway mode: unset runs one process; a number or `auto` runs one process per shard. */
	shardCount: number | 'auto' | undefined;
	/** The shards this machine runs, when shards are spread over several machines (default: all). */
	shardList: number[] | undefined;
	shardSpawnDelayMs: number;
	/** Per-user search limit (`SEARCH_COOLDOWN`, default 5 searches per 10 s; 0 turns it off; off in the console). */
	searchCooldown: CooldownSpec;
	/** Another corpus folder (`DATA_DIR`, laid out as `data/`); the bundled corpus when unset. */
	dataDir: string | undefined;
	/** Where the index's snapshot is kept (`INDEX_CACHE_DIR`; `off` keeps none): node_modules/.cache by default. */
	indexCacheDir: string | undefined;
}

/** What `npm run deploy` needs. */
export interface DeployConfig {
	token: string;
	applicationId: string;
	guildId: string | undefined;
	apiBase: string;
}

/** Thrown with every configuration problem at once, each saying what to do. */
export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(
			`config: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n  - ${problems.join('\n  - ')}`,
		);
		this.name = 'ConfigError';
	}
}

/** What is wrong with a value that is none of `allowed`, with the one probably meant (`gatway` → gateway). */
function notOneOf(typed: string, allowed: readonly string[]): string {
	const meant = closestName(typed, allowed);
	return `is not one of: ${allowed.join(', ')}${meant === undefined ? '' : ` — did you mean ${meant}?`}`;
}

function chooseMode(env: NodeJS.ProcessEnv, problems: string[]): Mode {
	const given = value(env, 'BOT_MODE');
	if (given !== undefined) {
		const requested = given.toLowerCase();
		if ((MODES as readonly string[]).includes(requested)) return requested as Mode;
		problems.push(valueProblem('BOT_MODE', given, notOneOf(requested, MODES), env));
	}
	if (value(env, 'DISCORD_PUBLIC_KEY') !== undefined) return 'http';
	return value(env, 'DISCORD_TOKEN') === undefined ? 'console' : 'gateway';
}

function dataDir(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
	const dir = value(env, 'DATA_DIR');
	const problem = dir === undefined ? undefined : dataDirProblem(dir, env);
	if (problem) problems.push(problem);
	return dir;
}

function logLevel(env: NodeJS.ProcessEnv, problems: string[]): LogLevel {
	const given = value(env, 'LOG_LEVEL');
	const level = (given?.toLowerCase() ?? 'info') as LogLevel;
	if (LOG_LEVELS.includes(level)) return level;
	problems.push(valueProblem('LOG_LEVEL', given ?? '', notOneOf(level, LOG_LEVELS), env));
	return 'info';
}

/**
 * INDEX_CACHE_DIR: unset → the default folder, `off` → no snapshot, else that folder. A token pasted there is refused:
 * the snapshots' paths are logged.
 */
export function indexCacheDir(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
	const raw = value(env, 'INDEX_CACHE_DIR');
	if (raw === undefined) return DEFAULT_INDEX_CACHE_DIR;
	const pasted = tokenPasted('INDEX_CACHE_DIR', raw, env);
	if (pasted !== undefined) problems.push(pasted);
	return raw.toLowerCase() === 'off' || pasted !== undefined ? undefined : raw;
}

function searchCooldown(env: NodeJS.ProcessEnv, problems: string[]): CooldownSpec {
	const given = value(env, 'SEARCH_COOLDOWN');
	const cooldown = Cooldown.parseSpec(given ?? DEFAULT_SEARCH_COOLDOWN);
	if (!(cooldown instanceof Error)) return cooldown;
	problems.push(valueProblem('SEARCH_COOLDOWN', given ?? '', cooldown.message, env));
	return COOLDOWN_OFF;
}

/** The settings only gateway mode uses: the token and the shards. */
function gatewaySettings(env: NodeJS.ProcessEnv, problems: string[]) {
	const token = discord.token(env, problems);
	if (token === undefined)
		problems.push("BOT_MODE=gateway needs DISCORD_TOKEN — copy it from the developer portal's Bot page");
	const shards = shardCount(env, problems);
	const shardList = list(env, 'SHARD_LIST', problems);
	if (shardList !== undefined) {
		if (typeof shards !== 'number') {
			problems.push('SHARD_LIST needs SHARD_COUNT set to the total number of shards over all machines');
		} else if (shardList.some((id) => id >= shards)) {
			problems.push(`SHARD_LIST ids must be below SHARD_COUNT (${shards}): shards are numbered from 0`);
		}
	}
	const shardSpawnDelayMs = integer(
		env,
		'SHARD_SPAWN_DELAY_MS',
		{ min: 0, max: 60_000, fallback: DEFAULT_SHARD_SPAWN_DELAY_MS },
		problems,
	);
	return { token, shardCount: shards, shardList, shardSpawnDelayMs };
}

/** The settings only HTTP mode uses: the public key and where to listen. */
function httpSettings(env: NodeJS.ProcessEnv, problems: string[]) {
	const publicKey = discord.publicKey(env, problems);
	if (publicKey === undefined) {
		problems.push(
			"BOT_MODE=http needs DISCORD_PUBLIC_KEY — copy the Public Key from the developer portal's General Information page",
		);
	}
	if (value(env, 'SHARD_COUNT') !== undefined) {
		problems.push('SHARD_COUNT applies to gateway mode only (this is http mode) — remove it or set BOT_MODE=gateway');
	}
	const port = integer(env, 'PORT', { min: 0, max: 65_535, fallback: DEFAULT_PORT }, problems);
	// The host is named when listening fails.
	const host = value(env, 'HOST');
	const pasted = tokenPasted('HOST', host, env);
	if (pasted !== undefined) problems.push(pasted);
	return { publicKey, port, host };
}

/**
 * Reads and validates the environment for `npm start`. The mode is the explicit `BOT_MODE` if set, else `http` when
 * DISCORD_PUBLIC_KEY is set, else `gateway` when a token is set, else the offline `console`. Each mode validates only
 * what it uses: a bad PORT cannot stop the console, a bad SHARD_LIST cannot stop the HTTP endpoint.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
	const problems: string[] = [];
	const mode = chooseMode(env, problems);
	const online = mode !== 'console';
	const config: Config = {
		mode,
		token: undefined,
		// Read in gateway mode to check, at start, that the commands are registered; deploy reads them on its own.
		applicationId: mode === 'gateway' ? discord.applicationId(env, problems) : undefined,
		guildId: mode === 'gateway' ? discord.guildId(env, problems) : undefined,
		publicKey: undefined,
		port: DEFAULT_PORT,
		host: undefined,
		shardCount: undefined,
		shardList: undefined,
		shardSpawnDelayMs: DEFAULT_SHARD_SPAWN_DELAY_MS,
		...(mode === 'gateway' ? gatewaySettings(env, problems) : {}),
		...(mode === 'http' ? httpSettings(env, problems) : {}),
		// One local user at a console: nobody to hold back.
		searchCooldown: online ? searchCooldown(env, problems) : COOLDOWN_OFF,
		logLevel: logLevel(env, problems),
		apiBase: online ? discord.apiBase(env, problems) : discord.DEFAULT_API_BASE,
		dataDir: dataDir(env, problems),
		indexCacheDir: indexCacheDir(env, problems),
	};
	// Offline for want of a token, with one pasted into another Discord line: the reader meant to go online.
	for (const name of mode === 'console' ? ['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID'] : []) {
		const pasted = tokenPasted(name, value(env, name), env);
		if (pasted !== undefined) problems.push(pasted);
	}
	if (problems.length > 0) throw new ConfigError(problems);
	return Object.freeze(config);
}

/** Reads and validates what `npm run deploy` uses: the token, the application id, the server and the REST base. */
export function loadDeployConfig(env: NodeJS.ProcessEnv): DeployConfig {
	const problems: string[] = [];
	const token = discord.token(env, problems);
	if (token === undefined) problems.push("deploy needs DISCORD_TOKEN — copy it from the developer portal's Bot page");
	const applicationId = discord.applicationId(env, problems);
	if (applicationId === undefined) {
		problems.push("deploy needs DISCORD_APPLICATION_ID — copy it from the developer portal's General Information page");
	}
	const guildId = discord.guildId(env, problems);
	const apiBase = discord.apiBase(env, problems);
	if (problems.length > 0 || token === undefined || applicationId === undefined) throw new ConfigError(problems);
	return { token, applicationId, guildId, apiBase };
}
