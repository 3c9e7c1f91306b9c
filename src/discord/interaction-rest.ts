import { REST } from '@discordjs/rest';

/**
 * A REST client for interaction responses only: callbacks and the webhook routes an interaction token opens
 * (deferred answers edited in, deletes, follow-ups). Discord documents interaction endpoints as not bound to the
 * bot's global rate limit of 50 requests a second. discord.js already sends callbacks outside that budget, but counts
 * the webhook routes against it, so under a burst a deferred answer could wait behind unrelated requests. Per-route
 * limits still apply, from Discord's headers. It carries no bot token: the interaction token in the path authorizes.
 */
export function interactionRest(apiBase: string): REST {
	return new REST({ api: apiBase, globalRequestsPerSecond: Number.POSITIVE_INFINITY });
}
