import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** How long a stall of the event loop is remembered: a garbage collection or a big task that came lately may again. */
const MEMORY_MS = 10_000;
/** The stalls are kept as one maximum per slice of this length (a few numbers, however many stalls). */
const SLICE_MS = 1000;
/** How finely the delay is sampled: stalls shorter than this are not seen, nor need to be. */
const RESOLUTION_MS = 20;

/**
 * The longest recent stall of this process's event loop (a garbage collection, a big synchronous task, the process
 * left without a core on a busy host), whatever caused it. Discord's window is lost to a stall between the decision to
 * answer at once and the answer's send: nothing else can run meanwhile, not even a deferral. The answer costs cover
 * the work itself; this covers what comes between, so that a bot whose loop has lately stalled for a second defers an
 * interaction with a second and a half left instead of answering it after the window.
 */
export class EventLoopLag {
	readonly #histogram: IntervalHistogram | undefined;
	/** Reads the histogram every slice, so that a stall counts from when it came, not from when it is next asked of. */
	readonly #reader: NodeJS.Timeout | undefined;
	readonly #now: () => number;
	/** The longest stall in each of the last slices: [slice, ms]. */
	readonly #slices: [number, number][] = [];

	/** `sample`: a test's own stalls instead of the event loop's (`record`); the loop is then not watched. */
	constructor({ now = () => performance.now(), sample = true }: { now?: () => number; sample?: boolean } = {}) {
		this.#now = now;
		if (!sample) return;
		this.#histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
		this.#histogram.enable();
		this.#reader = setInterval(() => this.#read(), SLICE_MS).unref();
	}

	#read(): void {
		const histogram = this.#histogram;
		if (!histogram || histogram.count === 0) return;
		// The histogram holds the delays since it was last read: beyond the sampling interval, a stall.
		this.record(Math.max(0, histogram.max / 1e6 - RESOLUTION_MS));
		histogram.reset();
	}

	/** A stall of `ms` just ended. */
	record(ms: number): void {
		const slice = Math.floor(this.#now() / SLICE_MS);
		const last = this.#slices.at(-1);
		if (last && last[0] === slice) last[1] = Math.max(last[1], ms);
		else this.#slices.push([slice, ms]);
	}

	/** The longest stall of the last ten seconds (0 when none was seen). */
	get recentMs(): number {
		this.#read();
		const oldest = Math.floor((this.#now() - MEMORY_MS) / SLICE_MS);
		while ((this.#slices[0]?.[0] ?? oldest) < oldest) this.#slices.shift();
		let longest = 0;
		for (const [, ms] of this.#slices) longest = Math.max(longest, ms);
		return longest;
	}

	/** Stops watching the event loop. */
	stop(): void {
		clearInterval(this.#reader);
		this.#histogram?.disable();
	}
}
