import { responseJsonOf, type Declared } from '../core/answer.ts';
import { errorReply } from '../core/error-reply.ts';
import { autocompleteResponse, PONG } from '../render/reply.ts';

/**
 * The first response to an interaction whose handler failed before anything was sent, in the shape its kind of
 * request accepts: no choices for autocomplete, a PONG for a ping, else a private notice in the reader's language.
 */
export function failedFirstResponse(declared: Declared, locale: string | undefined): string {
	if (declared === 'choices') return JSON.stringify(autocompleteResponse([]));
	if (declared === 'pong') return JSON.stringify(PONG);
	return responseJsonOf(errorReply(locale));
}
