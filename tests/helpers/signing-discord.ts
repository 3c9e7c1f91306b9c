import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { InteractionSpec } from '../stand-in/interaction.ts';
import type { DiscordStandIn, InteractionRecord } from '../stand-in/stand-in.ts';

export interface PostOptions {
	/** Unix seconds as a string; default now; `null` leaves the header out. */
	timestamp?: string | null;
	/** Overrides the signature header (forged or malformed); `null` leaves it out. */
	signature?: string | null;
	method?: string;
	path?: string;
	headers?: Record<string, string>;
}

export interface HttpAnswer {
	status: number;
	headers: Headers;
	body: unknown;
}

/**
 * Plays Discord's side of the Interactions Endpoint URL: an Ed25519 key pair made here, whose public key the bot is
 * given as DISCORD_PUBLIC_KEY, and signed POSTs of `timestamp + body`.
 */
export class SigningDiscord {
	readonly publicKeyHex: string;
	readonly #privateKey: KeyObject;
	/** Discord's clock, for the signature timestamp (the stand-in's, which may disagree with the host's). */
	readonly #now: () => number;

	constructor(now: () => number = Date.now) {
		this.#now = now;
		const { publicKey, privateKey } = generateKeyPairSync('ed25519');
		// The JWK `x` is the raw 32-byte key, as the developer portal shows it (in hex).
		this.publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
		this.#privateKey = privateKey;
	}

	sign(timestamp: string, body: string | Buffer): string {
		return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), this.#privateKey).toString('hex');
	}

	/** Sends a request to an endpoint (`http://127.0.0.1:port`), signed unless told otherwise. */
	async post(baseUrl: string, body: string | Buffer, options: PostOptions = {}): Promise<HttpAnswer> {
		const timestamp = options.timestamp === undefined ? String(Math.floor(this.#now() / 1000)) : options.timestamp;
		const signature = options.signature === undefined ? this.sign(timestamp ?? '', body) : options.signature;
		const response = await fetch(`${baseUrl}${options.path ?? '/interactions'}`, {
			method: options.method ?? 'POST',
			headers: {
				'content-type': 'application/json',
				...(timestamp === null ? {} : { 'x-signature-timestamp': timestamp }),
				...(signature === null ? {} : { 'x-signature-ed25519': signature }),
				...options.headers,
			},
			...(options.method === 'GET' ? {} : { body }),
		});
		const text = await response.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text) as unknown;
		} catch {
			// not JSON: keep the text
		}
		return { status: response.status, headers: response.headers, body: parsed };
	}

	/**
	 * An interaction as Discord delivers it over HTTP: created in the stand-in (so its webhook routes accept the
	 * token), POSTed signed, and the HTTP answer handed back to the stand-in, which checks it as Discord would.
	 */
	async interact(
		standIn: DiscordStandIn,
		baseUrl: string,
		spec: InteractionSpec,
	): Promise<HttpAnswer & { record: InteractionRecord }> {
		const record = standIn.createInteraction(spec);
		const answer = await this.post(baseUrl, JSON.stringify(record.payload));
		if (answer.status === 200) standIn.receiveHttpResponse(record, answer.body);
		return { ...answer, record };
	}
}
