import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ChatInputCommandInteraction } from 'discord.js';
import {
	Routes,
	type APIInteractionResponse,
	type APIInteractionResponseChannelMessageWithSource,
} from 'discord-api-types/v10';
import { DiscordStandIn } from '../../tests/stand-in/stand-in.ts';

/** A precomputed answer per query: exactly the body our bot sends for it. */
export type Bodies = ReadonlyMap<string, APIInteractionResponse>;

/**
 * How a floor client answers:
 * - `rest`: posts the precomputed body to the callback route with `client.rest.post` (no reply options to
 *   convert, no payload building: the strictest floor, the one the targets use);
 * - `reply`: `interaction.reply(…)` with the same message, as a typical discord.js bot answers;
 * - `pong`: `interaction.reply('pong')`, a tiny answer (the floor before bodies were compared).
 */
export type FloorKind = 'rest' | 'reply' | 'pong';

export interface FloorClient {
	standIn: DiscordStandIn;
	close(): Promise<void>;
}

function bodyFor(bodies: Bodies, interaction: ChatInputCommandInteraction): APIInteractionResponse {
	const body = bodies.get(interaction.options.getString('query') ?? '');
	if (!body) throw new Error('bench: no precomputed body for this query');
	return body;
}

/** The same message as `interaction.reply` options (discord.js builds the body back from them). */
function replyOptions(body: APIInteractionResponse) {
	const { data } = body as APIInteractionResponseChannelMessageWithSource;
	return {
		content: data.content,
		embeds: data.embeds,
		components: data.components,
		flags: data.flags as number | undefined,
		allowedMentions: { parse: [] },
	};
}

function answer(kind: FloorKind, client: Client, bodies: Bodies, interaction: ChatInputCommandInteraction) {
	switch (kind) {
		case 'rest':
			return client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
				body: bodyFor(bodies, interaction),
				auth: false,
			});
		case 'reply':
			return interaction.reply(replyOptions(bodyFor(bodies, interaction)) as Parameters<typeof interaction.reply>[0]);
		case 'pong':
			// The stand-in refuses messages without allowed_mentions, as this project's policy: the floor sends it too.
			return interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
	}
}

/**
 * A discord.js v14 client that does nothing but answer, on its own stand-in (two clients on one stand-in would both
 * get every dispatch). Its handler is a plain `InteractionCreate` listener, as in discord.js's guide.
 */
export async function startFloorClient(kind: FloorKind, bodies: Bodies): Promise<FloorClient> {
	const standIn = await DiscordStandIn.start();
	const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standIn.apiBase } });
	client.on(Events.InteractionCreate, (interaction) => {
		if (interaction.isChatInputCommand()) answer(kind, client, bodies, interaction).catch(() => {});
	});
	try {
		const ready = once(client, Events.ClientReady);
		await client.login(standIn.token);
		await ready;
	} catch (error) {
		await client.destroy();
		await standIn.close();
		throw error;
	}
	return {
		standIn,
		async close() {
			await client.destroy();
			await standIn.close();
		},
	};
}
