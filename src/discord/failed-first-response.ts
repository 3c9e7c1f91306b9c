import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import { responseJsonOf, type Declared } from '../core/answer.ts';
import { errorReply } from '../core/error-reply.ts';
import { autocompleteResponse, PONG, webhookSteps, type Visibility } from '../render/reply.ts';
import type { Door } from './interaction-door.ts';
import { sendWebhookSteps, type InTime } from './interaction-rest.ts';

/**
 * The first response to an interaction whose handler failed before anything was sent, in the shape its kind of
 * request accepts: no choices for autocomplete, a PONG for a ping, else a private notice in the reader's language.
 */
export function failedFirstResponse(declared: Declared, locale: string | undefined): string {
	if (declared === 'choices') return JSON.stringify(autocompleteResponse([]));
	if (declared === 'pong') return JSON.stringify(PONG);
	return responseJsonOf(errorReply(locale));
}

/** What was sent to an interaction when its handler failed. */
export interface SentSoFar {
	/** The first response, sent or on its way. */
	acknowledged: Promise<void> | undefined;
	/** How it was deferred, read once the first response has settled. */
	deferredAs: () => Visibility | undefined;
	/** Whether a first response sent now would arrive too late (see `InteractionTime.tooLate`). */
	tooLate: () => boolean;
	/**
	 * Whether a retry of it could still arrive in time (see `Door.acknowledge`): a notice rate limited past the window
	 * is given up, not sent late.
	 */
	inTime: InTime;
}

/**
 * Tells the reader privately that their request failed, by whichever way Discord still accepts: through the webhook
 * once a first response went out, else as the first response, unless it is too late for one.
 */
export async function sendFailureNotice(
	rest: REST,
	raw: APIInteraction,
	door: Door,
	declared: Declared,
	sent: SentSoFar,
): Promise<void> {
	const locale = 'locale' in raw ? raw.locale : undefined;
	if (sent.acknowledged) {
		await sent.acknowledged.catch(() => {});
		// After a deferral the placeholder becomes the notice; after an answer, the notice follows privately.
		await sendWebhookSteps(rest, raw, webhookSteps(errorReply(locale), sent.deferredAs() ?? 'update'));
	} else if (sent.tooLate()) {
		await door.drop('interaction expired');
	} else {
		await door.acknowledge(failedFirstResponse(declared, locale), sent.inTime);
	}
}
