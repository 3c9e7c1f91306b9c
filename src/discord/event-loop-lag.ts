/** How long a stall of the event loop is remembered: a garbage collection or a big task that came lately may again. */
const MEMORY_MS = 10_000;
/** The stalls are kept as one maximum per slice of this length (a few numbers, however many stalls). */
const SLICE_MS = 1000;
/** How often the loop is sampled: stalls shorter than this are not seen, nor need to be. */
const RESOLUTION_MS = 20;

/**
 * The longest recent stall of this process's event loop (a garbage collection, a big synchronous task, the process
 * left without a core on a busy host), whatever caused it. Discord's window is lost to a stall between the decision to
 * answer at once and the answer's send: nothing else can run meanwhile, not even a deferral. The answer costs cover
 * the work itself; this covers what comes between, so that a bot whose loop has lately stalled for a second defers an
 * interaction with a second and a half left instead of answering it after the window.
 *
 * Sampled by a timer of its own, which sees a stall as the gap between two of its ticks, whatever held the thread.
 * `monitorEventLoopDelay` (Node 20) missed most stalls of a thread that slept (`Atomics.wait`) in a promise's
 * continuation: 11 of 12 stalls of 300 ms went unseen, while one inside a timer's callback was seen.
 */
export class EventLoopLag {
	readonly #sampler: NodeJS.Timeout | undefined;
	readonly #now: () => number;
	/** When the sampler last ticked. */
	#lastTick: number;
	/** The longest stall in each of the last slices: [slice, ms]. */
	readonly #slices: [number, number][] = [];

	/** `sample`: a test's own stalls instead of the event loop's (`record`); the loop is then not watched. */
	constructor({ now = () => performance.now(), sample = true }: { now?: () => number; sample?: boolean } = {}) {
		this.#now = now;
		this.#lastTick = now();
		if (!sample) return;
		this.#sampler = setInterval(() => {
			const stalled = this.#sinceTick();
			if (stalled > 0) this.record(stalled);
			this.#lastTick = this.#now();
		}, RESOLUTION_MS).unref();
	}

	/** How long the loop has been held past the sampler's due tick (0 when not sampling, or on time). */
	#sinceTick(): number {
		return this.#sampler ? Math.max(0, this.#now() - this.#lastTick - RESOLUTION_MS) : 0;
	}

	/** A stall of `ms` just ended. */
	record(ms: number): void {
		const slice = Math.floor(this.#now() / SLICE_MS);
		const last = this.#slices.at(-1);
		if (last && last[0] === slice) last[1] = Math.max(last[1], ms);
		else this.#slices.push([slice, ms]);
	}

	/**
	 * The longest stall of the last ten seconds (0 when none was seen), counting one that has just held the loop and
	 * that the sampler has not ticked since (asked right after a stall, in the same turn of the loop).
	 */
	get recentMs(): number {
		const oldest = Math.floor((this.#now() - MEMORY_MS) / SLICE_MS);
		while ((this.#slices[0]?.[0] ?? oldest) < oldest) this.#slices.shift();
		let longest = this.#sinceTick();
		for (const [, ms] of this.#slices) longest = Math.max(longest, ms);
		return longest;
	}

	/** Stops watching the event loop. */
	stop(): void {
		clearInterval(this.#sampler);
	}
}
