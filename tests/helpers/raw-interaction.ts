import type { APIInteraction, InteractionType } from 'discord-api-types/v10';

/**
 * A bare interaction of a user in DMs, as Discord sends one, with the `data` given: for a core asked directly
 * (`BotCore.handle`), without the stand-in.
 */
export function rawInteraction(type: InteractionType, data: Record<string, unknown>): APIInteraction {
	return {
		id: '1',
		application_id: '2',
		token: 't',
		version: 1,
		type,
		locale: 'en-US',
		user: { id: '3', username: 'u', discriminator: '0', global_name: null, avatar: null },
		data,
	} as unknown as APIInteraction;
}
