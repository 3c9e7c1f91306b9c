/** Run modes; `http` (the interactions endpoint) is planned and not available yet. */
export const MODES = ['gateway', 'console'] as const;
export type Mode = (typeof MODES)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The default REST base, as discord.js's `rest.api`: no `/v10` suffix. */
export const DEFAULT_API_BASE = 'https://discord.com/api';

export interface Config {
	mode: Mode;
	token: string | undefined;
	applicationId: string | undefined;
	guildId: string | undefined;
	apiBase: string;
	logLevel: LogLevel;
}

/** Thrown with every configuration problem at once, each saying what to do. */
export class ConfigError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(`config: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
		this.name = 'ConfigError';
	}
}

const SNOWFLAKE = /^\d{17,20}$/;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
	const raw = env[name]?.trim();
	return raw === undefined || raw === '' ? undefined : raw;
}

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

/**
 * Reads and validates the environment. The mode is the explicit `BOT_MODE` if set, else `gateway` when a token is
 * set, else the offline `console`. Gateway mode requires DISCORD_TOKEN; console mode requires nothing.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
	const problems: string[] = [];
	const token = value(env, 'DISCORD_TOKEN');
	const applicationId = value(env, 'DISCORD_APPLICATION_ID');
	const guildId = value(env, 'DISCORD_GUILD_ID');
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

	const requestedMode = value(env, 'BOT_MODE')?.toLowerCase();
	let mode: Mode = token === undefined ? 'console' : 'gateway';
	if (requestedMode !== undefined) {
		if ((MODES as readonly string[]).includes(requestedMode)) mode = requestedMode as Mode;
		else problems.push(`BOT_MODE "${requestedMode}" is not one of: ${MODES.join(', ')}`);
	}
	if (mode === 'gateway' && token === undefined) {
		problems.push("BOT_MODE=gateway needs DISCORD_TOKEN — copy it from the developer portal's Bot page");
	}

	const logLevel = (value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info') as LogLevel;
	if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL "${logLevel}" is not one of: ${LOG_LEVELS.join(', ')}`);

	const base = apiBase(value(env, 'DISCORD_API_BASE'), problems);
	if (problems.length > 0) throw new ConfigError(problems);
	return Object.freeze({ mode, token, applicationId, guildId, apiBase: base, logLevel });
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
