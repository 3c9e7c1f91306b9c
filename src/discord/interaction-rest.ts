import { setTimeout as sleep } from 'node:timers/promises';
import { HTTPError, RateLimitError, REST, RESTEvents, type APIRequest, type ResponseLike } from '@discordjs/rest';
import { Routes, type APIInteraction } from 'discord-api-types/v10';
import type { WebhookStep } from '../render/reply.ts';
import { DiscordClock } from './discord-clock.ts';
import {
	ALREADY_ACKNOWLEDGED,
	discordCode,
	OutlivesToken,
	TooLate,
	Unconfirmed,
	UNKNOWN_INTERACTION,
	UNKNOWN_WEBHOOK,
} from './discord-errors.ts';

/**
 * A REST client for interaction responses only: callbacks and the webhook routes an interaction token opens
 * (deferred answers edited in, deletes, follow-ups). Discord documents interaction endpoints as not bound to the
 * bot's global rate limit of 50 requests a second. discord.js already sends callbacks outside that budget, but counts
 * the webhook routes against it, so under a burst a deferred answer could wait behind unrelated requests. Per-route
 * limits still apply, from Discord's headers. It carries no bot token: the interaction token in the path authorizes.
 * Rate limits are thrown to the caller, who waits them out only while the answer can still land (see `postCallback`,
 * `sendWebhookSteps`). `forCallbacks` makes one that leaves retries after server errors to its caller too.
 */
export function interactionRest(apiBase: string, { forCallbacks = false }: { forCallbacks?: boolean } = {}): REST {
	return new REST({
		api: apiBase,
		globalRequestsPerSecond: Number.POSITIVE_INFINITY,
		handlerSweepInterval: HANDLER_SWEEP_MS,
		rejectOnRateLimit: () => true,
		...(forCallbacks ? { retries: 0 } : {}),
	});
}

/**
 * Lets the clock hear Discord's time from the `Date` of every response this REST client gets (see
 * `DiscordClock.heard`); returns what stops it.
 */
export function hearDiscordTime(rest: REST, clock: DiscordClock): () => void {
	const listener = (_request: APIRequest, response: ResponseLike) => {
		const date = Date.parse(response.headers.get('date') ?? '');
		if (Number.isFinite(date)) clock.heard(date);
	};
	rest.on(RESTEvents.Response, listener);
	return () => void rest.off(RESTEvents.Response, listener);
}

/** How often a first response is sent again after a server error or a lost connection (as the REST client would). */
const CALLBACK_RETRIES = 3;
const JSON_BODY = { 'Content-Type': 'application/json' };

/**
 * Whether a first response sent after waiting `waitMs` more, and taking `sendMs` to go through, could still reach
 * Discord within the window (see `InteractionTime.tooLate`).
 */
export type InTime = (waitMs: number, sendMs: number) => boolean;

/**
 * Posts a first response (JSON as written: the REST client would otherwise serialize it again) through a REST client
 * made `forCallbacks`, and retries it here, only while a retry can still reach Discord within the window (`inTime`):
 * the REST client would wait out any rate limit and retry any server error whatever the time, and a first response
 * after the window is refused (10062). A retry is expected to take as long as the attempt that failed, after the
 * retry-after of a rate limit (429: not taken, so a retry is safe). A first response can land and its answer be lost
 * (a 502 from a proxy in front of Discord, a connection reset): the retry is then refused as already acknowledged
 * (40060), which after such an attempt of ours means that attempt went through. When no retry can tell (none in time,
 * or one refused as past the window, which Discord says of it whether or not the first landed), it throws
 * `Unconfirmed`: the answer goes on through the webhook, as a deferral that did land must be completed. Left to the
 * REST client, such a deferral was never completed, and a 2.5 s retry-after made a first response arrive after the
 * window.
 */
export async function postCallback(
	rest: REST,
	interaction: APIInteraction,
	json: string,
	inTime: InTime = () => true,
): Promise<void> {
	/** An earlier attempt failed after it may have been taken. */
	let unsure: unknown;
	for (let attempt = 0; ; attempt += 1) {
		const started = performance.now();
		try {
			await rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
				body: json,
				passThroughBody: true,
				headers: JSON_BODY,
				auth: false,
			});
			return;
		} catch (error) {
			const took = performance.now() - started;
			const code = discordCode(error);
			if (unsure !== undefined && code === ALREADY_ACKNOWLEDGED) return;
			if (unsure !== undefined && code === UNKNOWN_INTERACTION) throw new Unconfirmed(unsure);
			if (error instanceof RateLimitError) {
				// Not taken: waited out only when the retry after it can still arrive in time.
				if (!inTime(error.retryAfter, took)) throw unsure === undefined ? new TooLate() : new Unconfirmed(unsure);
				await sleep(error.retryAfter);
				continue;
			}
			if (!worthRetrying(error)) throw error;
			unsure = error;
			if (attempt >= CALLBACK_RETRIES || !inTime(0, took)) throw new Unconfirmed(error);
		}
	}
}

/** What the REST client itself would retry: a server error, a request that timed out, a connection reset. */
function worthRetrying(error: unknown): boolean {
	if (error instanceof HTTPError) return error.status >= 500;
	if (!(error instanceof Error)) return false;
	return (
		error.name === 'AbortError' ||
		(error as NodeJS.ErrnoException).code === 'ECONNRESET' ||
		error.message.includes('ECONNRESET')
	);
}

