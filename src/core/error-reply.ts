import { messagesFor } from '../i18n/index.ts';
import { firstResponse, noticeResponse } from '../render/reply.ts';

/** What a user sees when a handler failed: no internals, and what to do, in their language. */
export const errorReply = (locale?: string) => noticeResponse(messagesFor(locale).error);

/** `errorReply` as a first response (the console prints it). */
export const errorResponse = (locale?: string) => firstResponse(errorReply(locale));

/** What a user sees instead of an answer the bot could not finish before stopping: ask again, in their language. */
export const restartingReply = (locale?: string) => noticeResponse(messagesFor(locale).restarting);
