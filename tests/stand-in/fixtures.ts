/** Ids and objects of the pretend Discord world the stand-in serves. */
let counter = 0n;
/** Snowflake-shaped ids, unique within a run. */
export function snowflake(): string {
	counter += 1n;
	return (1_100_000_000_000_000_000n + counter).toString();
}

export const GUILD_ID = '1000000000000000001';
export const CHANNEL_ID = '1000000000000000002';
export const BOT_USER_ID = '1000000000000000003';
export const APPLICATION_ID = '1000000000000000004';

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

export function guildCreate() {
	return {
		id: GUILD_ID,
		name: 'Study group',
		icon: null,
		owner_id: '1000000000000000009',
		afk_timeout: 300,
		verification_level: 0,
		default_message_notifications: 0,
		explicit_content_filter: 0,
		roles: [
			{
				id: GUILD_ID,
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
		channels: [
			{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID },
		],
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
