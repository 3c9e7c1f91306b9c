import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APPLICATION_ID, botUser, createdAt } from './fixtures.ts';
import { FaultPlan } from './faults.ts';
import { GatewayServer } from './gateway-server.ts';
import { buildInteraction, type InteractionSpec } from './interaction.ts';
import { CommandRegistry } from './command-registry.ts';
import { clickSpec, customIds, forcedEphemeral, messageObject } from './messages.ts';
import { errors, HttpError, readJson, send } from './rest-helpers.ts';
import { validateChoices, validateMessage, type MessageBody } from './validate-message.ts';

/** How an interaction was acknowledged: the callback's response type and its data. */
export interface Acknowledgement {
	type: number;
	data?: MessageBody & { choices?: { name: string; value: unknown }[] };
	afterMs: number;
}

/** Everything the bot did with one interaction, for tests to assert on. */
export interface InteractionRecord {
	id: string;
	token: string;
	payload: ReturnType<typeof buildInteraction>;
	/** When Discord created it: its id's timestamp, from which the 3 s window counts. */
	createdAt: number;
	acknowledgement?: Acknowledgement;
	followUps: MessageBody[];
	edits: MessageBody[];
	/** Requests about this interaction that the stand-in refused, with Discord's error. */
	rejections: { status: number; body: Record<string, unknown> }[];
	/** The message this interaction's response created, as it stands now (updates by its buttons included). */
	message?: MessageBody;
	/** For a button click: the record whose message the button is on. */
	sourceId?: string;
	/** The message was deleted through the webhook. */
	deleted?: boolean;
}

export interface StandInOptions {
	token?: string;
	/** Discord's acknowledgement window (3 s). */
	ackWindowMs?: number;
	/** Shards `GET /gateway/bot` recommends. */
	recommendedShards?: number;
	/** The gateway URL `GET /gateway/bot` gives, when not the stand-in's own (e.g. one that refuses connections). */
	gatewayUrl?: string;
	/**
	 * How far Discord's clock is ahead of this host's (negative: behind), as when the bot's host clock is off: ids are
	 * minted, the window judged and `Date` headers written by Discord's clock. Default 0; `clockAheadMs` changes it.
	 */
	clockAheadMs?: number;
	/**
	 * How far ahead of Discord's clock the `Date` of REST responses is, as when a REST proxy in front of Discord (an
	 * nginx, say, which writes its own `Date`) dates them by a clock of its own. Default 0; `dateAheadMs` changes it.
	 */
	dateAheadMs?: number;
}

/** Where the answer of a request that a fault answers instead goes. */
const DISCARDED_RESPONSE = {
	writeHead() {
		return this;
	},
	end() {
		return this;
	},
} as unknown as ServerResponse;

/**
 * A local Discord for tests: REST v10 and gateway v10 on 127.0.0.1 (random port), strict like Discord — one
 * acknowledgement per interaction within the window, 400 on payloads over Discord's limits, real close codes — and
 * stricter on one point of this project's policy: every message must carry `allowed_mentions: { parse: [] }`.
 */
export class DiscordStandIn {
	readonly token: string;
	readonly applicationId = APPLICATION_ID;
	readonly registry = new CommandRegistry();
	/** Registered commands by scope: `global` or a guild id. */
	readonly commands = this.registry.byScope;
	readonly interactions = new Map<string, InteractionRecord>();
	/** Every REST request, as `METHOD /path` (no query). */
	readonly requests: string[] = [];
	/** Every REST request answered, as `METHOD /path status`, once its answer is written. */
	readonly answered: string[] = [];
	readonly gateway: GatewayServer;
	/** Planned REST failures (see `failNext`). */
	readonly faults = new FaultPlan();
	/** Requests to hold before handling (see `slowNext`). */
	readonly #slow: { route: RegExp; ms: number; times: number; afterHandling: boolean }[] = [];
	readonly #server: Server;
	readonly #options: Required<Omit<StandInOptions, 'gatewayUrl' | 'clockAheadMs' | 'dateAheadMs'>> &
		Pick<StandInOptions, 'gatewayUrl'>;
	/** How far Discord's clock is ahead of the host's (see `StandInOptions`); a test may change it at any time. */
	clockAheadMs: number;
	/** How far the `Date` of REST responses is ahead of Discord's clock (see `StandInOptions`); may change any time. */
	dateAheadMs: number;
	readonly #waiters = new Map<string, (() => void)[]>();

