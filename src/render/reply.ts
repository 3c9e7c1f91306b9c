import {
	InteractionResponseType,
	MessageFlags,
	type APIInteractionResponseCallbackData,
	type APIInteractionResponseChannelMessageWithSource,
} from 'discord-api-types/v10';

/**
 * A message response. Every message the bot sends goes through here, so none can forget
 * `allowed_mentions: { parse: [] }`: quoted or echoed text must never ping anyone.
 */
export function messageResponse(
	data: Omit<APIInteractionResponseCallbackData, 'allowed_mentions'>,
	{ ephemeral = false }: { ephemeral?: boolean } = {},
): APIInteractionResponseChannelMessageWithSource {
	const flags = (data.flags ?? 0) | (ephemeral ? MessageFlags.Ephemeral : 0);
	return {
		type: InteractionResponseType.ChannelMessageWithSource,
		data: { ...data, ...(flags ? { flags } : {}), allowed_mentions: { parse: [] } },
	};
}

/** A short ephemeral notice: bad input, a hint, an error. */
export function noticeResponse(content: string): APIInteractionResponseChannelMessageWithSource {
	return messageResponse({ content }, { ephemeral: true });
}
