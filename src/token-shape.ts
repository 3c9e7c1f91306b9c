/**
 * A bot token's shape: three base64url parts joined by dots (the bot's id, a timestamp, a signature). Loose on
 * purpose: a token cut short, or lower-cased by a reader that folds case (BOT_MODE, LOG_LEVEL), still matches. Shared
 * by the configuration's messages and every echo of what a user typed, so that a token pasted in the wrong place is
 * never repeated back.
 */
export const TOKEN_SHAPE = /[\w-]{18,}\.[\w-]{4,8}\.[\w-]{16,}/u;

/** The same shape, for every occurrence in a text. */
export const TOKEN_SHAPES = new RegExp(TOKEN_SHAPE.source, 'gu');
