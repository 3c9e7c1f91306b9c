import { DiscordClock, TRANSIT_MS, WINDOW_MS, type Age } from './discord-clock.ts';
import type { Shared } from './interaction-door.ts';

/**
 * One interaction's time on its way to an answer: how old it is by Discord's clock (see `DiscordClock`), and whether a
 * first response could still reach Discord within the window.
 */
export class InteractionTime {
	readonly #shared: Pick<Shared, 'clock' | 'sends'>;
	readonly #id: string;
	readonly #arrivedAt: number;
	/** Its age on arrival. */
	readonly age: Age;
	/** When Discord created the interaction: read from its id once, on first need. */
	#createdAt: number | undefined;

	/** Records the interaction's arrival (see `DiscordClock.arrived`). */
	constructor(shared: Pick<Shared, 'clock' | 'sends'>, id: string) {
		this.#shared = shared;
		this.#id = id;
		this.#arrivedAt = shared.clock.now();
		this.age = shared.clock.arrived(id);
	}

	/**
	 * Its age now, read cautiously (for deciding to defer) or, with `least`, as young as the clock's readings allow (for
	 * giving up): with the host clock off, the two differ by up to the delivery allowance, and an interaction that may
	 * still be in time is deferred rather than dropped.
	 */
	ageNow(least = false): number {
		this.#createdAt ??= DiscordClock.createdAt(this.#id);
		return this.#shared.clock.ageNow(this.#createdAt, this.age, this.#arrivedAt, least);
	}

	/** A first response sent now, taking `sendMs` to go out, could no longer reach Discord within the window. */
	tooLate(sendMs: number): boolean {
		return this.slackMs(sendMs) <= 0;
	}

	/**
	 * How long a first response queued now takes to reach Discord: its own sending (the slowest recent one, one outlier
	 * aside). Those queued before it do not count: it never waits for them past the time it can still be sent in time
	 * (see `WorkQueue.send`), so waiting is no reason to give it up.
	 */
	sendMs(): number {
		return this.#shared.sends.expectedMs;
	}

	/** How much longer a first response, taking `sendMs` to go out, can wait to be sent and still arrive in time. */
	slackMs(sendMs: number): number {
		return WINDOW_MS - TRANSIT_MS - this.ageNow(true) - sendMs;
	}
}
