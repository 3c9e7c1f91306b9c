import { noticeResponse } from '../render/reply.ts';

/** What a user sees when a handler failed: no internals, and what to do. */
export const errorResponse = () =>
	noticeResponse('Sorry, something went wrong while answering. It has been logged; please try again in a moment.');
