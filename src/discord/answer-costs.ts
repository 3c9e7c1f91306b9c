/** How many recent answers the estimate remembers. */
const REMEMBERED = 64;
/** Before any answer has been measured. */
const PRIOR_MS = 50;

/**
 * How long something takes here lately (working out an answer, sending a first response), for deciding before the
 * work whether an answer can still reach Discord in time. The decision needs a cautious number for the next one (the
 * slowest recent one times `caution`: the same work takes longer when the machine gets busier) and a typical one for
 * those queued before it (their mean).
 */
export class AnswerCosts {
	readonly #recent: number[] = [];
	readonly #caution: number;
	readonly #prior: number;
	#next = 0;

	constructor({ caution = 2, priorMs = PRIOR_MS }: { caution?: number; priorMs?: number } = {}) {
		this.#caution = caution;
		this.#prior = priorMs;
	}

	record(ms: number): void {
		if (this.#recent.length < REMEMBERED) this.#recent.push(ms);
		else this.#recent[this.#next] = ms;
		this.#next = (this.#next + 1) % REMEMBERED;
	}

	/** What the next answer may cost, cautiously. */
	get expectedMs(): number {
		return this.#recent.length === 0 ? this.#prior : this.#caution * Math.max(...this.#recent);
	}

	/** What a typical answer costs. */
	get typicalMs(): number {
		if (this.#recent.length === 0) return this.#prior;
		return this.#recent.reduce((sum, ms) => sum + ms, 0) / this.#recent.length;
	}
}
