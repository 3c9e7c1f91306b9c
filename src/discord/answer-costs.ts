/** How many recent answers the estimate remembers. */
const REMEMBERED = 64;
/** Before any answer has been measured. */
const PRIOR_MS = 50;

/**
 * How long answers take here lately, for deciding before the work whether an answer can still go out in time. The
 * decision needs a cautious number for the next answer (twice the slowest recent one: the same work takes longer
 * when the machine gets busier) and a typical one for the answers queued before it (their mean).
 */
export class AnswerCosts {
	readonly #recent: number[] = [];
	#next = 0;

	record(ms: number): void {
		if (this.#recent.length < REMEMBERED) this.#recent.push(ms);
		else this.#recent[this.#next] = ms;
		this.#next = (this.#next + 1) % REMEMBERED;
	}

	/** What the next answer may cost, cautiously. */
	get expectedMs(): number {
		return this.#recent.length === 0 ? PRIOR_MS : 2 * Math.max(...this.#recent);
	}

	/** What a typical answer costs. */
	get typicalMs(): number {
		if (this.#recent.length === 0) return PRIOR_MS;
		return this.#recent.reduce((sum, ms) => sum + ms, 0) / this.#recent.length;
	}
}
