import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { APPLICATION_ID, botUser, guildCreate, GUILDS, shardOf } from './fixtures.ts';

/** Gateway close codes, as Discord documents them. */
export const CloseCodes = {
	UnknownError: 4000,
	UnknownOpcode: 4001,
	DecodeError: 4002,
	NotAuthenticated: 4003,
	AuthenticationFailed: 4004,
	AlreadyAuthenticated: 4005,
	InvalidShard: 4010,
	InvalidApiVersion: 4012,
	InvalidIntents: 4013,
	DisallowedIntents: 4014,
} as const;

/** GuildMembers, GuildPresences and MessageContent: privileged, refused unless enabled in the portal. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);
const HEARTBEAT_INTERVAL = 41_250;

interface Session {
	id: string;
	shard: [number, number];
	seq: number;
	socket: WebSocket | null;
}

/** Gateway v10 (JSON encoding, no compression), strict about opcodes, tokens, intents and shards. */
export class GatewayServer {
	readonly #wss = new WebSocketServer({ noServer: true });
	readonly #sessions = new Map<string, Session>();
	readonly #token: string;
	readonly #url: () => string;
	/** IDENTIFY payloads received, in order. */
	readonly identifies: { intents: number; shard: [number, number] }[] = [];
	readonly #readyWaiters: (() => void)[] = [];

	constructor(token: string, url: () => string) {
		this.#token = token;
		this.#url = url;
		this.#wss.on('connection', (socket: WebSocket, request: IncomingMessage) => this.#accept(socket, request));
	}

	/** While true, every new connection is dropped before the WebSocket handshake, as a gateway that is down. */
	#down = false;

	/**
	 * A gateway outage: every live connection is dropped with `code` and new ones are refused until `endOutage`.
	 */
	startOutage(code: number = CloseCodes.UnknownError): void {
		this.#down = true;
		this.disconnectAll(code);
	}

	/** The gateway is back: connections are accepted again. */
	endOutage(): void {
		this.#down = false;
	}

	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
		if (this.#down) {
			socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		this.#wss.handleUpgrade(request, socket, head, (ws) => this.#wss.emit('connection', ws, request));
	}

