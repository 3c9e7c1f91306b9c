import { ConfigError } from './config.ts';

/** Kept word for word: operators and tests know this line. */
export const TOKEN_REFUSED =
	"gateway: Discord refused DISCORD_TOKEN (TokenInvalid) — reset the token on the developer portal's Bot page and set the new one";

/** Network failures reaching Discord's REST API (or what DISCORD_API_BASE points to). */
const UNREACHABLE = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ETIMEDOUT',
	'ECONNRESET',
	'UND_ERR_CONNECT_TIMEOUT',
]);

/** Errors that already say, with their module's prefix, what went wrong and what to do. */
const PREFIXED = /^(config|corpus|http|gateway|shards|discord):/;

/**
 * The one line (or short list) a failed start prints instead of a stack trace: bad configuration, a refused token,
 * a port in use, missing or invalid data, a shard that could not start.
 */
export function describeStartupError(error: unknown): string {
	if (error instanceof ConfigError) return error.message;
	const { code, status, message } = error as { code?: unknown; status?: unknown; message?: unknown };
	const text = typeof message === 'string' ? message : String(error);
	// discord.js throws TokenInvalid when GET /gateway/bot answers 401; our own REST calls surface the 401 itself.
	if (code === 'TokenInvalid' || status === 401) return TOKEN_REFUSED;
	if (typeof code === 'string' && UNREACHABLE.has(code))
		return `discord: cannot reach Discord's API (${text}) — check the network and DISCORD_API_BASE`;
	if (typeof code === 'string' && code.startsWith('ShardingReady'))
		return `shards: ${text} — see that shard's log lines above`;
	if (PREFIXED.test(text)) return text;
	return `conclusions-bot could not start: ${text}`;
}
