import { botUser, CHANNEL_ID, snowflake } from './fixtures.ts';
import type { InteractionSpec } from './interaction.ts';
import type { MessageBody } from './validate-message.ts';

/** What a record needs for its message to be rebuilt: the interaction, and what the bot sent. */
interface MessageSource {
	id: string;
	payload: {
		type: number;
		member?: { user: unknown };
		user?: unknown;
		data?: unknown;
		authorizing_integration_owners: unknown;
	};
	message?: MessageBody;
}

/** "Use External Apps": without it, a user-installed app's replies in a server are forced ephemeral. */
const USE_EXTERNAL_APPS = 1n << 50n;

/** Whether Discord forces this interaction's replies ephemeral (a user-installed app, a member without the right). */
export function forcedEphemeral(payload: Record<string, unknown>): boolean {
	const owners = (payload.authorizing_integration_owners ?? {}) as Record<string, string>;
	const member = payload.member as { permissions?: string } | undefined;
	return (
		payload.guild_id !== undefined &&
		owners['0'] === undefined &&
		(BigInt(member?.permissions ?? '0') & USE_EXTERNAL_APPS) === 0n
	);
}

/** The message an interaction's response created, as Discord shows it to a button click on it. */
export function messageOf(source: MessageSource): Record<string, unknown> {
	const body = source.message ?? {};
	return {
		id: `message-of-${source.id}`,
		type: 20,
		content: body.content ?? '',
		embeds: body.embeds ?? [],
		components: body.components ?? [],
		flags: body.flags ?? 0,
		attachments: [],
		interaction_metadata: {
			id: source.id,
			type: source.payload.type,
			user: source.payload.member?.user ?? source.payload.user,
			authorizing_integration_owners: source.payload.authorizing_integration_owners,
		},
	};
}

/** A click on a button of a message. */
export function clickSpec(
	source: MessageSource,
	customId: string,
	extra: Partial<InteractionSpec> = {},
): InteractionSpec {
	return { type: 3, data: { custom_id: customId, component_type: 2 }, message: messageOf(source), ...extra };
}

/** The custom_ids of a message's buttons (link buttons have none). */
export function customIds(body: MessageBody | undefined): string[] {
	return (body?.components ?? []).flatMap((row) =>
		(row.components ?? []).flatMap((c) => (c.custom_id === undefined ? [] : [c.custom_id])),
	);
}

/** The message object Discord returns for a follow-up or an edit made through the interaction's webhook. */
export function messageObject(body: MessageBody, applicationId: string) {
	return {
		id: snowflake(),
		type: 20,
		channel_id: CHANNEL_ID,
		author: botUser(),
		content: body.content ?? '',
		embeds: body.embeds ?? [],
		components: body.components ?? [],
		attachments: [],
		mentions: [],
		mention_roles: [],
		mention_everyone: false,
		pinned: false,
		tts: false,
		timestamp: new Date().toISOString(),
		edited_timestamp: null,
		flags: body.flags ?? 0,
		application_id: applicationId,
	};
}
