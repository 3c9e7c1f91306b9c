import { DiscordSnowflake } from '@sapphire/snowflake';

/** Discord accepts the first response to an interaction within 3 s of creating it. */
export const WINDOW_MS = 3000;
/** Time kept in hand for sending a first response and for the machine being busier than usual. */
export const MARGIN_MS = 500;
/** A gap between creation and arrival past this, either way, is not a clock offset to learn but a broken clock. */
export const SKEW_MS = 60_000;
/**
 * What delivery alone can take with clocks in step: a gap up to this is not taken as the host clock running ahead.
 * Erring this way makes interactions look older than they are (a deferral too many), never younger (a late answer).
 */
export const DELIVERY_ALLOWANCE_MS = 500;
/** How long a gap between creation and arrival counts as "recent" for the clock offset. */
const OFFSET_MEMORY_MS = 10 * 60_000;

/** How old an interaction is by Discord's clock, as far as this host can tell. */
export interface Age {
	/** Its age read cautiously (the quickest recent delivery taken to have lasted up to the allowance): for deferring. */
	ms: number;
	/**
	 * Its age read as young as the readings allow (the quickest recent delivery taken as instant): for giving up. Only
	 * an interaction that is past the window even so is certainly too late; one that may still be in time is deferred.
	 */
	leastMs: number;
	/** The host clock disagrees with the id's timestamp by more than a late delivery can explain. */
	skewed: boolean;
}

/**
 * Reads an interaction's age from its snowflake id (Discord's creation time), not from when it reached us, so that
 * time spent in Discord, the network or our own queue counts. A host clock that is ahead of Discord's would make
 * every interaction look old: the smallest arrival-minus-creation gap seen recently (the delivery that waited least),
 * beyond what a delivery can take anyway (`DELIVERY_ALLOWANCE_MS`), estimates that offset, and ages are counted from
 * it. A host clock behind Discord's shows as gaps below zero (interactions "from the future"): that offset is learned
 * too, or an interaction delivered late would look younger by the whole offset and be answered after the window.
 * Only a gap beyond `SKEW_MS` either way is taken as a broken clock, and such an interaction as just arrived.
 */
export class DiscordClock {
	readonly #now: () => number;
	/** The smallest gap seen in each of the last minutes: [minute, gap]. */
	readonly #minima: [number, number][] = [];
	/**
	 * The smallest recent gap as last worked out, and the times it holds between: it changes only when a gap is
	 * remembered or a minute is forgotten, while an interaction's age is read several times on its way.
	 */
	#fastest: { ms: number | undefined; from: number; until: number } | undefined;

	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	now(): number {
		return this.#now();
	}

	/** When Discord created the interaction with this id (ms since 1970). */
	static createdAt(id: string): number {
		return Number(DiscordSnowflake.timestampFrom(id));
	}

	/**
	 * The estimated offset of this host's clock ahead of Discord's (negative: behind; 0 until a gap has been seen),
	 * read cautiously: a smallest gap within the allowance is taken as delivery with clocks in step, a larger one as
	 * the allowance's delivery plus the host ahead, one below zero as the host behind by that much.
	 */
	get offsetMs(): number {
		const fastest = this.#fastestGap();
		return fastest === undefined ? 0 : fastest - Math.min(Math.max(fastest, 0), DELIVERY_ALLOWANCE_MS);
	}

	/** The offset read as large as the readings allow: the quickest recent delivery taken as instant. */
	get largestOffsetMs(): number {
		return this.#fastestGap() ?? 0;
	}

	/** Records an interaction's arrival (once per interaction) and says how old it was then. */
	arrived(id: string): Age {
		const now = this.#now();
		const gap = now - DiscordClock.createdAt(id);
		if (!(Math.abs(gap) <= SKEW_MS)) return { ms: 0, leastMs: 0, skewed: true };
		this.#remember(now, gap);
		return { ms: Math.max(0, gap - this.offsetMs), leastMs: Math.max(0, gap - this.largestOffsetMs), skewed: false };
	}

	/**
	 * The age of an interaction that arrived earlier (`arrived` gave its age then, at `arrivedAt`); `id` is its id, or
	 * the creation time already read from it (`createdAt`), as an interaction's age is read several times. `least`
	 * reads it as young as the readings allow (see `Age`).
	 */
	ageNow(id: string | number, arrival: Age, arrivedAt: number, least = false): number {
		if (arrival.skewed) return arrival.ms + (this.#now() - arrivedAt);
		const created = typeof id === 'number' ? id : DiscordClock.createdAt(id);
		return Math.max(0, this.#now() - created - (least ? this.largestOffsetMs : this.offsetMs));
	}

	/** The smallest gap remembered, if any. */
	#fastestGap(): number | undefined {
		const now = this.#now();
		if (this.#fastest && now >= this.#fastest.from && now < this.#fastest.until) return this.#fastest.ms;
		let fastest = Number.POSITIVE_INFINITY;
		let until = Number.POSITIVE_INFINITY;
		for (const [minute, gap] of this.#minima) {
			const forgotten = minute * 60_000 + OFFSET_MEMORY_MS;
			if (now < forgotten) {
				fastest = Math.min(fastest, gap);
				until = Math.min(until, forgotten);
			}
		}
		const ms = Number.isFinite(fastest) ? fastest : undefined;
		this.#fastest = { ms, from: now, until };
		return ms;
	}

	#remember(now: number, gap: number): void {
		this.#fastest = undefined;
		const minute = Math.floor(now / 60_000);
		const last = this.#minima.at(-1);
		if (last && last[0] === minute) last[1] = Math.min(last[1], gap);
		else this.#minima.push([minute, gap]);
		while (this.#minima.length > 0 && now - (this.#minima[0]?.[0] ?? minute) * 60_000 >= OFFSET_MEMORY_MS)
			this.#minima.shift();
	}
}