	private constructor(options: StandInOptions) {
		this.#options = {
			token: 'stand-in-token.' + randomBytes(12).toString('hex'),
			ackWindowMs: 3000,
			recommendedShards: 1,
			...options,
		};
		this.token = this.#options.token;
		this.clockAheadMs = options.clockAheadMs ?? 0;
		this.dateAheadMs = options.dateAheadMs ?? 0;
		this.#server = createServer((request, response) => {
			this.#route(request, response).catch((error: unknown) => {
				const httpError = error instanceof HttpError ? error : new HttpError(500, { message: String(error), code: 0 });
				send(response, httpError.status, httpError.body);
			});
		});
		this.gateway = new GatewayServer(this.token, () => this.gatewayUrl);
		this.#server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) =>
			this.gateway.handleUpgrade(request, socket, head),
		);
	}

	static async start(options: StandInOptions = {}): Promise<DiscordStandIn> {
		const standIn = new DiscordStandIn(options);
		await new Promise<void>((resolve) => standIn.#server.listen(0, '127.0.0.1', resolve));
		return standIn;
	}

	get port(): number {
		return (this.#server.address() as AddressInfo).port;
	}

	/** What the bot takes as DISCORD_API_BASE. */
	get apiBase(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	get gatewayUrl(): string {
		return this.#options.gatewayUrl ?? `ws://127.0.0.1:${this.port}`;
	}

	/** Discord's clock: the host's, moved by `clockAheadMs`. */
	now(): number {
		return Date.now() + this.clockAheadMs;
	}

	/**
	 * Creates an interaction (payload, token, record) without sending it anywhere: the HTTP-mode tests POST the
	 * payload themselves, and the webhook routes then accept the interaction's token.
	 */
	createInteraction(spec: InteractionSpec): InteractionRecord {
		const token = `itoken.${randomBytes(16).toString('hex')}`;
		const payload = buildInteraction(spec, token, this.now());
		const record: InteractionRecord = {
			id: payload.id,
			token,
			payload,
			createdAt: createdAt(payload.id),
			followUps: [],
			edits: [],
			rejections: [],
		};
		this.interactions.set(record.id, record);
		return record;
	}

	/**
	 * Forgets an interaction whose answer has been checked: a long benchmark sends tens of thousands, and records kept
	 * to the end grow the heap that every garbage collection of the process (the bot's too) then works through.
	 */
	forget(record: InteractionRecord): void {
		this.interactions.delete(record.id);
		this.#waiters.delete(record.id);
	}

	/** Sends an INTERACTION_CREATE through the gateway and returns its record at once. */
	dispatchInteraction(spec: InteractionSpec): InteractionRecord {
		const record = this.createInteraction(spec);
		const { payload } = record;
		this.gateway.dispatch('INTERACTION_CREATE', payload, 'guild_id' in payload ? payload.guild_id : undefined);
		return record;
	}

	/**
	 * Takes the body of an HTTP endpoint's answer as Discord does: the same checks as the callback route (window,
	 * once only, response type, message limits, allowed_mentions). A refusal lands in `record.rejections`.
	 */
	receiveHttpResponse(record: InteractionRecord, body: unknown): void {
		try {
			this.#acknowledge(record.id, record.token, body);
		} catch (error) {
			if (!(error instanceof HttpError)) throw error;
			const known = record.rejections.some((r) => r.body === error.body);
			if (!known) record.rejections.push({ status: error.status, body: error.body });
			this.#wake(record);
		}
	}

	/** Clicks a button of the message a record's response created, and waits for the acknowledgement. */
	async click(
		source: InteractionRecord,
		customId: string,
		extra: Partial<InteractionSpec> = {},
	): Promise<InteractionRecord> {
		if (!customIds(source.message).includes(customId))
			throw new Error(`stand-in: the message has no button ${customId}`);
		const record = this.dispatchInteraction(clickSpec(source, customId, extra));
		record.sourceId = source.id;
		await this.waitFor(record, (r) => r.acknowledgement !== undefined || r.rejections.length > 0);
		return record;
	}

	/** Sends an interaction and waits until it is acknowledged (or refused); rejects after `timeoutMs`. */
	async interact(spec: InteractionSpec, timeoutMs = 5000): Promise<InteractionRecord> {
		const record = this.dispatchInteraction(spec);
		await this.waitFor(record, (r) => r.acknowledgement !== undefined || r.rejections.length > 0, timeoutMs);
		return record;
	}

	/** Waits until a condition on an interaction's record holds. */
	async waitFor(record: InteractionRecord, done: (r: InteractionRecord) => boolean, timeoutMs = 5000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (!done(record)) {
			const left = deadline - Date.now();
			if (left <= 0)
				throw new Error(`stand-in: interaction ${record.id} did not get what the test waited for in ${timeoutMs} ms`);
			await new Promise<void>((resolve) => {
				const list = this.#waiters.get(record.id) ?? [];
				list.push(resolve);
				this.#waiters.set(record.id, list);
				setTimeout(resolve, Math.min(left, 100));
			});
		}
	}

	/**
	 * The message an interaction's answer shows, wherever it landed: the first response itself, or, after a deferral,
	 * the edited placeholder (or update) or the follow-up. Waits for it; `undefined` when the bot sent none.
	 */
	async answerOf(record: InteractionRecord, timeoutMs = 5000): Promise<MessageBody | undefined> {
		const type = record.acknowledgement?.type;
		if (type !== 5 && type !== 6) return record.acknowledgement?.data;
		await this.waitFor(record, (r) => r.edits.length + r.followUps.length > 0 || r.rejections.length > 0, timeoutMs);
		return record.edits[0] ?? record.followUps[0];
	}

	/** A slash command interaction with options given as name → value (strings, numbers, booleans). */
	commandSpec(
		name: string,
		options: Record<string, string | number | boolean>,
		extra: Partial<InteractionSpec> = {},
	): InteractionSpec {
		return this.registry.commandSpec(name, options, extra);
	}

	/**
	 * Answers the next `times` REST requests matching `route` (tested against `METHOD /path`) with `status` instead:
	 * 429 comes with a short retry-after (or `body.retry_after` seconds); `body` replaces the default error body (e.g.
	 * a Discord error code). With `afterHandling`, the request takes effect and only its answer is the fault.
	 */
	failNext(
		route: RegExp,
		status: number,
		times = 1,
		body?: Record<string, unknown>,
		{ afterHandling = false }: { afterHandling?: boolean } = {},
	): void {
		this.faults.add(route, status, times, body, afterHandling);
	}

	/**
	 * Holds the next `times` REST requests matching `route` for `ms` before handling them, as a slow network or a
	 * loaded API does: the bot sees a send take that long. With `afterHandling`, the request takes effect at once and
	 * only its answer is held (the way back is slow).
	 */
	slowNext(route: RegExp, ms: number, times = 1, { afterHandling = false }: { afterHandling?: boolean } = {}): void {
		this.#slow.push({ route, ms, times, afterHandling });
	}

	async close(): Promise<void> {
		this.gateway.close();
		this.#server.closeAllConnections();
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
	}

	#wake(record: InteractionRecord): void {
		for (const wake of this.#waiters.get(record.id)?.splice(0) ?? []) wake();
	}

	#requireBotAuth(request: IncomingMessage): void {
		if (request.headers.authorization !== `Bot ${this.token}`) throw errors.unauthorized();
	}

	#checkMessage(record: InteractionRecord | undefined, body: MessageBody): void {
		const problems = validateMessage(body);
		const mentions = body.allowed_mentions;
		const silent = mentions?.parse?.length === 0 && !mentions.users?.length && !mentions.roles?.length;
		if (!silent) problems.push('allowed_mentions: this project requires { parse: [] } on every message');
		if (problems.length > 0) {
			const error = errors.invalidFormBody(problems);
			record?.rejections.push({ status: error.status, body: error.body });
			if (record) this.#wake(record);
			throw error;
		}
	}

	/**
	 * The message `@original` names: the one the interaction's response created (a message or a deferred placeholder),
	 * or, after a button's update (type 6 or 7), the message the button sits on.
	 */
	#originalOf(record: InteractionRecord): InteractionRecord | undefined {
		const type = record.acknowledgement?.type;
		return (type === 6 || type === 7) && record.sourceId ? this.interactions.get(record.sourceId) : record;
	}

	#interactionByToken(token: string): InteractionRecord {
		const record = [...this.interactions.values()].find((r) => r.token === token);
		if (!record) throw errors.unknownWebhook();
		return record;
	}

	async #route(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const url = new URL(request.url ?? '/', 'http://stand-in');
		const method = request.method ?? 'GET';
		this.requests.push(`${method} ${url.pathname}`);
		response.once('finish', () => this.answered.push(`${method} ${url.pathname} ${response.statusCode}`));
		// Discord's clock, as Discord's responses carry it (Node would write the host's), or a proxy's (`dateAheadMs`).
		response.setHeader('date', new Date(this.now() + this.dateAheadMs).toUTCString());
		const slow = this.#slow.find((x) => x.times > 0 && x.route.test(`${method} ${url.pathname}`));
		if (slow) slow.times -= 1;
		if (slow && !slow.afterHandling) await new Promise((resolve) => setTimeout(resolve, slow.ms));
		if (this.faults.apply(`${method} ${url.pathname}`, response)) {
			request.resume();
			return;
		}
		if (slow?.afterHandling) {
			// Handled now, answered later: what the route writes is held back.
			const end = response.end.bind(response);
			response.end = ((...args: Parameters<typeof end>) => {
				setTimeout(() => end(...args), slow.ms);
				return response;
			}) as typeof response.end;
		}
		if (this.faults.planned(`${method} ${url.pathname}`, true)) {
			// The request takes effect, its own answer is dropped, and the fault's is written instead.
			await this.#handle(request, DISCARDED_RESPONSE, url, method).catch(() => {});
			this.faults.apply(`${method} ${url.pathname}`, response, true);
			return;
		}
		return this.#handle(request, response, url, method);
	}

	async #handle(request: IncomingMessage, response: ServerResponse, url: URL, method: string): Promise<void> {
		if (!url.pathname.startsWith('/api/v10/')) throw errors.notFound();
		const parts = url.pathname.slice('/api/v10/'.length).split('/').map(decodeURIComponent);
		const body = await readJson(request);

		if (method === 'GET' && url.pathname === '/api/v10/gateway/bot') {
			this.#requireBotAuth(request);
			return send(response, 200, {
				url: this.gatewayUrl,
				shards: this.#options.recommendedShards,
				session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
			});
		}
		if (method === 'GET' && url.pathname === '/api/v10/users/@me') {
			this.#requireBotAuth(request);
			return send(response, 200, botUser());
		}
		if (parts[0] === 'applications' && parts.at(-1) === 'commands') {
			this.#requireBotAuth(request);
			if (parts[1] !== this.applicationId) throw errors.notThisApplication();
			const scope = parts[2] === 'guilds' && parts[3] ? parts[3] : 'global';
			if (method === 'GET')
				return send(response, 200, this.registry.list(scope, url.searchParams.get('with_localizations') === 'true'));
			if (method === 'PUT') return send(response, 200, this.registry.overwrite(scope, body, this.applicationId));
		}
		if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST') {
			return send(response, this.#acknowledge(parts[1] ?? '', parts[2] ?? '', body), undefined);
		}
		if (parts[0] === 'webhooks' && parts[1] === this.applicationId && parts[2]) {
			const record = this.#interactionByToken(parts[2]);
			if (!record.acknowledgement) throw errors.unknownWebhook();
			if (this.now() - record.createdAt > 15 * 60_000) throw errors.invalidWebhookToken();
			if (method === 'POST' && parts.length === 3) {
				this.#checkMessage(record, body as MessageBody);
				// A user-installed app may send at most five follow-ups per interaction.
				if (record.payload.authorizing_integration_owners['0'] === undefined && record.followUps.length >= 5) {
					throw errors.invalidFormBody(['a user-installed app may send at most 5 follow-up messages']);
				}
				record.followUps.push(body as MessageBody);
				this.#wake(record);
				return send(response, 200, messageObject(body as MessageBody, this.applicationId));
			}
			if (method === 'DELETE' && parts[3] === 'messages' && parts[4] === '@original') {
				const original = this.#originalOf(record);
				if (!original?.message || original.deleted) throw errors.unknownMessage();
				original.deleted = true;
				this.#wake(record);
				return send(response, 204);
			}
			if (method === 'PATCH' && parts[3] === 'messages') {
				this.#checkMessage(record, body as MessageBody);
				const original = parts[4] === '@original' ? this.#originalOf(record) : undefined;
				if (parts[4] === '@original' && (!original?.message || original.deleted)) throw errors.unknownMessage();
				record.edits.push(body as MessageBody);
				// An edit keeps the message's visibility: only Discord's flags for edits are taken from the body.
				if (original) original.message = { ...(body as MessageBody), flags: original.message?.flags ?? 0 };
				this.#wake(record);
				return send(response, 200, messageObject(body as MessageBody, this.applicationId));
			}
			if (method === 'GET' && parts[3] === 'messages')
				return send(response, 200, messageObject(record.acknowledgement.data ?? {}, this.applicationId));
		}
		throw errors.notFound();
	}

	#acknowledge(id: string, token: string, body: unknown): number {
		const record = this.interactions.get(id);
		if (!record) throw errors.unknownInteraction();
		if (record.token !== token) throw errors.invalidWebhookToken();
		const reject = (error: HttpError) => {
			record.rejections.push({ status: error.status, body: error.body });
			this.#wake(record);
			return error;
		};
		const afterMs = this.now() - record.createdAt;
		if (afterMs > this.#options.ackWindowMs) throw reject(errors.unknownInteraction());
		if (record.acknowledgement) throw reject(errors.alreadyAcknowledged());
		const callback = (body ?? {}) as { type?: number; data?: Acknowledgement['data'] };
		const type = Number(callback.type);
		const allowed: Record<number, number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };
		if (!(allowed[record.payload.type] ?? []).includes(type)) {
			throw reject(
				errors.invalidFormBody([`response type ${type} is not valid for interaction type ${record.payload.type}`]),
			);
		}
		if (type === 4 || type === 7) this.#checkMessage(record, callback.data ?? {});
		if (type === 8) {
			const problems = validateChoices(callback.data?.choices);
			if (problems.length > 0) throw reject(errors.invalidFormBody(problems));
		}
		if (type === 4 && callback.data && forcedEphemeral(record.payload))
			callback.data.flags = (callback.data.flags ?? 0) | 64;
		record.acknowledgement = { type, ...(callback.data ? { data: callback.data } : {}), afterMs };
		if (type === 4) record.message = callback.data;
		// A deferred message shows as "thinking…" (private or public) until it is edited or deleted.
		if (type === 5) record.message = { content: '', flags: callback.data?.flags ?? 0 };
		if (type === 7 && record.sourceId) {
			const source = this.interactions.get(record.sourceId);
			if (source) source.message = { ...callback.data, flags: source.message?.flags ?? 0 };
		}
		this.#wake(record);
		return 204;
	}
}
