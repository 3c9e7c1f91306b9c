import { DiscordSnowflake } from '@sapphire/snowflake';

/** Ids and objects of the pretend Discord world the stand-in serves. */

/**
 * A real snowflake minted from the stand-in's clock, as Discord mints them: its timestamp is the creation time (by
 * default now; `ageMs` earlier for an interaction that reaches the bot late). Unique within a run. `now` is Discord's
 * clock, by default the host's.
 */
export function snowflake(ageMs = 0, now = Date.now()): string {
	return DiscordSnowflake.generate({ timestamp: now - ageMs }).toString();
}

/** When the object with this snowflake id was created (ms since 1970). */
export function createdAt(id: string): number {
	return Number(DiscordSnowflake.timestampFrom(id));
}

export const GUILD_ID = '1000000000000000001';
export const CHANNEL_ID = '1000000000000000002';
export const BOT_USER_ID = '1000000000000000003';
export const APPLICATION_ID = '1000000000000000004';
/** A second server, on the other shard when there are two: `(id >> 22) % 2` is 1 for GUILD_ID, 0 for this one. */
export const SECOND_GUILD_ID = '1000000000004194305';
export const SECOND_CHANNEL_ID = '1000000000004194306';

/** The servers the bot is in, each with one text channel. */
export const GUILDS = [
	{ id: GUILD_ID, channelId: CHANNEL_ID, name: 'Study group' },
	{ id: SECOND_GUILD_ID, channelId: SECOND_CHANNEL_ID, name: 'Reading room' },
] as const;

export type StandInGuild = (typeof GUILDS)[number];

/** A server the bot is not in: a user who installed the app uses it there (Discord sends nothing else about it). */
export const EXTERNAL_GUILD = {
	id: '1000000000000000300',
	channelId: '1000000000000000301',
	name: 'Elsewhere',
} as const;

export function guildById(id: string = GUILD_ID): StandInGuild | typeof EXTERNAL_GUILD {
	const guild = [...GUILDS, EXTERNAL_GUILD].find((g) => g.id === id);
	if (!guild) throw new Error(`stand-in: no guild ${id}`);
	return guild;
}

/** Every permission but "Use External Apps" (1 << 50): a member for whom Discord forces app replies ephemeral. */
export const WITHOUT_EXTERNAL_APPS = (2248473465835073n & ~(1n << 50n)).toString();

/** The shard that receives a guild's events: Discord's `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
	return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export interface StandInUser {
	id: string;
	username: string;
}

export function apiUser(user: StandInUser) {
	return { id: user.id, username: user.username, global_name: null, discriminator: '0', avatar: null, public_flags: 0 };
}

export function botUser() {
	return { ...apiUser({ id: BOT_USER_ID, username: 'conclusions' }), bot: true, flags: 0, verified: true };
}

export function guildCreate({ id, channelId, name }: StandInGuild = GUILDS[0]) {
	return {
		id,
		name,
		icon: null,
		owner_id: '1000000000000000009',
		afk_timeout: 300,
		verification_level: 0,
		default_message_notifications: 0,
		explicit_content_filter: 0,
		roles: [
			{
				id,
				name: '@everyone',
				color: 0,
				hoist: false,
				position: 0,
				permissions: '2248473465835073',
				managed: false,
				mentionable: false,
				flags: 0,
			},
		],
		emojis: [],
		stickers: [],
		features: [],
		mfa_level: 0,
		system_channel_flags: 0,
		joined_at: new Date(0).toISOString(),
		large: false,
		unavailable: false,
		member_count: 2,
		members: [],
		channels: [{ id: channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: id }],
		threads: [],
		presences: [],
		voice_states: [],
		stage_instances: [],
		guild_scheduled_events: [],
		preferred_locale: 'en-US',
		premium_tier: 0,
		nsfw_level: 0,
	};
}
