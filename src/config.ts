import { Cooldown, type CooldownSpec } from './core/cooldown.ts';
import { integer, list, shardCount, value } from './config-values.ts';
import { DEFAULT_INDEX_CACHE_DIR } from './search/index-cache.ts';

/** Run modes: the gateway connection, the HTTP interactions endpoint, or the offline console. */
export const MODES = ['gateway', 'http', 'console'] as const;
export type Mode = (typeof MODES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The default REST base, as discord.js's `rest.api`: no `/v10` suffix. */
export const DEFAULT_API_BASE = 'https://discord.com/api';
/** The HTTP endpoint's default port. */
export const DEFAULT_PORT = 8080;
/** discord.js's own pause between shard spawns: Discord lets a bot IDENTIFY about once every 5 s. */
export const DEFAULT_SHARD_SPAWN_DELAY_MS = 5500;
/** Five searches per ten seconds per user: generous for people, a brake for scripts. */
export const DEFAULT_SEARCH_COOLDOWN = '5/10';

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
	/** Per-user search limit (`SEARCH_COOLDOWN`, default 5 searches per 10 s; 0 turns it off). */
	searchCooldown: CooldownSpec;
	/** Another corpus folder (`DATA_DIR`, laid out as `data/`); the bundled corpus when unset. */
	dataDir: string | undefined;
	/** Where the index's snapshot is kept (`INDEX_CACHE_DIR`; `off` keeps none): node_modules/.cache by default. */
	indexCacheDir: string | undefined;
}

/** Thrown with every configuration problem at once, each saying what to do. */
export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`config: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
		this.name = 'ConfigError';
	}
}

const SNOWFLAKE = /^\d{17,20}$/;
const PUBLIC_KEY = /^[0-9a-f]{64}$/i;

function apiBase(raw: string | undefined, problems: string[]): string {
	if (raw === undefined) return DEFAULT_API_BASE;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		problems.push(`DISCORD_API_BASE "${raw}" is not a URL — e.g. ${DEFAULT_API_BASE}`);
		return DEFAULT_API_BASE;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		problems.push('DISCORD_API_BASE must be an http(s) URL');
	}
	const base = raw.replace(/\/+$/, '');
	if (/\/v\d+$/.test(base)) {
		problems.push(
			`DISCORD_API_BASE must not end with an API version (the bot adds /v10): use ${base.replace(/\/v\d+$/, '')}`,
		);
	}
	return base;
}

function chooseMode(env: NodeJS.ProcessEnv, problems: string[]): Mode {
	const requested = value(env, 'BOT_MODE')?.toLowerCase();
	if (requested !== undefined) {
		if ((MODES as readonly string[]).includes(requested)) return requested as Mode;
		problems.push(`BOT_MODE "${requested}" is not one of: ${MODES.join(', ')}`);
	}
	if (value(env, 'DISCORD_PUBLIC_KEY') !== undefined) return 'http';
	return value(env, 'DISCORD_TOKEN') === undefined ? 'console' : 'gateway';
}

/**
 * Reads and validates the environment. The mode is the explicit `BOT_MODE` if set, else `http` when
 * DISCORD_PUBLIC_KEY is set, else `gateway` when a token is set, else the offline `console`. Gateway mode requires
 * DISCORD_TOKEN; HTTP mode requires DISCORD_PUBLIC_KEY (a token only for deploy); console mode requires nothing.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
	const problems: string[] = [];
	const token = value(env, 'DISCORD_TOKEN');
	const applicationId = value(env, 'DISCORD_APPLICATION_ID');
	const guildId = value(env, 'DISCORD_GUILD_ID');
	const publicKey = value(env, 'DISCORD_PUBLIC_KEY');
	if (token !== undefined && /\s/.test(token))
		problems.push('DISCORD_TOKEN contains spaces — paste the bare token (no "Bot " prefix)');
	if (applicationId !== undefined && !SNOWFLAKE.test(applicationId)) {
		problems.push(
			"DISCORD_APPLICATION_ID must be a numeric id — copy it from the developer portal's General Information page",
		);
	}
	if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
		problems.push(
			'DISCORD_GUILD_ID must be a numeric server id — enable Developer Mode, right-click the server, Copy Server ID',
		);
	}
	if (publicKey !== undefined && !PUBLIC_KEY.test(publicKey)) {
		problems.push(
			"DISCORD_PUBLIC_KEY must be 64 hex characters — copy the Public Key from the developer portal's General Information page",
		);
	}

	const mode = chooseMode(env, problems);
	if (mode === 'gateway' && token === undefined) {
		problems.push("BOT_MODE=gateway needs DISCORD_TOKEN — copy it from the developer portal's Bot page");
	}
	if (mode === 'http' && publicKey === undefined) {
		problems.push(
			"BOT_MODE=http needs DISCORD_PUBLIC_KEY — copy the Public Key from the developer portal's General Information page",
		);
	}

	const port = integer(env, 'PORT', { min: 0, max: 65_535, fallback: DEFAULT_PORT }, problems);
	const host = value(env, 'HOST');
	const shards = shardCount(value(env, 'SHARD_COUNT'), problems);
	const shardList = list(env, 'SHARD_LIST', problems);
	if (shards !== undefined && mode !== 'gateway') {
		problems.push(
			`SHARD_COUNT applies to gateway mode only (this is ${mode} mode) — remove it or set BOT_MODE=gateway`,
		);
	}
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

	const cooldown = Cooldown.parseSpec(value(env, 'SEARCH_COOLDOWN') ?? DEFAULT_SEARCH_COOLDOWN);
	if (cooldown instanceof Error) problems.push(cooldown.message);
	const searchCooldown = cooldown instanceof Error ? { count: 0, seconds: 1 } : cooldown;

	const logLevel = (value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info') as LogLevel;
	if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL "${logLevel}" is not one of: ${LOG_LEVELS.join(', ')}`);

	const base = apiBase(value(env, 'DISCORD_API_BASE'), problems);
	if (problems.length > 0) throw new ConfigError(problems);
	return Object.freeze({
		mode,
		token,
		applicationId,
		guildId,
		apiBase: base,
		logLevel,
		publicKey: publicKey?.toLowerCase(),
		port,
		host,
		shardCount: shards,
		shardList,
		shardSpawnDelayMs,
		searchCooldown,
		dataDir: value(env, 'DATA_DIR'),
		indexCacheDir: indexCacheDir(value(env, 'INDEX_CACHE_DIR')),
	});
}

/** INDEX_CACHE_DIR: unset → the default folder, `off` → no snapshot, else that folder. */
function indexCacheDir(raw: string | undefined): string | undefined {
	if (raw === undefined) return DEFAULT_INDEX_CACHE_DIR;
	return raw.toLowerCase() === 'off' ? undefined : raw;
}

/** Deploying needs the token and the application id (except for a dry run). */
export function requireDeployCredentials(config: Config): { token: string; applicationId: string } {
	const problems: string[] = [];
	if (config.token === undefined)
		problems.push("deploy needs DISCORD_TOKEN — copy it from the developer portal's Bot page");
	if (config.applicationId === undefined) {
		problems.push("deploy needs DISCORD_APPLICATION_ID — copy it from the developer portal's General Information page");
	}
	if (config.token === undefined || config.applicationId === undefined) throw new ConfigError(problems);
	return { token: config.token, applicationId: config.applicationId };
}
