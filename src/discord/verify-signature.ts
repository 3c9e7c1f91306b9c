import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo: what turns the portal's 32 raw key bytes into a key node reads. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Discord signs with the request's time; older or newer than this, a request is refused as a possible replay. */
export const MAX_CLOCK_SKEW_S = 5 * 60;

const SIGNATURE = /^[0-9a-f]{128}$/i;
const TIMESTAMP = /^\d{1,15}$/;

/** Why a request was refused; the HTTP answer is 401 in every case, the reason is only logged. */
export type SignatureProblem =
	'missing headers' | 'malformed signature' | 'malformed timestamp' | 'stale timestamp' | 'bad signature';

/** Turns the developer portal's Public Key (64 hex characters) into a node:crypto key. */
export function publicKeyFromHex(hex: string): KeyObject {
	if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('http: the public key must be 64 hex characters');
	return createPublicKey({
		key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
		format: 'der',
		type: 'spki',
	});
}

/**
 * Checks Discord's Ed25519 signature over `timestamp + raw body` and the timestamp's freshness, on the raw bytes
 * before anything is parsed. Returns the problem, or undefined when the request truly comes from Discord.
 */
export function checkSignature(
	key: KeyObject,
	signature: string | undefined,
	timestamp: string | undefined,
	body: Buffer,
	nowMs = Date.now(),
): SignatureProblem | undefined {
	if (signature === undefined || timestamp === undefined) return 'missing headers';
	if (!SIGNATURE.test(signature)) return 'malformed signature';
	if (!TIMESTAMP.test(timestamp)) return 'malformed timestamp';
	if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_S) return 'stale timestamp';
	const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
	return verify(null, message, key, Buffer.from(signature, 'hex')) ? undefined : 'bad signature';
}
