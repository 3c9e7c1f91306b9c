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
	}

	/** What the next one may take, cautiously. */
	get expectedMs(): number {
		const recent = this.#fresh().sort((a, b) => b - a);
		const slowest = recent[this.#oneOffs ? 1 : 0];
		return slowest === undefined ? this.#prior : this.#caution * Math.max(slowest, this.#prior);
	}

	/** What one typically takes. */
	get typicalMs(): number {
		const recent = this.#fresh();
		return recent.length === 0 ? this.#prior : recent.reduce((sum, ms) => sum + ms, 0) / recent.length;
	}

	#fresh(): number[] {
		const since = this.#now() - MEMORY_MS;
		while (this.#recent.length > 0 && (this.#recent[0]?.[0] ?? since) < since) this.#recent.shift();
		return this.#recent.map(([, ms]) => ms);
	}
}
