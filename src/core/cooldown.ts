/** `count` searches per `seconds`-long window; count 0 is off. */
export interface CooldownSpec {
	count: number;
	seconds: number;
}

/** A per-user limit of `count` searches in any `seconds`-long window; `count` 0 turns it off. */
export class Cooldown {
	readonly #count: number;
	readonly #windowMs: number;
	readonly #now: () => number;
	/** Each user's recent search times; users whose window has passed are forgotten. */
	readonly #recent = new Map<string, number[]>();
	#lastSweep = 0;

	constructor(count: number, seconds: number, now: () => number = Date.now) {
		this.#count = count;
		this.#windowMs = seconds * 1000;
		this.#now = now;
	}

	/**
	 * Parses `SEARCH_COOLDOWN`: `<count>/<seconds>` or `0` (off). The error says what the form is, not what was given:
	 * the configuration names the variable and its value (never a bot token pasted there by mistake).
	 */
	static parseSpec(spec: string): CooldownSpec | Error {
		if (spec.trim() === '0') return { count: 0, seconds: 1 };
		const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
		if (!match || Number(match[2]) === 0) {
			return new Error('must be <count>/<seconds> (e.g. 5/10) or 0');
		}
		return { count: Number(match[1]), seconds: Number(match[2]) };
	}

	static parse(spec: string): Cooldown | Error {
		const parsed = Cooldown.parseSpec(spec);
		return parsed instanceof Error ? parsed : new Cooldown(parsed.count, parsed.seconds);
	}

	static off(): Cooldown {
		return new Cooldown(0, 1);
	}

	get enabled(): boolean {
		return this.#count > 0;
	}

	/** Users remembered right now (for tests of expiry). */
	get size(): number {
		return this.#recent.size;
	}

	take(userId: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
		if (!this.enabled) return { ok: true };
		const now = this.#now();
		this.#sweep(now);
		const times = (this.#recent.get(userId) ?? []).filter((t) => now - t < this.#windowMs);
		if (times.length >= this.#count) {
			const oldest = times[0] ?? now;
			this.#recent.set(userId, times);
			return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.#windowMs - now) / 1000)) };
		}
		times.push(now);
		this.#recent.set(userId, times);
		return { ok: true };
	}

	/** Forgets users whose last search is older than the window, at most once per window. */
	#sweep(now: number): void {
		if (now - this.#lastSweep < this.#windowMs) return;
		this.#lastSweep = now;
		for (const [user, times] of this.#recent) {
			if (times.every((t) => now - t >= this.#windowMs)) this.#recent.delete(user);
		}
	}
}
