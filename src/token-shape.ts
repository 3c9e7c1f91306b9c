/**
 * A bot token's shape: three base64url parts joined by dots (the bot's id, a timestamp, a signature). Loose on
 * purpose: a token cut short, or lower-cased by a reader that folds case (BOT_MODE, LOG_LEVEL), still matches. Shared
 * by the configuration's messages and every echo of what a user typed, so that a token pasted in the wrong place is
 * never repeated back.
 */
export const TOKEN_SHAPE = /[\w-]{18,}\.[\w-]{4,8}\.[\w-]{16,}/u;

/** The same shape, for every occurrence in a text. */
export const TOKEN_SHAPES = new RegExp(TOKEN_SHAPE.source, 'gu');

/**
 * The id of the bot a token belongs to: a token's first part is that id in base64 (public: the bot's user id, which
 * is its application's id), so a deploy refused for a mistyped DISCORD_APPLICATION_ID can name the right one. Undefined
 * for anything that does not decode to an id.
 */
export function tokenBotId(token: string): string | undefined {
	const [first] = token.split('.');
	if (first === undefined || !/^[\w-]{16,}$/u.test(first)) return undefined;
	const id = Buffer.from(first, 'base64url').toString('latin1');
	return /^\d{17,20}$/u.test(id) ? id : undefined;
}
