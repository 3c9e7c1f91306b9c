import { DiscordClock, TRANSIT_MS, WINDOW_MS, type Age } from './discord-clock.ts';
import type { Shared } from './interaction-door.ts';

/**
 * One interaction's time on its way to an answer: how old it is by Discord's clock (see `DiscordClock`), and whether a
 * first response could still reach Discord within the window.
 */
export class InteractionTime {
	readonly #shared: Pick<Shared, 'clock' | 'queue' | 'sends'>;
	readonly #id: string;
	readonly #arrivedAt: number;
	/** Its age on arrival. */
	readonly age: Age;
	/** When Discord created the interaction: read from its id once, on first need. */
	#createdAt: number | undefined;

	/** Records the interaction's arrival (see `DiscordClock.arrived`). */
	constructor(shared: Pick<Shared, 'clock' | 'queue' | 'sends'>, id: string) {
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
		return this.ageNow(true) + sendMs + TRANSIT_MS >= WINDOW_MS;
	}

	/**
	 * How long a first response queued now takes to reach Discord: the wait behind those queued before it, then its own
	 * sending (the slowest recent one).
	 */
	sendMs(): number {
		const { queue, sends } = this.#shared;
		return queue.sendWaitMs(sends.typicalMs) + sends.expectedMs;
	}
}