/**
 * How often route handlers left idle are dropped (a cheap pass). Each interaction opens routes of its own (its id and
 * token are in the paths), idle once it is answered; at the REST client's default of an hour, memory would grow with
 * the interactions of the last hour rather than with those in flight (10,000 interactions held 7 MB of idle handlers).
 */
const HANDLER_SWEEP_MS = 1_000;

/**
 * Sends an answer's webhook requests in order (edit the original, follow up, delete), authorized by its token; `signal`
 * gives them up (a shutdown's notice must not wait on a request that hangs). An edit or a delete that fails with a
 * server error or a lost connection is tried again for a while (see `untilDone`); a follow-up is left to the REST
 * client's own quick retries, as it is not safe to repeat (one that landed before its answer was lost would be posted
 * twice).
 */
export async function sendWebhookSteps(
	rest: REST,
	interaction: APIInteraction,
	steps: readonly WebhookStep[],
	signal?: AbortSignal,
): Promise<void> {
	const { application_id: app, token } = interaction;
	const options = { auth: false, ...(signal ? { signal } : {}) };
	const inTokenLife = (request: () => Promise<unknown>) => () =>
		withinTokenLife(() => onceKnown(request, signal), interaction, signal);
	for (const step of steps) {
		if (step.kind === 'edit-original')
			await untilDone(
				inTokenLife(() => rest.patch(Routes.webhookMessage(app, token, '@original'), { ...options, body: step.body })),
				signal,
			);
		else if (step.kind === 'follow-up')
			await inTokenLife(() => rest.post(Routes.webhook(app, token), { ...options, body: step.body }))();
		else
			await untilDone(
				inTokenLife(() => rest.delete(Routes.webhookMessage(app, token, '@original'), options)),
				signal,
			);
	}
}

/** How long an interaction token authorizes webhook requests, from the interaction's creation. */
const TOKEN_LIFE_MS = 15 * 60_000;
/** Kept in hand for a host clock off Discord's (by over a minute, it is logged as skewed) and the request's way. */
const TOKEN_MARGIN_MS = 60_000;

/**
 * Runs a webhook request, waiting out a rate limit (429, or a bucket known to be empty: nothing was taken, so even a
 * follow-up is safe to repeat) only while the token still authorizes the request after the wait; one that outlasts
 * the token is thrown at once as `OutlivesToken`. Left to the REST client, any retry-after was waited out (twenty
 * minutes, an hour), the interaction held in flight all along and the request then sent with an expired token.
 */
async function withinTokenLife(
	request: () => Promise<unknown>,
	interaction: APIInteraction,
	signal: AbortSignal | undefined,
): Promise<unknown> {
	for (;;) {
		try {
			return await request();
		} catch (error) {
			if (!(error instanceof RateLimitError)) throw error;
			const tokenLeftMs = DiscordClock.createdAt(interaction.id) + TOKEN_LIFE_MS - TOKEN_MARGIN_MS - Date.now();
			if (error.retryAfter >= tokenLeftMs) throw new OutlivesToken(error);
			await sleep(error.retryAfter, undefined, signal ? { signal } : {});
		}
	}
}

/** The waits before a webhook request refused as Unknown Webhook is tried again (see `onceKnown`): 3.1 s in all. */
const UNKNOWN_WAITS_MS = [100, 200, 400, 800, 1600];

/**
 * Runs a webhook request, trying it again a few times over three seconds while Discord answers Unknown Webhook
 * (10015). An HTTP endpoint's first response is out once handed to the socket, and Discord may not have taken it in
 * when the deferred answer's edit reaches its API by another connection a moment later (on a busy host, or Discord's
 * side slow to read): the edit was refused, the answer went to the error path, whose notice met the same refusal, and
 * the reader was left with "thinking…" for good. Nothing was done by a refused request, so even a follow-up is safe
 * to repeat. A first response that never landed is known as such three seconds later instead of at once.
 */
async function onceKnown(request: () => Promise<unknown>, signal: AbortSignal | undefined): Promise<unknown> {
	for (const waitMs of UNKNOWN_WAITS_MS) {
		try {
			return await request();
		} catch (error) {
			if (discordCode(error) !== UNKNOWN_WEBHOOK || signal?.aborted) throw error;
			await sleep(waitMs, undefined, signal ? { signal } : {});
		}
	}
	return request();
}

/** The first wait before a webhook request is tried again, doubled each time up to the longest. */
const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 30_000;
/** How long a webhook request is tried again after its first failure: well inside the token's 15 minutes. */
const RETRY_FOR_MS = 5 * 60_000;

/**
 * Runs a request that is safe to repeat (an edit, a delete) until it is done, trying it again after a server error or
 * a lost connection, with a wait that doubles, for up to `RETRY_FOR_MS`. The REST client's own retries come at once:
 * a few seconds of 5xx from Discord used them all up, and a deferred answer then never replaced its "thinking…",
 * though its token had minutes left. Any other failure (a refusal, a rate limit's error) is thrown at once.
 */
async function untilDone(request: () => Promise<unknown>, signal: AbortSignal | undefined): Promise<void> {
	const started = performance.now();
	for (let waitMs = FIRST_WAIT_MS; ; waitMs = Math.min(2 * waitMs, LONGEST_WAIT_MS)) {
		try {
			await request();
			return;
		} catch (error) {
			if (signal?.aborted || !worthRetrying(error) || performance.now() - started + waitMs > RETRY_FOR_MS) throw error;
			await sleep(waitMs, undefined, signal ? { signal } : {});
		}
	}
}
