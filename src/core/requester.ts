import type { APIInteraction } from 'discord-api-types/v10';
import type { Requester } from './types.ts';

/** Reads who asked and where from a raw interaction (a guild interaction carries the user in `member`). */
export function requesterOf(interaction: APIInteraction): Requester {
	const userId = interaction.member?.user.id ?? interaction.user?.id ?? '0';
	return {
		userId,
		locale: ('locale' in interaction ? interaction.locale : undefined) ?? 'en-US',
		guildLocale: interaction.guild_locale ?? undefined,
		inGuild: interaction.guild_id !== undefined,
	};
}

/** The console and the CLI: one local user, English. */
export const LOCAL_REQUESTER: Requester = { userId: '0', locale: 'en-US', guildLocale: undefined, inGuild: false };
