import { once } from 'node:events';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type ClientOptions } from 'discord.js';
import { Routes, type APIInteraction } from 'discord-api-types/v10';
import type { BotCore } from '../core/bot-core.ts';
import type { Logger } from '../logger.ts';
import { answerInteraction } from './answer-interaction.ts';
import { interactionRest } from './interaction-rest.ts';
import { SINGLE_SHARD, type ShardPlacement } from './shard-placement.ts';
import type { InFlight } from './in-flight.ts';

/**
 * The client's options, with the shards always given: otherwise discord.js reads `SHARDS` and `SHARD_COUNT` from the
 * environment itself, and `SHARD_COUNT` is also ours (an operator's total, or an empty line from `.env.example`).
 * discord.js still looks at `SHARD_COUNT` when the count equals its default of 1, which is why the environment
 * loader removes empty values.
 */
export function clientOptions(apiBase: string, shards: ShardPlacement): ClientOptions {
	return {
		intents: [GatewayIntentBits.Guilds],
		rest: { api: apiBase },
		shards: shards.ids,
		shardCount: shards.total,
	};
}

export interface GatewayOptions {
	token: string;
	/** REST base without `/v10`, e.g. a REST proxy or the local stand-in in tests. */
	apiBase: string;
	core: BotCore;
	logger: Logger;
	/** Overrides Discord's defer threshold (tests of slow handlers). */
	deferAfterMs?: number;
	/** This process's shards (default: one process, no sharding). */
	shards?: ShardPlacement;
	/** Tracks the interactions being answered, so that a shutdown can let them finish before closing. */
	inFlight?: InFlight;
}

/**
 * Connects to the gateway with the Guilds intent only (no privileged intents) and answers interactions through the
 * core. discord.js keeps the connection (heartbeats, resume, sharding) and the REST queue (rate limits, retries); the
 * interaction itself is taken in its raw API shape, the same one the HTTP endpoint receives, so both doors share
 * `answerInteraction`. Resolves once the client is ready.
 */
export async function startGateway({
	token,
	apiBase,
	core,
	logger,
	deferAfterMs,
	inFlight,
	shards = SINGLE_SHARD,
}: GatewayOptions): Promise<Client<true>> {
	const client = new Client(clientOptions(apiBase, shards));
	// Answers go through their own REST client: interaction routes are outside the global rate limit (see there).
	const responses = interactionRest(apiBase);
	client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => {
		const answered = answerInteraction(interaction, core, responses, logger, {
			deferAfterMs,
			acknowledge: async (response) => {
				await responses.post(Routes.interactionCallback(interaction.id, interaction.token), {
					body: response,
					auth: false,
				});
			},
		});
		void inFlight?.track(answered);
	});
	client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
	const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
	await client.login(token);
	const [readyClient] = await ready;
	logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
	return readyClient;
}
