import {
	ButtonStyle,
	ComponentType,
	InteractionResponseType,
	InteractionType,
	type APIButtonComponentWithCustomId,
	type APIInteraction,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { responseOf, type Answer } from '../core/answer.ts';
import type { BotCore } from '../core/bot-core.ts';
import { LOCAL_REQUESTER } from '../core/requester.ts';

/** A message the console printed, as Discord would hold it: what its buttons act on. */
export type ConsoleMessage = APIInteractionResponseCallbackData;

export type Direction = 'next' | 'prev';
/** What the console's own commands press on the last answer: a page button, or Read full. */
export type Press = Direction | 'full';

function actionButtons(components: readonly APIMessageTopLevelComponent[] = []): APIButtonComponentWithCustomId[] {
	return components.flatMap((row) =>
		row.type === ComponentType.ActionRow
			? row.components.filter(
					(c): c is APIButtonComponentWithCustomId =>
						c.type === ComponentType.Button && c.style !== ButtonStyle.Link && c.style !== ButtonStyle.Premium,
				)
			: [],
	);
}

/**
 * The button a reader would press to go `direction`: the enabled one whose label points that way (◀ or ▶), as on
 * search result pages, a theme's paragraph list and a quote's neighbours. The console presses what Discord shows
 * instead of knowing how each kind of page encodes its custom_id.
 */
export function pageButton(message: ConsoleMessage | undefined, direction: Direction): string | undefined {
	const points = (label: string) => (direction === 'next' ? label.trimEnd().endsWith('▶') : label.startsWith('◀'));
	return actionButtons(message?.components).find((b) => !b.disabled && points(b.label ?? ''))?.custom_id;
}

/** Which of /prev and /next the message offers. */
export function pageDirections(message: ConsoleMessage | undefined): Direction[] {
	return (['prev', 'next'] as const).filter((direction) => pageButton(message, direction) !== undefined);
}

/**
 * The Read full button of a quote cut short (a paragraph longer than one message), which `/full` presses: only where
 * the message has one, so that a search page's several paragraphs never make it guess which.
 */
export function readFullButton(message: ConsoleMessage | undefined): string | undefined {
	const full = actionButtons(message?.components).filter((b) => !b.disabled && b.custom_id.startsWith('full:'));
	return full.length === 1 ? full[0]?.custom_id : undefined;
}

/**
 * A click on a button of a message the console showed, as Discord would send it: from the local user, on a message
 * that user's command caused. Only what the core reads is filled in; the rest of Discord's fields mean nothing here.
 */
function buttonClick(message: ConsoleMessage, customId: string): APIInteraction {
	const user = { id: LOCAL_REQUESTER.userId, username: 'console', discriminator: '0', global_name: null, avatar: null };
	return {
		id: '0',
		application_id: '0',
		type: InteractionType.MessageComponent,
		token: 'console',
		version: 1,
		user,
		locale: LOCAL_REQUESTER.locale,
		app_permissions: '0',
		entitlements: [],
		authorizing_integration_owners: {},
		channel_id: '0',
		data: { custom_id: customId, component_type: ComponentType.Button },
		message: {
			...message,
			id: '0',
			channel_id: '0',
			content: message.content ?? '',
			embeds: message.embeds ?? [],
			components: message.components ?? [],
			flags: message.flags ?? 0,
			interaction_metadata: {
				id: '0',
				type: InteractionType.ApplicationCommand,
				user,
				authorizing_integration_owners: {},
			},
		},
	} as unknown as APIInteraction;
}

/**
 * Turns the page of `message` through the core, exactly as a click on its ◀ or ▶ button in Discord would. Returns the
 * core's response, or undefined when the message has no page that way.
 */
export async function turnPage(
	core: BotCore,
	message: ConsoleMessage | undefined,
	direction: Direction,
): Promise<APIInteractionResponse | undefined> {
	const answer = await turnPageReply(core, message, direction);
	return answer === undefined ? undefined : responseOf(answer);
}

/** `turnPage`'s answer whole, with the messages that follow the first (the rest of a long paragraph); or Read full's. */
export async function turnPageReply(
	core: BotCore,
	message: ConsoleMessage | undefined,
	direction: Press,
): Promise<Answer | undefined> {
	const customId = direction === 'full' ? readFullButton(message) : pageButton(message, direction);
	if (message === undefined || customId === undefined) return undefined;
	return core.answer(buttonClick(message, customId));
}

/** The message after a page turn: an update replaces its content and keeps who can see it. */
export function updatedMessage(previous: ConsoleMessage, response: APIInteractionResponse): ConsoleMessage | undefined {
	if (response.type !== InteractionResponseType.UpdateMessage) return undefined;
	return { ...response.data, ...(previous.flags === undefined ? {} : { flags: previous.flags }) };
}
