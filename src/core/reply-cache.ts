import type { Reply } from '../render/reply.ts';

/** How many finished replies a core keeps: a few hundred searches of a few kilobytes each. */
export const REPLY_CACHE_SIZE = 256;
/**
 * How long a finished reply is served again. The index can change its answers while running without a new corpus
 * (word vectors converted by another process are used from the moment they are there): a reply is never older than
 * this, whatever happened meanwhile.
 */
export const REPLY_CACHE_MS = 60_000;

/** What a reply is made from: text, numbers and flags as they are, and objects (a catalog, an index) by identity. */
export type KeyPart = string | number | boolean | undefined | object;

const identities = new WeakMap<object, number>();
let nextIdentity = 0;

/** A number per object, so that two catalogs or two indexes never make the same key (and no object is kept alive). */
function identityOf(value: object): number {
	let id = identities.get(value);
	if (id === undefined) identities.set(value, (id = nextIdentity += 1));
	return id;
}

/**
 * The key of everything a reply depends on, in order. Text is written as a JSON string (quoted and escaped), so no
 * query can make two different lists of parts give one key; objects are written as `#id`, the rest as themselves.
 * Built on every request: a loop over a few parts, no intermediate array.
 */
export function replyKey(parts: readonly KeyPart[]): string {
	let key = '';
	for (const part of parts) {
		if (typeof part === 'string') key += JSON.stringify(part);
		else if (typeof part === 'object') key += `#${identityOf(part)}`;
		else key += String(part);
		key += ',';
	}
	return key;
}

/** Freezes a reply and everything in it: one reply is shared by every request with the same key. */
function deepFreeze<T>(value: T): T {
	if (typeof value !== 'object' || value === null) return value;
	for (const item of Object.values(value)) deepFreeze(item);
	return Object.freeze(value);
}

interface Entry {
	reply: Reply;
	at: number;
}

export interface ReplyCacheOptions {
	/** At most this many replies (the least recently used goes first); 0 keeps none. */
	size?: number;
	/** A reply older than this is made again. */
	maxAgeMs?: number;
	/** The clock, in milliseconds (tests move it). */
	now?: () => number;
}

/**
 * Finished replies by exactly what they depend on (see `replyKey`), so that a repeated question is not searched,
 * ranked and rendered again: `get`, and on a miss `keep` what was made (no closure per request). The reply is the
 * same object every time, frozen. Bounded in count and age; `forget` empties it when what replies are made from
 * changes. A core keeps one for its corpus and index, so a new corpus starts empty. Only pure work belongs inside:
 * what must happen on every request (a rate limit) is done before asking it.
 */
export class ReplyCache {
	readonly #size: number;
	readonly #maxAgeMs: number;
	readonly #now: () => number;
	readonly #entries = new Map<string, Entry>();

	constructor({
		size = REPLY_CACHE_SIZE,
		maxAgeMs = REPLY_CACHE_MS,
		now = () => performance.now(),
	}: ReplyCacheOptions = {}) {
		this.#size = size;
		this.#maxAgeMs = maxAgeMs;
		this.#now = now;
	}

	/** Keeps nothing: every reply is made afresh. */
	static off(): ReplyCache {
		return new ReplyCache({ size: 0 });
	}

	get size(): number {
		return this.#entries.size;
	}

	/** The reply kept for `key`, if there is one and it is recent enough (it becomes the most recently used). */
	get(key: string): Reply | undefined {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		this.#entries.delete(key);
		if (this.#now() - entry.at >= this.#maxAgeMs) return undefined;
		// Used again: now the most recent (a map keeps insertion order).
		this.#entries.set(key, entry);
		return entry.reply;
	}

	/** Keeps a reply just made for `key` (frozen: it is shared from now on) and returns it. */
	keep(key: string, reply: Reply): Reply {
		if (this.#size === 0) return reply;
		const frozen = deepFreeze(reply);
		this.#entries.delete(key);
		if (this.#entries.size >= this.#size) {
			const oldest = this.#entries.keys().next();
			if (!oldest.done) this.#entries.delete(oldest.value);
		}
		this.#entries.set(key, { reply: frozen, at: this.#now() });
		return frozen;
	}

	/** Forgets every reply: what they were made from has changed. */
	forget(): void {
		this.#entries.clear();
	}
}
