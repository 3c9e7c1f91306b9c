import { PermissionFlagsBits, type APIInteraction } from 'discord-api-types/v10';
import type { Requester } from './types.ts';

/** Reads who asked and where from a raw interaction (a guild interaction carries the user in `member`). */
export function requesterOf(interaction: APIInteraction): Requester {
	const userId = interaction.member?.user.id ?? interaction.user?.id ?? '0';
	const inGuild = interaction.guild_id !== undefined;
	// '0' is a guild install: then the bot may post; otherwise the member needs "Use External Apps".
	const guildInstalled = interaction.authorizing_integration_owners?.['0'] !== undefined;
	return {
		userId,
		locale: ('locale' in interaction ? interaction.locale : undefined) ?? 'en-US',
		guildLocale: interaction.guild_locale ?? undefined,
		inGuild,
		// The permissions are read (a BigInt parsed) only when they decide.
		canPostPublicly: !inGuild || guildInstalled || canUseExternalApps(interaction.member?.permissions),
	};
}

function canUseExternalApps(permissions: string | undefined): boolean {
	return (BigInt(permissions ?? '0') & PermissionFlagsBits.UseExternalApps) !== 0n;
}

/** The console and the CLI: one local user, English. */
export const LOCAL_REQUESTER: Requester = {
	userId: '0',
	locale: 'en-US',
	guildLocale: undefined,
	inGuild: false,
	canPostPublicly: true,
};
