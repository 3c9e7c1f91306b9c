import type { REST } from '@discordjs/rest';
import {
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	Routes,
	type APIInteraction,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { BotCore } from '../core/bot-core.ts';
import type { Effect } from '../core/types.ts';
import { errorResponse } from '../core/error-reply.ts';
import type { Logger } from '../logger.ts';

/** Discord waits 3 s for the first response; past this much, acknowledge now and edit the answer in later. */
export const DEFER_AFTER_MS = 2500;

const TIMED_OUT = Symbol('timed out');

/** Errors that mean Discord no longer wants an answer: nothing more to send, only to log. */
const GONE = new Set([10062 /* unknown interaction */, 40060 /* already acknowledged */]);

function discordCode(error: unknown): number | undefined {
	const code = (error as { code?: unknown }).code;
	return typeof code === 'number' ? code : undefined;
}

/** What a log line says about an interaction: never its token. */
export function describeInteraction(interaction: APIInteraction): { type: string; command?: string } {
	switch (interaction.type) {
		case InteractionType.ApplicationCommand:
			return { type: 'command', command: interaction.data.name };
		case InteractionType.ApplicationCommandAutocomplete:
			return { type: 'autocomplete', command: interaction.data.name };
		case InteractionType.MessageComponent:
			return { type: 'component', command: interaction.data.custom_id.split(':', 1)[0] };
		case InteractionType.ModalSubmit:
			return { type: 'modal' };
		case InteractionType.Ping:
			return { type: 'ping' };
	}
}

/** The deferred acknowledgement that fits an interaction: a pending message, or (for a button) a pending update. */
function deferral(interaction: APIInteraction): APIInteractionResponse {
	if (interaction.type === InteractionType.MessageComponent)
		return { type: InteractionResponseType.DeferredMessageUpdate };
	const options =
		interaction.type === InteractionType.ApplicationCommand && 'options' in interaction.data
			? (interaction.data.options ?? [])
			: [];
	const private_ = options.some((o) => o.name === 'private' && 'value' in o && o.value === true);
	return {
		type: InteractionResponseType.DeferredChannelMessageWithSource,
		data: private_ ? { flags: MessageFlags.Ephemeral } : {},
	};
}

export interface AnswerOptions {
	deferAfterMs?: number;
	/** Sends the first response. The gateway posts it to the callback route; the HTTP endpoint returns it. */
	acknowledge: (response: APIInteractionResponse) => Promise<void>;
}

/**
 * Answers one interaction through the core, for every adapter. The first response goes through `acknowledge` within
 * Discord's window: the answer itself, or a deferral when the core is slow, completed later by editing the original
 * message. Failures go to one error path that logs and answers ephemerally by reply or follow-up, whichever Discord
 * still accepts. Writes one log line per interaction; never throws.
 */
export async function answerInteraction(
	interaction: APIInteraction,
	core: BotCore,
	rest: REST,
	logger: Logger,
	{ deferAfterMs = DEFER_AFTER_MS, acknowledge }: AnswerOptions,
): Promise<void> {
	const started = performance.now();
	const described = describeInteraction(interaction);
	const webhook = (data: APIInteractionResponseCallbackData, original: boolean) =>
		original
			? rest.patch(Routes.webhookMessage(interaction.application_id, interaction.token, '@original'), {
					body: data,
					auth: false,
				})
			: rest.post(Routes.webhook(interaction.application_id, interaction.token), { body: data, auth: false });
	let acknowledged = false;
	let outcome = 'ok';
	const effects: Effect[] = [];
	try {
		const work = core.handle(interaction, effects);
		const canDefer =
			interaction.type !== InteractionType.ApplicationCommandAutocomplete && interaction.type !== InteractionType.Ping;
		let timer: NodeJS.Timeout | undefined;
		const deadline = new Promise<typeof TIMED_OUT>(
			(resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), deferAfterMs)),
		);
		const first = canDefer ? await Promise.race([work, deadline]) : await work;
		clearTimeout(timer);
		if (first !== TIMED_OUT) {
			await acknowledge(first);
			acknowledged = true;
		} else {
			outcome = 'deferred';
			const deferred = deferral(interaction);
			await acknowledge(deferred);
			acknowledged = true;
			const response = await work;
			if (!('data' in response) || response.data === undefined)
				throw new Error('discord: a deferred answer must carry a message');
			// A pending message becomes the answer; after a pending button update, an update edits the message and a new
			// message is a follow-up.
			const editsOriginal =
				deferred.type === InteractionResponseType.DeferredChannelMessageWithSource ||
				response.type === InteractionResponseType.UpdateMessage;
			await webhook(response.data as APIInteractionResponseCallbackData, editsOriginal);
		}
		for (const effect of effects) {
			if (effect.kind === 'delete-original') {
				await rest.delete(Routes.webhookMessage(interaction.application_id, interaction.token, '@original'), {
					auth: false,
				});
			}
		}
	} catch (error) {
		const code = discordCode(error);
		if (code !== undefined && GONE.has(code)) {
			outcome = 'expired';
			logger.warn({ err: error, ...described }, 'Discord no longer accepts an answer to this interaction');
		} else {
			outcome = 'error';
			logger.error({ err: error, ...described }, 'handler failed');
			try {
				const notice = errorResponse('locale' in interaction ? interaction.locale : undefined);
				if (acknowledged) await webhook(notice.data, false);
				else if (interaction.type !== InteractionType.ApplicationCommandAutocomplete) await acknowledge(notice);
				else
					await acknowledge({
						type: InteractionResponseType.ApplicationCommandAutocompleteResult,
						data: { choices: [] },
					});
			} catch (sendError) {
				logger.error({ err: sendError, ...described }, 'could not send the error reply');
			}
		}
	}
	logger.info({ ...described, ms: Math.round(performance.now() - started), outcome }, 'interaction');
}
