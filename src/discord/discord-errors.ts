/** Discord's answer to a second first response for the same interaction. */
export const ALREADY_ACKNOWLEDGED = 40060;

/** Errors that mean Discord no longer wants an answer: nothing more to send, only to log. */
export const GONE = new Set([10062 /* unknown interaction */, ALREADY_ACKNOWLEDGED]);

/** A first response whose turn to be sent came too late for it to reach Discord within the window. */
export class TooLate extends Error {}

/** The JSON error code of a Discord API error (10062, 40060…), if the error is one. */
export function discordCode(error: unknown): number | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'number' ? code : undefined;
}
