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
 *
 * Recorded and read for every interaction, so it allocates nothing: the measurements sit in a ring of two typed
 * arrays, and the estimates in plain number fields (a pair per measurement and an estimates object per change cost
 * more than a kilobyte per interaction, garbage that makes the young-generation collections come sooner).
 */
export class AnswerCosts {
	/** When each measurement was taken and what it measured: a ring, `#count` of them from `#first` on. */
	readonly #when = new Float64Array(REMEMBERED);
	readonly #ms = new Float64Array(REMEMBERED);
	#first = 0;
	#count = 0;
	readonly #caution: number;
	readonly #prior: number;
	readonly #now: () => number;
	readonly #oneOffs: boolean;
	/**
	 * The estimates as last worked out, and the times they hold between: they change only when a measurement is
	 * recorded or the oldest one is forgotten, while an interaction reads them half a dozen times on its way.
	 */
	#expected = 0;
	#typical = 0;
	#from = 0;
	#until = Number.NEGATIVE_INFINITY;

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
		// The newest goes after the others; with the ring full, it takes the oldest one's place.
		const at = (this.#first + this.#count) % REMEMBERED;
		this.#when[at] = this.#now();
		this.#ms[at] = ms;
		if (this.#count < REMEMBERED) this.#count += 1;
		else this.#first = (this.#first + 1) % REMEMBERED;
		this.#until = Number.NEGATIVE_INFINITY;
	}

	/** What the next one may take, cautiously. */
	get expectedMs(): number {
		this.#refresh();
		return this.#expected;
	}

	/** What one typically takes. */
	get typicalMs(): number {
		this.#refresh();
		return this.#typical;
	}

	#refresh(): void {
		const now = this.#now();
		if (now >= this.#from && now <= this.#until) return;
		const since = now - MEMORY_MS;
		while (this.#count > 0 && (this.#when[this.#first] ?? since) < since) {
			this.#first = (this.#first + 1) % REMEMBERED;
			this.#count -= 1;
		}
		// One pass, no copy and no sort: the sum, the slowest and the second slowest.
		let sum = 0;
		let slowest = Number.NEGATIVE_INFINITY;
		let second = Number.NEGATIVE_INFINITY;
		for (let k = 0; k < this.#count; k += 1) {
			const ms = this.#ms[(this.#first + k) % REMEMBERED] ?? 0;
			sum += ms;
			if (ms > slowest) {
				second = slowest;
				slowest = ms;
			} else if (ms > second) second = ms;
		}
		const count = this.#count;
		this.#typical = count === 0 ? this.#prior : sum / count;
		const counted = this.#oneOffs ? (count > 1 ? second : undefined) : count > 0 ? slowest : undefined;
		this.#expected = counted === undefined ? this.#prior : this.#caution * Math.max(counted, this.#prior);
		// Valid until the oldest measurement is forgotten (or, with none, until the next one is recorded).
		this.#from = now;
		this.#until = count === 0 ? Number.POSITIVE_INFINITY : (this.#when[this.#first] ?? now) + MEMORY_MS;
	}
}
