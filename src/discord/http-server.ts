import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import type { BotCore } from '../core/bot-core.ts';
import { readInteraction } from '../core/read-interaction.ts';
import type { Logger } from '../logger.ts';
import { Answerer, type Door } from './answer-interaction.ts';
import type { FirstSent } from './interaction-door.ts';
import { DiscordClock } from './discord-clock.ts';
import { hearDiscordTime } from './interaction-rest.ts';
import { Unconfirmed } from './discord-errors.ts';
import { refuse, sendJson, sendJsonText } from './http-reply.ts';
import { InFlight } from './in-flight.ts';
import { readBody, TOO_LARGE } from './read-body.ts';
import { checkSignature, publicKeyFromHex } from './verify-signature.ts';
import { FAILURES_BEFORE_SUSPECTING_KEY, KeyMismatchWatch } from './key-mismatch.ts';

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
	/** For handlers that wait on something: defer after this long (tests of slow handlers; see `Answerer`). */
	deferAfterMs?: number | undefined;
	/** Discord's clock as this host reads it. */
	clock?: DiscordClock | undefined;
	/** A client must send its whole request within this time (default 10 s): slow clients cannot hold sockets. */
	requestTimeoutMs?: number | undefined;
}

export interface HttpEndpoint {
	readonly port: number;
	/** `http://host:port`, for logs and tests. */
	readonly url: string;
	/** Starts answering interactions (and /healthz 200) with this core. */
	ready(core: BotCore): void;
	/** What answers interactions, once a core is ready (for its counts). */
	readonly answerer: Answerer | undefined;
	/**
	 * Stops taking work (new connections are refused; an interaction on an open one gets the restarting notice), lets
	 * in-flight interactions finish (at most `graceMs`), tells the askers of those left that the bot is restarting (at
	 * most `noticeMs`), then closes every connection.
	 */
	close(graceMs?: number, noticeMs?: number): Promise<void>;
}

/**
 * Discord's "Interactions Endpoint URL" door: `POST /interactions` answered through the same core and the same
 * `Answerer` as the gateway, plus `GET /healthz`. Node's own `http` is enough for two routes and raw-body
 * signature checks, so no framework is added (a framework's body parsing would have to be bypassed anyway: the
 * signature covers the exact bytes). Makes no REST call at start.
 */
