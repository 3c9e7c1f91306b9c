import { REST } from '@discordjs/rest';
import { Routes, type APIInteraction } from 'discord-api-types/v10';
import type { WebhookStep } from '../render/reply.ts';

/**
 * A REST client for interaction responses only: callbacks and the webhook routes an interaction token opens
 * (deferred answers edited in, deletes, follow-ups). Discord documents interaction endpoints as not bound to the
 * bot's global rate limit of 50 requests a second. discord.js already sends callbacks outside that budget, but counts
 * the webhook routes against it, so under a burst a deferred answer could wait behind unrelated requests. Per-route
 * limits still apply, from Discord's headers. It carries no bot token: the interaction token in the path authorizes.
 */
export function interactionRest(apiBase: string): REST {
	return new REST({
		api: apiBase,
		globalRequestsPerSecond: Number.POSITIVE_INFINITY,
		handlerSweepInterval: HANDLER_SWEEP_MS,
	});
}

/**
 * How often route handlers left idle are dropped (a cheap pass). Each interaction opens routes of its own (its id and
 * token are in the paths), idle once it is answered; at the REST client's default of an hour, memory would grow with
 * the interactions of the last hour rather than with those in flight (10,000 interactions held 7 MB of idle handlers).
 */
const HANDLER_SWEEP_MS = 1_000;

/** Sends an answer's webhook requests in order (edit the original, follow up, delete), authorized by its token. */
export async function sendWebhookSteps(
	rest: REST,
	interaction: APIInteraction,
	steps: readonly WebhookStep[],
): Promise<void> {
	const { application_id: app, token } = interaction;
	for (const step of steps) {
		if (step.kind === 'edit-original')
			await rest.patch(Routes.webhookMessage(app, token, '@original'), { body: step.body, auth: false });
		else if (step.kind === 'follow-up') await rest.post(Routes.webhook(app, token), { body: step.body, auth: false });
		else await rest.delete(Routes.webhookMessage(app, token, '@original'), { auth: false });
	}
}
