import { pastedCharacterProblem } from './config-characters.ts';
import { tokenPasted, valueProblem } from './config-echo.ts';
import { value } from './config-values.ts';

/** The default REST base, as discord.js's `rest.api`: no `/v10` suffix. */
export const DEFAULT_API_BASE = 'https://discord.com/api';

const SNOWFLAKE = /^\d{17,20}$/;
const PUBLIC_KEY = /^[0-9a-f]{64}$/i;

/**
 * What the developer portal's OAuth2 page calls the client secret: 32 letters and digits. A bot token is longer and
 * has three parts separated by dots; the secret pasted instead would only be refused by Discord, as an invalid token
 * ("reset the token"), which sends the reader to reset a token that was never used.
 */
const CLIENT_SECRET = /^[A-Za-z0-9_-]{32}$/;

/** DISCORD_TOKEN: the bare token. Never echoed in a problem. */
export function token(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
	const raw = value(env, 'DISCORD_TOKEN');
	if (raw === undefined) return raw;
	const characters = pastedCharacterProblem('DISCORD_TOKEN', raw, 'token', ' (no "Bot " prefix)');
	if (characters !== undefined) problems.push(characters);
	else if (/^\d+$/u.test(raw))
		problems.push(
			"DISCORD_TOKEN is all digits, an id (the Application ID?), not a token — copy the bot's token from the developer portal's Bot page (Reset Token)",
		);
	else if (CLIENT_SECRET.test(raw))
		problems.push(
			"DISCORD_TOKEN looks like the OAuth2 client secret (32 characters, no dots) — copy the bot's token from the developer portal's Bot page (Reset Token)",
		);
	return raw;
}

/**
 * What is wrong with a credential other than the token before its format is checked: the token pasted into its line,
 * or characters a copy added (a format error would not say why a value that looks right is refused).
 */
function pastedProblem(env: NodeJS.ProcessEnv, name: string, raw: string, noun: string): string | undefined {
	return tokenPasted(name, raw, env) ?? pastedCharacterProblem(name, raw, noun);
}

export function applicationId(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
	const raw = value(env, 'DISCORD_APPLICATION_ID');
	const pasted = raw === undefined ? undefined : pastedProblem(env, 'DISCORD_APPLICATION_ID', raw, 'id');
	if (pasted !== undefined) problems.push(pasted);
	else if (raw !== undefined && !SNOWFLAKE.test(raw)) {
		problems.push(
			"DISCORD_APPLICATION_ID must be a Discord id (a snowflake: 17–20 digits) — copy the Application ID from the developer portal's General Information page",
		);
	}
	return raw;
}

export function guildId(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
	const raw = value(env, 'DISCORD_GUILD_ID');
	const pasted = raw === undefined ? undefined : pastedProblem(env, 'DISCORD_GUILD_ID', raw, 'id');
	if (pasted !== undefined) problems.push(pasted);
	else if (raw !== undefined && !SNOWFLAKE.test(raw)) {
		problems.push(
			'DISCORD_GUILD_ID must be a Discord server id (a snowflake: 17–20 digits) — enable Developer Mode (User Settings → Advanced), right-click the server, Copy Server ID',
		);
	}
	return raw;
}

/** DISCORD_PUBLIC_KEY, lower-cased. */
export function publicKey(env: NodeJS.ProcessEnv, problems: string[]): string | undefined {
	const raw = value(env, 'DISCORD_PUBLIC_KEY');
	const pasted = raw === undefined ? undefined : pastedProblem(env, 'DISCORD_PUBLIC_KEY', raw, 'key');
	if (pasted !== undefined) problems.push(pasted);
	else if (raw !== undefined && !PUBLIC_KEY.test(raw)) {
		problems.push(
			"DISCORD_PUBLIC_KEY must be 64 hex characters — copy the Public Key from the developer portal's General Information page",
		);
	}
	return raw?.toLowerCase();
}

/** DISCORD_API_BASE: an http(s) URL without the API version, trailing slashes removed. */
export function apiBase(env: NodeJS.ProcessEnv, problems: string[]): string {
	const raw = value(env, 'DISCORD_API_BASE');
	if (raw === undefined) return DEFAULT_API_BASE;
	// Refused even as a URL (`https://host/<token>`): every failed request would name it.
	const pasted = tokenPasted('DISCORD_API_BASE', raw, env);
	if (pasted !== undefined) {
		problems.push(pasted);
		return DEFAULT_API_BASE;
	}
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		problems.push(valueProblem('DISCORD_API_BASE', raw, `is not a URL — e.g. ${DEFAULT_API_BASE}`, env));
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