export async function startHttpEndpoint(options: HttpEndpointOptions): Promise<HttpEndpoint> {
	const { logger, rest, deferAfterMs } = options;
	// One clock for the endpoint's life (a core made ready later keeps what it learned), hearing Discord's time from
	// the signature timestamps of requests and the Date of REST responses, beyond the interactions' ids.
	const clock = options.clock ?? new DiscordClock();
	const stopHearing = hearDiscordTime(rest, clock);
	const key = publicKeyFromHex(options.publicKey);
	const keyWatch = new KeyMismatchWatch();
	const timeout = options.requestTimeoutMs ?? 10_000;
	const answererOf = (loaded: BotCore | undefined) =>
		loaded && new Answerer({ core: loaded, rest, logger, clock, deferAfterMs });
	let answerer = answererOf(options.core);
	let closing = false;
	let shutdown: Promise<void> | undefined;
	const inFlight = new InFlight();
	const isClosing = () => closing;

	const answer = (interaction: APIInteraction, loaded: Answerer, response: ServerResponse) => {
		const task = loaded.take(interaction, new HttpDoor(response, isClosing)).finally(async () => {
			// The answerer acknowledges or drops every interaction; should a send have failed, still close the request.
			if (!response.headersSent) await refuse(response, 503, 'no answer');
		});
		void inFlight.track(task).catch((error: unknown) => logger.error({ err: error }, 'http: answering failed'));
	};

	const handle = async (request: IncomingMessage, response: ServerResponse): Promise<unknown> => {
		// Discord posts to the path exactly as configured: that one is recognized without parsing a URL.
		// A URL saved with a trailing slash (`…/interactions/`) is the same endpoint to whoever typed it.
		const path =
			request.url === '/interactions'
				? request.url
				: new URL(request.url ?? '/', 'http://endpoint').pathname.replace(/(?<=.)\/+$/u, '');
		const method = request.method ?? 'GET';
		if (path === '/healthz') {
			if (method !== 'GET' && method !== 'HEAD')
				return refuse(response, 405, 'method not allowed', { allow: 'GET, HEAD' });
			if (!answerer || closing) return refuse(response, 503, closing ? 'shutting down' : 'starting');
			return sendJson(response, 200, { version: options.version, corpusVersion: answerer.core.context.corpus.version });
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
		const suspectKey = keyWatch.observe(problem);
		if (suspectKey) logger.warn({ failedRequests: FAILURES_BEFORE_SUSPECTING_KEY }, suspectKey);
		if (problem) {
			logger.warn({ reason: problem, status: 401 }, 'http: refused a request without a valid signature');
			return refuse(response, 401, 'invalid request signature');
		}
		// Signed by Discord when it sent the request: its clock then, in whole seconds.
		clock.heard(Number(timestamp) * 1000);
		let parsed: unknown;
		try {
			parsed = JSON.parse(body.toString('utf8'));
		} catch {
			logger.warn({ status: 400, reason: 'invalid JSON' }, 'http: refused a malformed body');
			return refuse(response, 400, 'invalid JSON');
		}
		const read = readInteraction(parsed);
		if (!read.ok) {
			logger.warn({ status: 400, reason: read.reason }, 'http: refused a malformed body');
			return refuse(response, 400, read.reason);
		}
		// While closing, the answerer turns the interaction away with the restarting notice: better than a failure.
		if (!answerer) return refuse(response, 503, closing ? 'shutting down' : 'starting');
		answer(read.interaction, answerer, response);
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
			answerer = answererOf(loaded);
		},
		get answerer() {
			return answerer;
		},
		close(graceMs = 4000, noticeMs = 1000) {
			shutdown ??= (async () => {
				closing = true;
				stopHearing();
				const closed = new Promise<void>((resolve) => server.close(() => resolve()));
				server.closeIdleConnections();
				if (answerer) await answerer.stop({ graceMs, noticeMs });
				// Each request's own end (a refusal where no answer went out) after its interaction's.
				await inFlight.settle(answerer ? noticeMs : graceMs);
				server.closeAllConnections();
				await closed;
			})();
			return shutdown;
		},
	};
}

/** One request's way back: a class rather than an object of closures, as one is made per interaction. */
class HttpDoor implements Door {
	readonly #response: ServerResponse;
	readonly #closing: () => boolean;

	constructor(response: ServerResponse, closing: () => boolean) {
		this.#response = response;
		this.#closing = closing;
	}

	/**
	 * The first response is the HTTP answer itself; a deferred answer is completed later through `rest`. A client gone
	 * before the answer could be handed over (a proxy that stopped waiting) makes it `Unconfirmed`: a retry of the
	 * request may carry it to Discord (see `repeat`), and the webhook's answer tells whether it did.
	 */
	async acknowledge(json: string): Promise<void> {
		const delivered = await sendJsonText(this.#response, 200, json, this.#closing() ? { connection: 'close' } : {});
		if (!delivered) throw new Unconfirmed(new Error('http: the client closed the request before its answer'));
	}

	/** Too late to answer: Discord has given up on it, but the request still gets a clear refusal. */
	async drop(reason: string): Promise<void> {
		await refuse(this.#response, 410, reason);
	}

	/**
	 * A request delivered again (a proxy that gave up on the first and retried it): answered as the first was, since
	 * the proxy forwards this answer; with nothing sent to the first, the endpoint's own 503 ends it (see `answer`).
	 */
	async repeat(first: Promise<FirstSent>): Promise<void> {
		const sent = await first;
		if (sent && 'json' in sent) await this.acknowledge(sent.json).catch(() => {});
		else if (sent) await this.drop(sent.dropped);
	}
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
