import type { BotCore } from '../../src/core/bot-core.ts';
import { interactionRest } from '../../src/discord/interaction-rest.ts';
import { startHttpEndpoint, type HttpEndpoint, type HttpEndpointOptions } from '../../src/discord/http-server.ts';
import { VERSION } from '../../src/version.ts';
import { DiscordStandIn, type StandInOptions } from '../stand-in/stand-in.ts';
import { captureLogger } from './capture-logger.ts';
import { seedCore } from './corpus.ts';
import { SigningDiscord } from './signing-discord.ts';

export interface HttpHarness {
	standIn: DiscordStandIn;
	discord: SigningDiscord;
	endpoint: HttpEndpoint;
	logs: string[];
	close(): Promise<void>;
}

/**
 * The HTTP endpoint in this process, with the stand-in as Discord's REST side (for deferred edits) and a key pair
 * made here as Discord's signing key. Listens on 127.0.0.1, on a free port.
 */
export async function startHttpHarness(
	options: { core?: BotCore | null; standIn?: StandInOptions } & Partial<
		Pick<HttpEndpointOptions, 'deferAfterMs' | 'requestTimeoutMs' | 'clock'>
	> = {},
): Promise<HttpHarness> {
	const standIn = await DiscordStandIn.start(options.standIn);
	const discord = new SigningDiscord(() => standIn.now());
	const { logger, lines } = captureLogger('trace');
	// The REST client HTTP mode makes (see main.ts), with the bot token set although HTTP mode needs none, to prove
	// that it stays out of logs even then.
	const rest = interactionRest(standIn.apiBase).setToken(standIn.token);
	const endpoint = await startHttpEndpoint({
		publicKey: discord.publicKeyHex,
		port: 0,
		host: '127.0.0.1',
		rest,
		logger,
		version: VERSION,
		core: options.core === null ? undefined : (options.core ?? seedCore()),
		deferAfterMs: options.deferAfterMs,
		requestTimeoutMs: options.requestTimeoutMs,
		clock: options.clock,
	});
	return {
		standIn,
		discord,
		endpoint,
		logs: lines,
		async close() {
			await endpoint.close(100);
			await standIn.close();
		},
	};
}