	/** Sessions with a live, identified connection. */
	get liveSessions(): Session[] {
		return [...this.#sessions.values()].filter((s) => s.socket?.readyState === WebSocket.OPEN);
	}

	/** Resolves once exactly `count` sessions are live. */
	async waitForSessions(count = 1, timeoutMs = 10_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		while (this.liveSessions.length !== count) {
			if (Date.now() > deadline)
				throw new Error(`stand-in: ${count} gateway session(s) expected, ${this.liveSessions.length} live`);
			await new Promise<void>((resolve) => {
				this.#readyWaiters.push(resolve);
				setTimeout(resolve, 50);
			});
		}
	}

	/** Sends a dispatch to the shard that owns the guild (shard 0 for DMs). */
	dispatch(event: string, data: unknown, guildId?: string): void {
		const sessions = this.liveSessions;
		const total = sessions[0]?.shard[1] ?? 1;
		const shardId = guildId ? shardOf(guildId, total) : 0;
		const session = sessions.find((s) => s.shard[0] === shardId) ?? sessions[0];
		if (!session?.socket) throw new Error('stand-in: no gateway session to dispatch to');
		session.seq += 1;
		session.socket.send(JSON.stringify({ op: 0, t: event, s: session.seq, d: data }));
	}

	/** Drops every connection with a close code, as Discord does on faults. */
	disconnectAll(code: number = CloseCodes.UnknownError): void {
		for (const session of this.#sessions.values()) session.socket?.close(code, 'stand-in fault');
	}

	/** Sends INVALID_SESSION (not resumable) on every live connection and forgets the sessions: clients re-identify. */
	invalidateSessions(): void {
		for (const [id, session] of this.#sessions) {
			session.socket?.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
			this.#sessions.delete(id);
		}
	}

	close(): void {
		for (const client of this.#wss.clients) client.terminate();
		this.#wss.close();
	}

	#accept(socket: WebSocket, request: IncomingMessage): void {
		const query = new URL(request.url ?? '/', 'http://stand-in').searchParams;
		if (query.get('v') !== '10' || (query.get('encoding') ?? 'json') !== 'json' || query.has('compress')) {
			socket.close(CloseCodes.InvalidApiVersion, 'Invalid API version');
			return;
		}
		let session: Session | null = null;
		const send = (payload: unknown) => socket.send(JSON.stringify(payload));
		send({ op: 10, d: { heartbeat_interval: HEARTBEAT_INTERVAL }, s: null, t: null });
		socket.on('message', (raw: Buffer) => {
			let payload: { op?: unknown; d?: Record<string, unknown> | number | null };
			try {
				payload = JSON.parse(raw.toString('utf8')) as typeof payload;
			} catch {
				socket.close(CloseCodes.DecodeError, 'Error while decoding payload.');
				return;
			}
			const d = (payload.d ?? {}) as Record<string, unknown>;
			switch (payload.op) {
				case 1:
					send({ op: 11, d: null, s: null, t: null });
					return;
				case 2:
					if (session) return socket.close(CloseCodes.AlreadyAuthenticated, 'Already authenticated.');
					session = this.#identify(socket, d);
					return;
				case 6:
					if (session) return socket.close(CloseCodes.AlreadyAuthenticated, 'Already authenticated.');
					session = this.#resume(socket, d);
					return;
				case 3:
				case 4:
				case 8:
					if (!session) socket.close(CloseCodes.NotAuthenticated, 'Not authenticated.');
					return;
				default:
					socket.close(CloseCodes.UnknownOpcode, 'Unknown opcode.');
			}
		});
	}

	#identify(socket: WebSocket, d: Record<string, unknown>): Session | null {
		if (d.token !== this.#token) {
			socket.close(CloseCodes.AuthenticationFailed, 'Authentication failed.');
			return null;
		}
		const intents = Number(d.intents);
		if (!Number.isInteger(intents) || intents < 0 || intents >= 1 << 26) {
			socket.close(CloseCodes.InvalidIntents, 'Invalid intent(s).');
			return null;
		}
		if (intents & PRIVILEGED_INTENTS) {
			socket.close(CloseCodes.DisallowedIntents, 'Disallowed intent(s).');
			return null;
		}
		const shard = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
		if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
			socket.close(CloseCodes.InvalidShard, 'Invalid shard.');
			return null;
		}
		this.identifies.push({ intents, shard });
		const session: Session = { id: randomUUID().replace(/-/g, ''), shard, seq: 0, socket };
		this.#sessions.set(session.id, session);
		const guilds = GUILDS.filter((guild) => shardOf(guild.id, shard[1]) === shard[0]);
		session.seq += 1;
		socket.send(
			JSON.stringify({
				op: 0,
				t: 'READY',
				s: session.seq,
				d: {
					v: 10,
					user: botUser(),
					guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
					session_id: session.id,
					resume_gateway_url: this.#url(),
					shard,
					application: { id: APPLICATION_ID, flags: 0 },
				},
			}),
		);
		// Every guild in READY must follow as GUILD_CREATE, or discord.js waits 15 s before it is ready.
		for (const guild of guilds) {
			session.seq += 1;
			socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: session.seq, d: guildCreate(guild) }));
		}
		socket.on('close', () => {
			if (session.socket === socket) session.socket = null;
		});
		for (const wake of this.#readyWaiters.splice(0)) wake();
		return session;
	}

	#resume(socket: WebSocket, d: Record<string, unknown>): Session | null {
		const session = this.#sessions.get(String(d.session_id));
		if (!session || d.token !== this.#token) {
			socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
			return null;
		}
		session.socket = socket;
		session.seq += 1;
		socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: session.seq, d: {} }));
		socket.on('close', () => {
			if (session.socket === socket) session.socket = null;
		});
		for (const wake of this.#readyWaiters.splice(0)) wake();
		return session;
	}
}
