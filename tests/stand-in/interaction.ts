import { APPLICATION_ID, apiUser, guildById, snowflake, type StandInUser } from './fixtures.ts';

export interface CommandOption {
	name: string;
	type: number;
	value: string | number | boolean;
	focused?: boolean;
}

export interface InteractionSpec {
	/** 2 command, 3 component, 4 autocomplete, 5 modal. */
	type: number;
	data: Record<string, unknown>;
	user?: StandInUser;
	/** In a server (default) or in a DM with the bot. */
	inGuild?: boolean;
	/** Which server (default GUILD_ID): with shards, the server decides the shard. */
	guildId?: string;
	locale?: string;
	/** The server's language (default en-US). */
	guildLocale?: string;
	message?: Record<string, unknown>;
	/** Installed by the user only, not by the server (or DM) it is used in. */
	userInstall?: boolean;
	/** The member's permissions in the server (default: all but administrator). */
	memberPermissions?: string;
	/** How long ago Discord created it (its id's timestamp): an interaction delivered late. Default 0. */
	ageMs?: number;
}

export const DEFAULT_USER: StandInUser = { id: '1000000000000000100', username: 'reader' };

/**
 * A full INTERACTION_CREATE payload, with every field discord.js needs to build an interaction. `now` is Discord's
 * clock (the stand-in's, which may disagree with the host's): the id is minted from it.
 */
export function buildInteraction(spec: InteractionSpec, token: string, now = Date.now()) {
	const user = apiUser(spec.user ?? DEFAULT_USER);
	const inGuild = spec.inGuild ?? true;
	const { id: guildId, channelId } = guildById(spec.guildId);
	const base = {
		id: snowflake(spec.ageMs ?? 0, now),
		application_id: APPLICATION_ID,
		type: spec.type,
		token,
		version: 1,
		data: spec.data,
		locale: spec.locale ?? 'en-US',
		app_permissions: '2248473465835073',
		entitlements: [],
		authorizing_integration_owners: spec.userInstall ? { '1': user.id } : inGuild ? { '0': guildId } : { '1': user.id },
		context: inGuild ? 0 : 1,
		attachment_size_limit: 8_388_608,
		...(spec.message ? { message: spec.message } : {}),
	};
	if (!inGuild) {
		const dm = { id: '1000000000000000200', type: 1, recipients: [user] };
		return { ...base, channel_id: dm.id, channel: dm, user };
	}
	return {
		...base,
		guild_id: guildId,
		guild_locale: spec.guildLocale ?? 'en-US',
		guild: { id: guildId, locale: spec.guildLocale ?? 'en-US', features: [] },
		channel_id: channelId,
		channel: {
			id: channelId,
			type: 0,
			guild_id: guildId,
			name: 'general',
			position: 0,
			permissions: '2248473465835073',
		},
		member: {
			user,
			roles: [],
			joined_at: new Date(0).toISOString(),
			premium_since: null,
			permissions: spec.memberPermissions ?? '2248473465835073',
			deaf: false,
			mute: false,
			flags: 0,
			pending: false,
			nick: null,
			avatar: null,
		},
	};
}

/**
 * A "Find in conclusions" message command on a message with this text (the message's id is 77); `message`: more of
 * the message's fields (its embeds, its author), or other values of these.
 */
export const findInConclusions = (content: string, message: Record<string, unknown> = {}): InteractionSpec => ({
	type: 2,
	data: {
		id: '1100000000000000002',
		name: 'Find in conclusions',
		type: 3,
		target_id: '77',
		resolved: { messages: { '77': { id: '77', channel_id: '1', content, attachments: [], embeds: [], ...message } } },
	},
});
