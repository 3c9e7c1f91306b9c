import { messagesFor } from '../i18n/index.ts';
import { noticeResponse } from '../render/reply.ts';

/** What a user sees when a handler failed: no internals, and what to do, in their language. */
export const errorResponse = (locale?: string) => noticeResponse(messagesFor(locale).error);
