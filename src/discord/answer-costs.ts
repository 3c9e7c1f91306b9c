/** How many recent measurements the estimate remembers. */
const REMEMBERED = 64;
/** Measurements older than this are forgotten: a one-off (a cold cache, a pause) stops counting after a while. */
const MEMORY_MS = 30_000;
/** Before anything has been measured. */
const PRIOR_MS = 50;

/**
 * How long something takes here lately (working out an answer, sending a first response), for deciding before the
 * work whether an answer can still reach Discord in time. The decision needs a cautious number for the next one and a
 * typical one for those queued before it (their mean). The cautious one is the slowest recent one times `caution` (the
 * same work takes longer when the machine gets busier), or, with `oneOffs`, the second slowest: for answers, the
 * slowest alone may be a one-off (the first search that loads a table, a pause), and one slow answer should not make
 * the next ones defer; two are a trend. "Recent" is the last 64, within the last 30 s.
 */
export class AnswerCosts {
	/** [when, ms], oldest first. */
	readonly #recent: [number, number][] = [];
	readonly #caution: number;
	readonly #prior: number;
	readonly #now: () => number;
	readonly #oneOffs: boolean;
	/**
	 * The estimates as last worked out, and until when they hold: they change only when a measurement is recorded or
	 * the oldest one is forgotten, while an interaction reads them half a dozen times on its way (sorting the recent
	 * ones each time cost more than the lifecycle's other work together).
	 */
	#estimates: { expected: number; typical: number; from: number; until: number } | undefined;

	constructor({
		caution = 2,
		priorMs = PRIOR_MS,
		oneOffs = false,
		now = () => performance.now(),
	}: { caution?: number; priorMs?: number; oneOffs?: boolean; now?: () => number } = {}) {
		this.#caution = caution;
		this.#prior = priorMs;
		this.#oneOffs = oneOffs;
		this.#now = now;
	}

	record(ms: number): void {
		this.#recent.push([this.#now(), ms]);
		if (this.#recent.length > REMEMBERED) this.#recent.shift();
		this.#estimates = undefined;
	}

	/** What the next one may take, cautiously. */
	get expectedMs(): number {
		return this.#current().expected;
	}

	/** What one typically takes. */
	get typicalMs(): number {
		return this.#current().typical;
	}

	#current(): { expected: number; typical: number } {
		const now = this.#now();
		if (this.#estimates && now >= this.#estimates.from && now <= this.#estimates.until) return this.#estimates;
		const since = now - MEMORY_MS;
		while (this.#recent.length > 0 && (this.#recent[0]?.[0] ?? since) < since) this.#recent.shift();
		// One pass, no copy and no sort: the sum, the slowest and the second slowest.
		let sum = 0;
		let slowest = Number.NEGATIVE_INFINITY;
		let second = Number.NEGATIVE_INFINITY;
		for (let i = 0; i < this.#recent.length; i += 1) {
			const ms = this.#recent[i]?.[1] ?? 0;
			sum += ms;
			if (ms > slowest) {
				second = slowest;
				slowest = ms;
			} else if (ms > second) second = ms;
		}
		const count = this.#recent.length;
		const typical = count === 0 ? this.#prior : sum / count;
		const counted = this.#oneOffs ? (count > 1 ? second : undefined) : count > 0 ? slowest : undefined;
		const expected = counted === undefined ? this.#prior : this.#caution * Math.max(counted, this.#prior);
		// Valid until the oldest measurement is forgotten (or, with none, until the next one is recorded).
		const until = (this.#recent[0]?.[0] ?? Number.POSITIVE_INFINITY) + MEMORY_MS;
		this.#estimates = { expected, typical, from: now, until };
		return this.#estimates;
	}
}
