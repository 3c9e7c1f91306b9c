import type { Client } from 'discord.js';
import type { BotCore } from '../../src/core/bot-core.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import type { Answerer } from '../../src/discord/answer-interaction.ts';
import type { DiscordClock } from '../../src/discord/discord-clock.ts';
import { startGateway } from '../../src/discord/gateway.ts';
import { DiscordStandIn, type StandInOptions } from '../stand-in/stand-in.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';
import { captureLogger } from './capture-logger.ts';
import { seedCore } from './corpus.ts';

export interface Harness {
	standIn: DiscordStandIn;
	client: Client<true>;
	core: BotCore;
	logs: string[];
	/** What answers interactions in the current client (its counts). */
	answerer: Answerer;
	/** Re-creates the bot's client (as after a restart), keeping the stand-in and its registered commands. */
	restartClient(): Promise<void>;
	close(): Promise<void>;
}

/**
 * A stand-in with the core's commands registered through the deploy code: to one server, or globally (so that
 * every server has them) when `guildId` is undefined.
 */
export async function standInWithCommands(
	core: BotCore,
	{ guildId, ...options }: StandInOptions & { guildId?: string | undefined } = {},
): Promise<DiscordStandIn> {
	const standIn = await DiscordStandIn.start(options);
	const { token, applicationId, apiBase } = standIn;
	await deployCommands({ token, applicationId, guildId, apiBase, commands: core.definitions() });
	return standIn;
}

/**
 * The real bot against the local stand-in: commands registered through the deploy code, then the real discord.js
 * client logged in through DISCORD_API_BASE.
 */
export async function startHarness(
	options: StandInOptions = {},
	core: BotCore = seedCore(),
	{ clock }: { clock?: DiscordClock } = {},
): Promise<Harness> {
	const standIn = await standInWithCommands(core, { guildId: GUILD_ID, ...options });
	const { logger, lines } = captureLogger();
	let answerer: Answerer | undefined;
	const connect = () =>
		startGateway({
			token: standIn.token,
			apiBase: standIn.apiBase,
			core,
			logger,
			onAnswerer: (a) => (answerer = a),
			...(clock ? { clock } : {}),
		});
	const client = await connect();
	const harness: Harness = {
		standIn,
		core,
		logs: lines,
		client,
		get answerer() {
			if (!answerer) throw new Error('test: the gateway made no answerer');
			return answerer;
		},
		async restartClient() {
			await harness.client.destroy();
			harness.client = await connect();
		},
		async close() {
			await harness.client.destroy();
			await standIn.close();
		},
	};
	return harness;
}
