import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import type { BotCore } from '../core/bot-core.ts';
import type { Logger } from '../logger.ts';
import { answerInteraction } from './answer-interaction.ts';
import { refuse, sendJson } from './http-reply.ts';
import { InFlight } from './in-flight.ts';
import { readBody, TOO_LARGE } from './read-body.ts';
import { checkSignature, publicKeyFromHex } from './verify-signature.ts';

const KNOWN_TYPES = new Set<unknown>(Object.values(InteractionType).filter((v) => typeof v === 'number'));

export interface HttpEndpointOptions {
	/** The application's Public Key from the developer portal: 64 hex characters. */
	publicKey: string;
	/** 0 picks a free port (tests); `endpoint.port` tells which. */
	port: number;
	/** The interface to listen on; all interfaces when unset. */
	host?: string | undefined;
	/** For deferred answers only (webhook edits need no bot token): a discord.js REST on DISCORD_API_BASE. */
	rest: REST;
	logger: Logger;
	/** Reported by /healthz. */
	version: string;
	/** The loaded core; without it the endpoint answers 503 until `ready(core)`. */
	core?: BotCore | undefined;
	/** Overrides Discord's defer threshold (tests of slow handlers). */
	deferAfterMs?: number | undefined;
	/** A client must send its whole request within this time (default 10 s): slow clients cannot hold sockets. */
	requestTimeoutMs?: number | undefined;
}

export interface HttpEndpoint {
	readonly port: number;
	/** `http://host:port`, for logs and tests. */
	readonly url: string;
	/** Starts answering interactions (and /healthz 200) with this core. */
	ready(core: BotCore): void;
	/** Stops accepting, lets in-flight interactions finish (at most `graceMs`), then closes every connection. */
	close(graceMs?: number): Promise<void>;
}

/**
 * Discord's "Interactions Endpoint URL" door: `POST /interactions` answered through the same core and the same
 * `answerInteraction` as the gateway, plus `GET /healthz`. Node's own `http` is enough for two routes and raw-body
 * signature checks, so no framework is added (a framework's body parsing would have to be bypassed anyway: the
 * signature covers the exact bytes). Makes no REST call at start.
 */
export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<HttpEndpoint> {
	const { logger, rest, deferAfterMs } = options;
	const key = publicKeyFromHex(options.publicKey);
	const timeout = options.requestTimeoutMs ?? 10_000;
	let core = options.core;
	let closing = false;
	let shutdown: Promise<void> | undefined;
	const inFlight = new InFlight();

	const answer = (interaction: APIInteraction, loaded: BotCore, response: ServerResponse) => {
		const task = answerInteraction(interaction, loaded, rest, logger, {
			deferAfterMs,
			// The first response is the HTTP answer itself; a deferred answer is completed later through `rest`.
			acknowledge: (first) => sendJson(response, 200, first, closing ? { connection: 'close' } : {}),
		}).then(async () => {
			// answerInteraction always acknowledges unless sending failed twice; never leave Discord hanging.
			if (!response.headersSent) await refuse(response, 500, 'no answer');
		});
		void inFlight.track(task);
	};

	const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
		const path = new URL(request.url ?? '/', 'http://endpoint').pathname;
		const method = request.method ?? 'GET';
		if (path === '/healthz') {
			if (method !== 'GET' && method !== 'HEAD')
				return refuse(response, 405, 'method not allowed', { allow: 'GET, HEAD' });
			if (!core || closing) return refuse(response, 503, closing ? 'shutting down' : 'starting');
			return sendJson(response, 200, { version: options.version, corpusVersion: core.context.corpus.version });
		}
		if (path !== '/interactions') return refuse(response, 404, 'not found');
		if (method !== 'POST') return refuse(response, 405, 'method not allowed', { allow: 'POST' });

		// The order Discord's checks expect: size, then signature (on the raw bytes), and only then JSON.
		const body = await readBody(request);
		if (body === TOO_LARGE) return refuse(response, 413, 'body too large', { connection: 'close' });
		const signature = request.headers['x-signature-ed25519'];
		const timestamp = request.headers['x-signature-timestamp'];
		const problem = checkSignature(
			key,
			typeof signature === 'string' ? signature : undefined,
			typeof timestamp === 'string' ? timestamp : undefined,
			body,
		);
		if (problem) {
			logger.warn({ reason: problem, status: 401 }, 'http: refused a request without a valid signature');
			return refuse(response, 401, 'invalid request signature');
		}
		let interaction: APIInteraction;
		try {
			interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
		} catch {
			return refuse(response, 400, 'invalid JSON');
		}
		if (typeof interaction !== 'object' || interaction === null || !KNOWN_TYPES.has(interaction.type)) {
			return refuse(response, 400, 'not an interaction of a known type');
		}
		if (!core || closing) return refuse(response, 503, closing ? 'shutting down' : 'starting');
		answer(interaction, core, response);
	};

	const server: Server = createServer(
		{
			requestTimeout: timeout,
			headersTimeout: timeout,
			// Node checks the two timeouts above only this often (30 s by default).
			connectionsCheckingInterval: Math.max(50, Math.min(1000, timeout / 2)),
			keepAliveTimeout: 5000,
		},
		(request, response) => {
			handle(request, response).catch((error: unknown) => {
				logger.error({ err: error }, 'http: request failed');
				if (!response.headersSent) refuse(response, 500, 'internal error').catch(() => {});
			});
		},
	);
	// A connection that sends nothing at all is not covered by the two timeouts above: drop idle sockets too (later
	// than those, so that a slow request gets its 408 first). Answers take at most ~2.5 s (then they are deferred).
	server.timeout = 2 * timeout;
	server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
		// Malformed requests and timeouts: answer in plain HTTP when the socket still takes it, log at debug only.
		logger.debug({ code: error.code }, 'http: client error');
		if (socket.writable) socket.end(`HTTP/1.1 ${error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400} \r\n\r\n`);
		else socket.destroy();
	});

	await listen(server, options.port, options.host);
	const { port } = server.address() as AddressInfo;
	const shownHost =
		options.host === undefined ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
	logger.info({ port, host: options.host ?? 'all interfaces' }, 'http: listening');
	return {
		port,
		url: `http://${shownHost}:${port}`,
		ready(loaded) {
			core = loaded;
		},
		close(graceMs = 4000) {
			shutdown ??= (async () => {
				closing = true;
				const closed = new Promise<void>((resolve) => server.close(() => resolve()));
				server.closeIdleConnections();
				await inFlight.settle(graceMs);
				server.closeAllConnections();
				await closed;
			})();
			return shutdown;
		},
	};
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', (error: NodeJS.ErrnoException) => {
			const where = `${host ?? 'all interfaces'} port ${port}`;
			if (error.code === 'EADDRINUSE')
				reject(new Error(`http: ${where} is already in use — stop the other server or set PORT`, { cause: error }));
			else if (error.code === 'EACCES')
				reject(new Error(`http: not allowed to listen on ${where} — use a port above 1023`, { cause: error }));
			else reject(new Error(`http: cannot listen on ${where}: ${error.message}`, { cause: error }));
		});
		server.listen(port, host, () => resolve());
	});
}
