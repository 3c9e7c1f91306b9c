import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import { responseJsonOf, type Declared } from '../core/answer.ts';
import { restartingReply } from '../core/error-reply.ts';
import { autocompleteResponse, messageBody, PONG, type Visibility, type WebhookStep } from '../render/reply.ts';
import type { Door } from './interaction-door.ts';
import { sendWebhookSteps, type InTime } from './interaction-rest.ts';
import { settledWithin } from './settled-within.ts';

/**
 * What became of the notice an interaction got instead of its answer when the bot stopped, for its log line: sent;
 * not sent because no response could reach Discord any more (`too-late`); refused or failed (`failed`); no answer
 * within the time a shutdown gives it (`timed-out`); or not sent because the answer itself was already being sent
 * (`answer-under-way`: a second message would contradict it).
 */
export type NoticeOutcome = 'sent' | 'too-late' | 'failed' | 'timed-out' | 'answer-under-way';

/**
 * The first response to an interaction the bot will not work on because it is stopping, in the shape its kind of
 * request accepts: a PONG for a ping, no choices for autocomplete, else the notice, private.
 */
export function restartingFirstResponse(declared: Declared, locale: string | undefined): string {
	if (declared === 'pong') return JSON.stringify(PONG);
	if (declared === 'choices') return JSON.stringify(autocompleteResponse([]));
	return responseJsonOf(restartingReply(locale));
}

/**
 * Where the notice goes once a deferral went out: into the placeholder, which keeps its visibility (private where the
 * answer would have been private); after a deferred update, in a private follow-up, since editing would replace the
 * message the button sits on.
 */
export function restartingSteps(deferredAs: Visibility, locale: string | undefined): WebhookStep[] {
	const { show } = restartingReply(locale);
	if (show.kind !== 'message') return [];
	return deferredAs === 'update'
		? [{ kind: 'follow-up', body: messageBody(show.data, true) }]
		: [{ kind: 'edit-original', body: messageBody(show.data) }];
}

/** What was sent to an interaction so far, as the lifecycle knows it when the bot stops. */
export interface SentBeforeStop {
	declared: Declared | undefined;
	/** The first response, sent or on its way. */
	acknowledged: Promise<void> | undefined;
	/** How it was deferred, read once the first response has settled. */
	deferredAs: () => Visibility | undefined;
	/** Whether a first response sent now would arrive too late. */
	tooLate: () => boolean;
	/** Whether a retry of it could still arrive in time (see `Door.acknowledge`). */
	inTime: InTime;
}

/**
 * Tells the asker the bot is restarting, by whichever way Discord still accepts: the deferred placeholder edited (or a
 * private follow-up after a deferred update), else the notice as the first response; gives up after `withinMs`, the
 * requests too (a request that hangs must not hold the process that is stopping).
 */
export async function sendRestartNotice(
	rest: REST,
	raw: APIInteraction,
	door: Door,
	sent: SentBeforeStop,
	withinMs: number,
): Promise<NoticeOutcome> {
	const locale = 'locale' in raw ? raw.locale : undefined;
	const abort = new AbortController();
	const sending = (async (): Promise<NoticeOutcome> => {
		if (sent.acknowledged) {
			try {
				await sent.acknowledged;
			} catch {
				// The first response never reached Discord: nothing can follow it.
				return 'too-late';
			}
			const deferredAs = sent.deferredAs();
			// Answered in the first response itself: its follow-ups are the answer's, under way.
			if (deferredAs === undefined) return 'answer-under-way';
			await sendWebhookSteps(rest, raw, restartingSteps(deferredAs, locale), abort.signal);
			return 'sent';
		}
		if (sent.declared === undefined || sent.tooLate()) {
			await door.drop('interaction expired');
			return 'too-late';
		}
		await door.acknowledge(restartingFirstResponse(sent.declared, locale), sent.inTime);
		return 'sent';
	})();
	try {
		const outcome = await settledWithin(sending, withinMs);
		if (outcome !== 'late') return outcome;
		abort.abort();
		// Settles once aborted; nothing is waited for.
		sending.catch(() => {});
		return 'timed-out';
	} catch {
		return 'failed';
	}
}
