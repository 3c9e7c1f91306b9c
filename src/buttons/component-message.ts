import { InteractionType, MessageFlags, type APIMessage } from 'discord-api-types/v10';
import type { CommandContext } from '../core/types.ts';

/** The message a button sits on, and who caused it (from `interaction_metadata`, which Discord always sends). */
export interface ComponentMessage {
	message: APIMessage;
	ownerId: string | undefined;
	ephemeral: boolean;
	/** The clicker caused the message. */
	byOwner: boolean;
}

export function componentMessage(context: CommandContext): ComponentMessage | undefined {
	const interaction = context.interaction;
	if (interaction?.type !== InteractionType.MessageComponent) return undefined;
	const message = interaction.message as APIMessage | undefined;
	if (!message) return undefined;
	const ownerId = message.interaction_metadata?.user.id;
	return {
		message,
		ownerId,
		ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
		byOwner: ownerId !== undefined && ownerId === context.requester.userId,
	};
}
