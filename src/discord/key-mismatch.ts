import type { SignatureProblem } from './verify-signature.ts';

/**
 * Well-signed-looking requests that failed verification, with none verified since start, before the key itself is
 * suspected. Discord's portal sends two requests when an endpoint URL is saved (one signed, one deliberately not):
 * with a wrong key both fail, and that is the moment an operator looks at the log.
 */
export const FAILURES_BEFORE_SUSPECTING_KEY = 2;

export const KEY_MISMATCH_HINT =
	"http: requests keep failing signature verification and none has passed since start — DISCORD_PUBLIC_KEY may not be this application's public key: copy the Public Key from the developer portal's General Information page";

/**
 * Tells a wrong `DISCORD_PUBLIC_KEY` from someone else's forged traffic as well as a server can: a key with a typo
 * (still 64 hex characters) makes every request fail verification, Discord's own included, while with the right key
 * Discord's requests pass. So when requests keep failing and none has ever passed, the key is the likely cause, and
 * `observe` says so once (the caller logs it). It never sees the key or a signature, so neither can reach a log.
 */
export class KeyMismatchWatch {
	#verified = false;
	#failures = 0;
	#told = false;

	/** A request's outcome (`undefined`: verified); the hint to log, the first time the key is to be suspected. */
	observe(problem: SignatureProblem | undefined): string | undefined {
		if (problem === undefined) {
			this.#verified = true;
			return undefined;
		}
		// Only a signature of the right shape on a fresh request that fails says anything about the key.
		if (problem !== 'bad signature' || this.#verified || this.#told) return undefined;
		this.#failures += 1;
		if (this.#failures < FAILURES_BEFORE_SUSPECTING_KEY) return undefined;
		this.#told = true;
		return KEY_MISMATCH_HINT;
	}
}
