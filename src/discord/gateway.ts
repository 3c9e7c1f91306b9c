import { once } from 'node:events';
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import type { BotCore } from '../core/bot-core.ts';
import { readInteraction } from '../core/read-interaction.ts';
import type { Logger } from '../logger.ts';
import { Answerer, type Door } from './answer-interaction.ts';
import { watchConnection } from './connection-watch.ts';
import { watchOutages } from './outage-watch.ts';
import { DiscordClock } from './discord-clock.ts';
import { hearDiscordTime, interactionRest, postCallback, type InTime } from './interaction-rest.ts';
import { SINGLE_SHARD, type ShardPlacement } from './shard-placement.ts';
import type { InFlight } from './in-flight.ts';
import type { StopBudget } from './answer-interaction.ts';

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
	/** For handlers that wait on something: defer after this long (tests of slow handlers; see `Answerer`). */
	deferAfterMs?: number;
	/** Discord's clock as this host reads it (tests inject one to read its counts). */
	clock?: DiscordClock;
	/** Receives the answerer once made, for its counts (the load test prints them). */
	onAnswerer?: (answerer: Answerer) => void;
	/** This process's shards (default: one process, no sharding). */
	shards?: ShardPlacement;
	/** Tracks the interactions being answered, so that a shutdown can let them finish before closing. */
	inFlight?: InFlight;
	/** How long a lost connection lasts before the log says so (tests use less; see `watchOutages`). */
	outageWarnAfterMs?: number;
}

/**
 * Connects to the gateway with the Guilds intent only (no privileged intents) and answers interactions through the
 * core. discord.js keeps the connection (heartbeats, resume, sharding) and the REST queue (rate limits, retries); the
 * interaction itself is taken in its raw API shape, the same one the HTTP endpoint receives, so both doors share
 * the `Answerer`. Resolves once the client is ready.
 */
export async function startGateway({
	token,
	apiBase,
	core,
	logger,
	deferAfterMs,
	inFlight,
	clock,
	onAnswerer,
	shards = SINGLE_SHARD,
	outageWarnAfterMs,
}: GatewayOptions): Promise<Client<true>> {
	const client = new Client(clientOptions(apiBase, shards));
	// Answers go through their own REST client: interaction routes are outside the global rate limit (see there).
	const responses = interactionRest(apiBase);
	// First responses through one that leaves retries to `postCallback`, which knows a refused retry may mean it landed,
	// and retries only while a retry can still arrive within the window.
	const callbacks = interactionRest(apiBase, { forCallbacks: true });
	// Discord's time heard from the Date of every REST response (login's first request included), beyond the ids.
	const discordClock = clock ?? new DiscordClock();
	for (const rest of [client.rest, responses, callbacks]) hearDiscordTime(rest, discordClock);
	const answerer = new Answerer({ core, rest: responses, logger, clock: discordClock, deferAfterMs });
	onAnswerer?.(answerer);
	client.ws.on(GatewayDispatchEvents.InteractionCreate, (body: unknown) => {
		const read = readInteraction(body);
		if (!read.ok) {
			// No first response can be valid for what is not a well-formed interaction of a type we handle.
			logger.warn({ reason: read.reason }, 'gateway: ignored a malformed interaction');
			return;
		}
		const interaction: APIInteraction = read.interaction;
		const answered = answerer.take(interaction, new GatewayDoor(callbacks, interaction));
		void inFlight?.track(answered);
	});
	client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
	skipInteractionObjects(client);
	const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
	const stopWatching = watchConnection(client, logger);
	let readyClient: Client<true>;
	try {
		await client.login(token);
		[readyClient] = await ready;
	} finally {
		stopWatching();
	}
	logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
	// From now on a lost connection is said in the log too (it lives as long as the client).
	watchOutages(readyClient, logger, outageWarnAfterMs);
	return readyClient;
}

/** What a gateway bot has started so far (a signal may come while it loads or connects). */
export interface RunningGateway {
	client?: Client | undefined;
	answerer?: Answerer | undefined;
}

/**
 * What a signal does to the gateway door: stop taking work, let interactions in flight finish, tell the askers of
 * those left that the bot is restarting (see `Answerer.stop`), and only then close the connection. The connection stays
 * open meanwhile, so that interactions still arriving are turned away with the notice rather than left unanswered.
 */
export async function closeGateway(running: RunningGateway, budget: StopBudget): Promise<void> {
	await running.answerer?.stop(budget);
	await running.client?.destroy();
}

/** One interaction's way back: a class rather than an object of closures, as one is made per interaction. */
class GatewayDoor implements Door {
	readonly #callbacks: REST;
	readonly #interaction: APIInteraction;

	constructor(callbacks: REST, interaction: APIInteraction) {
		this.#callbacks = callbacks;
		this.#interaction = interaction;
	}

	acknowledge(json: string, inTime?: InTime): Promise<void> {
		return postCallback(this.#callbacks, this.#interaction, json, inTime);
	}

	/** Over the gateway, an interaction left unanswered needs nothing more. */
	async drop(): Promise<void> {}

	/** A dispatch replayed: the first delivery's callback is the one Discord takes; a second would be refused. */
	async repeat(): Promise<void> {}
}

/** The part of discord.js's gateway manager that turns dispatches into its own objects (private in its types). */
interface PacketHandling {
	handlePacket(packet?: { t?: string }, shard?: unknown): boolean;
}

/**
 * Interactions are answered from the raw dispatch above; discord.js's own interaction objects are never used. Built
 * from a malformed packet they throw inside its gateway callback, an unhandled rejection (and an error logged) per
 * packet, so discord.js's handler is skipped for INTERACTION_CREATE; every other event goes through as before.
 */
function skipInteractionObjects(client: Client): void {
	const manager = client.ws as unknown as PacketHandling;
	const handlePacket = manager.handlePacket.bind(manager);
	manager.handlePacket = (packet, shard) =>
		packet?.t === GatewayDispatchEvents.InteractionCreate ? true : handlePacket(packet, shard);
}
