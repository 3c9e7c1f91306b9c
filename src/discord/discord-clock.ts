import { DiscordSnowflake } from '@sapphire/snowflake';
import { RecentMinimum } from './recent-minimum.ts';

/** Discord accepts the first response to an interaction within 3 s of creating it. */
export const WINDOW_MS = 3000;
/** Time kept in hand for sending a first response and for the machine being busier than usual. */
export const MARGIN_MS = 500;
/**
 * What a first response takes, beyond its measured send, to be taken in by Discord: an HTTP answer's send ends when
 * it is handed to the socket, before the way back over the network. A response is given up as too late unless it
 * can arrive this long before the window closes; without it, one sent in the last milliseconds arrives after.
 */
export const TRANSIT_MS = 50;
/**
 * A host clock off Discord's by more than this is logged as clock skew (its operator should set it right), though the
 * offset is learned whatever its size. Without Discord's time heard to check an id against, a gap between creation and
 * arrival past this, either way, is not an offset to learn but a broken clock (see `DiscordClock.arrived`).
 */
export const SKEW_MS = 60_000;
/**
 * Discord's time heard further off the host's than this is not taken in: no host clock is that far off and still
 * serves (the HTTP endpoint refuses signatures five minutes off), so such a reading is not Discord's clock.
 */
const HEARD_LIMIT_MS = 24 * 60 * 60_000;
/**
 * What delivery alone can take with clocks in step: a gap up to this is not taken as the host clock running ahead.
 * Erring this way makes interactions look older than they are (a deferral too many), never younger (a late answer).
 */
export const DELIVERY_ALLOWANCE_MS = 500;
/** Discord's `Date` headers and signature timestamps are whole seconds, rounded down. */
const HEARD_ROUNDING_MS = 1000;

/**
 * How long Discord's heard time must have said that even the quickest interaction seen arrived past the window before
 * it is doubted for giving interactions up (see `largestOffsetMs`): longer than a burst delivered late to a fresh bot
 * takes to be read, after which a fresh interaction shows how quick a delivery is; shorter than a bot can stay silent.
 */
const HEARD_DOUBTED_AFTER_MS = 30_000;

/** The host's time, on the monotonic clock from the wall clock's reading at the process's start (see `DiscordClock`). */
const hostNow = (): number => performance.timeOrigin + performance.now();

/** How old an interaction is by Discord's clock, as far as this host can tell. */
export interface Age {
	/** Its age read cautiously (the quickest recent delivery taken to have lasted up to the allowance): for deferring. */
	ms: number;
	/**
	 * Its age read as young as the readings allow (the quickest recent delivery taken as instant): for giving up. Only
	 * an interaction that is past the window even so is certainly too late; one that may still be in time is deferred.
	 */
	leastMs: number;
	/** The host clock is off Discord's by more than `SKEW_MS` (or the id could not be read: see `byArrival`). */
	skewed: boolean;
	/**
	 * The id's time could not be read against Discord's clock (it disagrees with every reading of it): the interaction
	 * is taken as just arrived, and its age counted from its arrival.
	 */
	byArrival: boolean;
}

/**
 * Reads an interaction's age from its snowflake id (Discord's creation time), not from when it reached us, so that
 * time spent in Discord, the network or our own queue counts. A host clock that is ahead of Discord's would make
 * every interaction look old: the smallest arrival-minus-creation gap seen recently (the delivery that waited least),
 * beyond what a delivery can take anyway (`DELIVERY_ALLOWANCE_MS`), estimates that offset, and ages are counted from
 * it. A host clock behind Discord's shows as gaps below zero (interactions "from the future"): that offset is learned
 * too, or an interaction delivered late would look younger by the whole offset and be answered after the window.
 *
 * The ids alone cannot tell a host clock ahead from interactions that were all delivered late (the first ones a bot
 * sees after a start may be): Discord's time as sent with its responses and requests (`heard`) bounds the offset
 * whatever the ids say, to within the second it is rounded to. Checked against it, an offset of any size is learned: a
 * host clock 70 s off is read as such, and an interaction delivered 2.6 s late on it is not taken as fresh (answered
 * after the window) nor a fresh one as 70 s old. Only an id that Discord's heard time says cannot be an interaction's
 * (created after it was delivered, or over `SKEW_MS` before), or, before any time is heard, a gap beyond `SKEW_MS`
 * either way, is taken as a broken clock, and such an interaction as just arrived.
 */
