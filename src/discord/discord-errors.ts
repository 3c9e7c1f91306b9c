/** Discord's answer to a second first response for the same interaction. */
export const ALREADY_ACKNOWLEDGED = 40060;

/** Errors that mean Discord no longer wants an answer: nothing more to send, only to log. */
export const GONE = new Set([10062 /* unknown interaction */, ALREADY_ACKNOWLEDGED]);

/** Discord's answer to a webhook request with an interaction token whose interaction was never acknowledged. */
export const UNKNOWN_WEBHOOK = 10015;

/** Discord's answer to an interaction it no longer knows: past its window, or never acknowledged in time. */
export const UNKNOWN_INTERACTION = 10062;

/** A first response whose turn to be sent came too late for it to reach Discord within the window. */
export class TooLate extends Error {}

/** A webhook request rate limited for longer than the interaction token still lives: no wait can make it land. */
export class OutlivesToken extends Error {
	constructor(cause: unknown) {
		super('rate limited for longer than the interaction token lives', { cause });
	}
}

/**
 * A first response that may have landed: an attempt failed after it was sent (a server error, a lost connection),
 * and no retry could tell (none could arrive in time, or Discord refused it as past the window, which it says of a
 * late retry whether or not the first attempt landed). The answer goes on through the webhook, whose answer tells.
 */
export class Unconfirmed extends Error {
	constructor(cause: unknown) {
		super('the first response may have landed: its attempt failed after it was sent', { cause });
	}
}

/** The JSON error code of a Discord API error (10062, 40060…), if the error is one. */
export function discordCode(error: unknown): number | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'number' ? code : undefined;
}
