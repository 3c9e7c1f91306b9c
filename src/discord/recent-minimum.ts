/** How long a value counts as recent. */
const MEMORY_MS = 10 * 60_000;
const MINUTE_MS = 60_000;

/**
 * The smallest of the values recorded in the last ten minutes, kept as one minimum per minute (a few numbers however
 * many values come), and worked out again only when a value is recorded or a minute is forgotten: it is read several
 * times for every interaction.
 */
export class RecentMinimum {
	/** The smallest value recorded in each of the last minutes: [minute, value]. */
	readonly #minima: [number, number][] = [];
	/** The minimum as last worked out, and the times it holds between. */
	#cached: { value: number | undefined; from: number; until: number } | undefined;

	record(now: number, value: number): void {
		this.#cached = undefined;
		const minute = Math.floor(now / MINUTE_MS);
		const last = this.#minima.at(-1);
		if (last && last[0] === minute) last[1] = Math.min(last[1], value);
		else this.#minima.push([minute, value]);
		while (this.#minima.length > 0 && now - (this.#minima[0]?.[0] ?? minute) * MINUTE_MS >= MEMORY_MS)
			this.#minima.shift();
	}

	/** The smallest recent value, if any. */
	at(now: number): number | undefined {
		const cached = this.#cached;
		if (cached && now >= cached.from && now < cached.until) return cached.value;
		let smallest = Number.POSITIVE_INFINITY;
		let until = Number.POSITIVE_INFINITY;
		for (const [minute, value] of this.#minima) {
			const forgotten = minute * MINUTE_MS + MEMORY_MS;
			if (now < forgotten) {
				smallest = Math.min(smallest, value);
				until = Math.min(until, forgotten);
			}
		}
		const value = Number.isFinite(smallest) ? smallest : undefined;
		this.#cached = { value, from: now, until };
		return value;
	}
}