export class DiscordClock {
	readonly #now: () => number;
	/** Arrival minus creation, per interaction. */
	readonly #idGaps = new RecentMinimum();
	/** Arrival minus Discord's time at sending (rounded down to the second), per response or signed request. */
	readonly #heardGaps = new RecentMinimum();
	/** Since when the heard time has said that the quickest interaction seen arrived past the window (see `arrived`). */
	#contradictedSince: number | undefined;
	readonly #heardDoubtedAfterMs: number;

	/**
	 * `now`: the host's time in ms since 1970. By default the wall clock as it read when the process started, carried on
	 * by the monotonic clock: what is learned is the offset from Discord's, and the wall clock can be stepped under a
	 * running bot (NTP setting right a host clock that was behind). Stepped forward, every gap after it grows by the
	 * step while the smallest recent gap still holds the old offset, and every interaction would look that much older
	 * for ten minutes (all given up, for a step of a few seconds). The monotonic clock only moves on.
	 * `heardDoubtedAfterMs`: see `HEARD_DOUBTED_AFTER_MS` (tests use less, so as not to wait on the clock).
	 */
	constructor(now: () => number = hostNow, { heardDoubtedAfterMs = HEARD_DOUBTED_AFTER_MS } = {}) {
		this.#now = now;
		this.#heardDoubtedAfterMs = heardDoubtedAfterMs;
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
	 * read cautiously. From the ids: a smallest gap within the allowance is taken as delivery with clocks in step, a
	 * larger one as the allowance's delivery plus the host ahead, one below zero as the host behind by that much. When
	 * the quickest interaction came later than Discord's heard time allows (every one seen so far was delivered late),
	 * from the heard time instead, taken as rounded down by a whole second.
	 */
	get offsetMs(): number {
		const now = this.#now();
		const ids = this.#idGaps.at(now);
		const heard = this.#heardGaps.at(now);
		if (ids !== undefined && (heard === undefined || ids <= heard + DELIVERY_ALLOWANCE_MS))
			return ids - Math.min(Math.max(ids, 0), DELIVERY_ALLOWANCE_MS);
		return heard === undefined ? 0 : heard - HEARD_ROUNDING_MS;
	}

	/**
	 * The offset read as large as the readings allow: the quickest recent delivery taken as instant. When every
	 * interaction seen was delivered late (see `offsetMs`), from Discord's heard time taken as rounded down by half a
	 * second: read as not rounded at all, an interaction could look up to a second younger than it is, and be answered
	 * after the window rather than given up. Unless the heard time has said for `HEARD_DOUBTED_AFTER_MS` that even the
	 * quickest interaction seen arrived past the window: a burst delivered late to a fresh bot is read sooner (and then
	 * rightly given up), and then it is taken for what it more likely is than every interaction late, a time that is not
	 * Discord's clock (a REST proxy that dates its responses by its own, one reading off), and the ids are read alone.
	 * Believed, it gave every interaction up, unanswered, for as long as it was remembered (ten minutes; for ever behind
	 * such a proxy); doubted wrongly, it costs a first response that Discord refuses as late.
	 */
	get largestOffsetMs(): number {
		const now = this.#now();
		const ids = this.#idGaps.at(now);
		const heard = this.#heardGaps.at(now);
		// Discord's heard time is never later than its arrival here: the offset is at most its gap, whatever the ids say
		// (the quickest interaction of a fresh bot, delivered a second late, read as instant made its age 0).
		if (ids !== undefined && (heard === undefined || ids <= heard + DELIVERY_ALLOWANCE_MS))
			return heard === undefined ? ids : Math.min(ids, heard);
		if (heard === undefined) return 0;
		const byHeard = heard - HEARD_ROUNDING_MS / 2;
		const since = this.#contradictedSince;
		const doubted = since !== undefined && now - since >= this.#heardDoubtedAfterMs;
		return ids !== undefined && doubted && contradicts(ids, heard) ? ids : byHeard;
	}

	/** Notes since when the heard time has said that the quickest interaction seen arrived past the window. */
	#watchHeard(now: number): void {
		const ids = this.#idGaps.at(now);
		const heard = this.#heardGaps.at(now);
		if (ids === undefined || heard === undefined || !contradicts(ids, heard)) this.#contradictedSince = undefined;
		else this.#contradictedSince ??= now;
	}

