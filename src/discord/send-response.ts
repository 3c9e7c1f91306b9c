import {
	InteractionResponseType,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import type { InteractionReplyOptions, RepliableInteraction } from 'discord.js';

/** discord.js spells `allowed_mentions` as `allowedMentions`; everything else in the API shape passes through. */
export function toReplyOptions(data: APIInteractionResponseCallbackData): InteractionReplyOptions {
	return {
		content: data.content,
		embeds: data.embeds,
		components: data.components,
		flags: data.flags as InteractionReplyOptions['flags'],
		allowedMentions: data.allowed_mentions ?? { parse: [] },
	};
}

/**
 * Sends a core response through discord.js. A message becomes the interaction's reply, or a follow-up when the
 * interaction was already acknowledged (Discord accepts exactly one acknowledgement).
 */
export async function sendResponse(interaction: RepliableInteraction, response: APIInteractionResponse): Promise<void> {
	switch (response.type) {
		case InteractionResponseType.ChannelMessageWithSource: {
			const options = toReplyOptions(response.data);
			if (interaction.replied || interaction.deferred) await interaction.followUp(options);
			else await interaction.reply(options);
			return;
		}
		default:
			throw new Error(`discord: response type ${response.type} cannot be sent for this interaction yet`);
	}
}
