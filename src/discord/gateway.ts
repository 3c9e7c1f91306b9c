import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction, type RepliableInteraction } from 'discord.js';
import type { BotCore } from '../core/bot-core.ts';
import { errorResponse } from '../core/error-reply.ts';
import { optionValues } from '../core/options.ts';
import type { Logger } from '../logger.ts';
import { sendResponse } from './send-response.ts';

export interface GatewayOptions {
	token: string;
	/** REST base without `/v10`, e.g. a REST proxy or the local stand-in in tests. */
	apiBase: string;
	core: BotCore;
	logger: Logger;
}

/** The one error path: log, then answer ephemerally by reply or follow-up, whichever Discord still accepts. */
async function answerWithError(interaction: RepliableInteraction, error: unknown, logger: Logger): Promise<void> {
	logger.error({ err: error, interaction: interaction.id }, 'handler failed');
	try {
		await sendResponse(interaction, errorResponse());
	} catch (sendError) {
		logger.error({ err: sendError, interaction: interaction.id }, 'could not send the error reply');
	}
}

async function handleInteraction(interaction: Interaction, core: BotCore, logger: Logger): Promise<void> {
	if (!interaction.isChatInputCommand()) return;
	const started = performance.now();
	try {
		const response = core.run({ name: interaction.commandName, options: optionValues(interaction.options.data) });
		await sendResponse(interaction, response);
		logger.info(
			{ type: 'command', command: interaction.commandName, ms: Math.round(performance.now() - started), outcome: 'ok' },
			'interaction',
		);
	} catch (error) {
		await answerWithError(interaction, error, logger);
	}
}

/**
 * Connects to the gateway with the Guilds intent only (no privileged intents) and answers interactions through the
 * core. Resolves once the client is ready; the index is already built, since the core was built before.
 */
export async function startGateway({ token, apiBase, core, logger }: GatewayOptions): Promise<Client<true>> {
	const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: apiBase } });
	client.on(Events.InteractionCreate, (interaction) => {
		handleInteraction(interaction, core, logger).catch((error: unknown) =>
			logger.error({ err: error }, 'interaction handling failed'),
		);
	});
	client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
	const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
	await client.login(token);
	const [readyClient] = await ready;
	logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
	return readyClient;
}