	/** Records an interaction's arrival (once per interaction) and says how old it was then. */
	arrived(id: string): Age {
		const now = this.#now();
		const gap = now - DiscordClock.createdAt(id);
		if (!this.#readable(now, gap)) return { ms: 0, leastMs: 0, skewed: true, byArrival: true };
		this.#idGaps.record(now, gap);
		this.#watchHeard(now);
		const offset = this.offsetMs;
		return {
			ms: Math.max(0, gap - offset),
			leastMs: Math.max(0, gap - this.largestOffsetMs),
			skewed: Math.abs(offset) > SKEW_MS,
			byArrival: false,
		};
	}

	/**
	 * Whether an id's gap (arrival minus creation) can be read as the offset plus a delivery. With Discord's time heard,
	 * checked against it: an interaction is created before it is sent, so its gap is at least the heard one, less the
	 * second that one is rounded down by and what its own way here took beyond the quickest (the allowance); a larger
	 * gap is an offset or a late delivery, which the heard time tells apart (see `offsetMs`), whatever the offset, up to
	 * a delivery a minute late (an id older than that is no interaction's time: a PING's id may be any number). Before
	 * any time is heard, only the host clock can judge: a gap within a minute either way.
	 */
	#readable(now: number, gap: number): boolean {
		if (!Number.isFinite(gap)) return false;
		const heard = this.#heardGaps.at(now);
		if (heard === undefined) return Math.abs(gap) <= SKEW_MS;
		return gap >= heard - HEARD_ROUNDING_MS - DELIVERY_ALLOWANCE_MS && gap <= heard + SKEW_MS;
	}

	/**
	 * Takes in a time that Discord's clock showed when it sent what arrives now: the `Date` of one of its responses,
	 * or the signature timestamp of a request to the HTTP endpoint (whole seconds, rounded down; ms since 1970 here).
	 * Like an id's time it is no later than the arrival, so its gap bounds the offset from above; but it is the time of
	 * sending, not of an interaction's creation, so it bounds it even when every interaction seen was delivered late.
	 */
	heard(at: number): void {
		const now = this.#now();
		const gap = now - at;
		if (Math.abs(gap) <= HEARD_LIMIT_MS) this.#heardGaps.record(now, gap);
	}

	/**
	 * The age of an interaction that arrived earlier (`arrived` gave its age then, at `arrivedAt`); `id` is its id, or
	 * the creation time already read from it (`createdAt`), as an interaction's age is read several times. `least`
	 * reads it as young as the readings allow (see `Age`).
	 */
	ageNow(id: string | number, arrival: Age, arrivedAt: number, least = false): number {
		if (arrival.byArrival) return arrival.ms + (this.#now() - arrivedAt);
		const created = typeof id === 'number' ? id : DiscordClock.createdAt(id);
		return Math.max(0, this.#now() - created - (least ? this.largestOffsetMs : this.offsetMs));
	}
}

/**
 * Discord's heard time (`heard`: the smallest recent arrival-minus-sending gap) says that the quickest interaction seen
 * (`ids`: the smallest arrival-minus-creation gap) arrived too late for any first response to reach Discord in time.
 */
function contradicts(ids: number, heard: number): boolean {
	return ids - (heard - HEARD_ROUNDING_MS / 2) >= WINDOW_MS - TRANSIT_MS;
}
