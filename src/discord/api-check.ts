import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { DEFAULT_API_BASE } from '../config-discord.ts';
import { TOKEN_REFUSED } from '../startup-error.ts';

/**
 * How long a start-up request to Discord may take. discord.js's own default (15 s, then 3 retries) keeps a bot that
 * points at a silent address waiting for a minute before it says anything; a start is told within seconds instead.
 */
export const STARTUP_REQUEST_TIMEOUT_MS = 5000;

/** A REST client for start-up and deploy requests: short timeout, no retries, so failures surface at once. */
export function startupRest(apiBase: string, token: string): REST {
	return new REST({ api: apiBase, timeout: STARTUP_REQUEST_TIMEOUT_MS, retries: 0 }).setToken(token);
}

/** Connection failures, as undici reports them (on the error or its cause). */
const UNREACHABLE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/;

function networkCode(error: unknown): string | undefined {
	const { code, cause } = (error ?? {}) as { code?: unknown; cause?: { code?: unknown } };
	const found = [code, cause?.code].find((c) => typeof c === 'string' && UNREACHABLE.test(c));
	return found as string | undefined;
}

export interface FailureContext {
	/** What was asked, e.g. `GET /gateway/bot`. */
	request: string;
	/** The line for a refused token (401). */
	tokenRefused?: string;
	/** What else to check when Discord itself refuses the request with an error code (e.g. an unknown application). */
	hint?: string;
	/** The token the request carried: never repeated, even when the answer echoes it back. */
	token?: string;
}

/**
 * A server's own words without the credentials a request carried: a proxy or a debugging server may echo the
 * `Authorization` header back in its error message, and the line it makes is printed and logged.
 */
export function withoutCredentials(text: string, token: string | undefined): string {
	const hidden = token ? text.split(token).join('[redacted]') : text;
	return hidden.replace(/\b(Bot|Bearer)\s+(?!\[redacted\])[\w.-]{8,}/giu, '$1 [redacted]');
}

/**
 * A successful answer that is not what the request returns (a web page from a proxy or a captive portal, JSON of
 * another shape): described by its status and content type, which say more to the reader than the error the
 * unexpected value would cause further on.
 */
export class UnexpectedAnswer extends Error {
	constructor(
		readonly httpStatus: number,
		readonly contentType: string,
		/** What Discord's API answers instead, e.g. `a JSON list of commands`. */
		readonly expected: string,
	) {
		super(`HTTP ${httpStatus} (${contentType || 'no content type'}) instead of ${expected}`);
		this.name = 'UnexpectedAnswer';
	}
}

/** Turns a failed request to Discord's REST API into one line that names the variable to fix. */
export function describeApiFailure(
	error: unknown,
	apiBase: string,
	{ request, tokenRefused = TOKEN_REFUSED, hint, token }: FailureContext,
): Error {
	const custom = apiBase !== DEFAULT_API_BASE;
	const where = custom ? `DISCORD_API_BASE (${apiBase})` : `Discord's API (${apiBase})`;
	const fixBase = custom
		? `check DISCORD_API_BASE: the REST API's root without /v10, or leave it empty for ${DEFAULT_API_BASE}`
		: 'check the network connection (and a proxy, if one is needed here)';
	const { status, name, code } = (error ?? {}) as { status?: unknown; name?: unknown; code?: unknown };
	const message = withoutCredentials(error instanceof Error ? error.message : String(error), token);
	if (error instanceof UnexpectedAnswer) {
		return new Error(
			`discord: ${where} answered ${request} with ${error.message}, so it is not Discord's REST API — ${fixBase}`,
		);
	}
	if (status === 401) return new Error(tokenRefused);
	if (typeof status === 'number' && status >= 500) {
		return new Error(
			`discord: ${where} answered ${status} to ${request} — Discord may be having trouble (https://discordstatus.com): try again in a few minutes${custom ? ', or check the proxy DISCORD_API_BASE points to' : ''}`,
		);
	}
	// A Discord error code (Unknown Application, Missing Access, …): it is Discord's API, refusing this request.
	if (typeof status === 'number' && typeof code === 'number' && code > 0) {
		return new Error(
			`discord: ${where} refused ${request}: ${message} (HTTP ${status}, code ${code})${hint ? ` — ${hint}` : ''}`,
		);
	}
	if (typeof status === 'number') {
		return new Error(
			`discord: ${where} answered ${status} to ${request}, so it is not Discord's REST API — ${fixBase}`,
		);
	}
	if (name === 'AbortError' || name === 'TimeoutError') {
		return new Error(
			`discord: ${where} did not answer ${request} within ${STARTUP_REQUEST_TIMEOUT_MS / 1000} s — ${fixBase}`,
		);
	}
	const network = networkCode(error);
	if (network !== undefined) return new Error(`discord: cannot reach ${where} (${network}) — ${fixBase}`);
	return new Error(`discord: ${request} to ${where} failed (${message}) — ${fixBase}`);
}

/**
 * Asks `GET /gateway/bot` before logging in: it checks the token and DISCORD_API_BASE in one request with a short
 * timeout (discord.js's login would make the same request with long retries), and returns Discord's recommended
 * shard count. Throws an error that says what to fix.
 */
export async function checkDiscordApi(token: string, apiBase: string): Promise<RESTGetAPIGatewayBotResult> {
	const request = 'GET /gateway/bot';
	let answer: unknown;
	try {
		answer = await startupRest(apiBase, token).get(Routes.gatewayBot());
	} catch (error) {
		throw describeApiFailure(error, apiBase, { request, token });
	}
	const gateway = answer as Partial<RESTGetAPIGatewayBotResult> | null;
	if (typeof gateway?.url !== 'string' || !Number.isInteger(gateway.shards) || (gateway.shards ?? 0) < 1) {
		throw describeApiFailure(new Error('the answer is not gateway information'), apiBase, { request });
	}
	return gateway as RESTGetAPIGatewayBotResult;
}
