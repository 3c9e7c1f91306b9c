import type { Door, FirstSent } from './interaction-door.ts';
import type { InTime } from './interaction-rest.ts';

/**
 * How long an interaction's id is remembered after it arrived, to know it when it is delivered again. Far longer than
 * Discord's window from any arrival: a delivery later than this is past the window, and given up on its own age.
 */
const REMEMBER_MS = 10_000;

/**
 * A door that remembers what went through it first (the first response, or that the interaction was dropped), for
 * a delivery of the same interaction again (see `Door.repeat`).
 */
export class RememberingDoor implements Door {
	readonly #door: Door;
	/** Settles with the first response's JSON once one is sent, the reason once dropped, or nothing once ended. */
	readonly sent: Promise<FirstSent>;
	#settle: (sent: FirstSent) => void = () => {};

	constructor(door: Door) {
		this.#door = door;
		this.sent = new Promise((resolve) => (this.#settle = resolve));
	}

	acknowledge(json: string, inTime?: InTime): Promise<void> {
		this.#settle({ json });
		return this.#door.acknowledge(json, inTime);
	}

	drop(reason: string): Promise<void> {
		this.#settle({ dropped: reason });
		return this.#door.drop(reason);
	}

	repeat(first: Promise<FirstSent>): Promise<void> {
		return this.#door.repeat(first);
	}

	/** The interaction has ended: if nothing went through, a delivery again gets nothing either. */
	ended(): void {
		this.#settle(undefined);
	}
}

/** The interactions delivered lately, by id, with what their first delivery got (see `REMEMBER_MS`). */
export class RecentDeliveries {
	/** In order of arrival (a Map keeps insertion order), so the forgotten ones are the first. */
	readonly #byId = new Map<string, { at: number; sent: Promise<FirstSent> }>();

	/**
	 * What an earlier delivery of this interaction got, if it came lately; `undefined` when this one is the first, and
	 * then what goes through `door` is remembered for the deliveries after it.
	 */
	earlier(id: string, door: RememberingDoor): Promise<FirstSent> | undefined {
		const now = performance.now();
		for (const [known, delivery] of this.#byId) {
			if (now - delivery.at < REMEMBER_MS) break;
			this.#byId.delete(known);
		}
		const earlier = this.#byId.get(id);
		if (earlier) return earlier.sent;
		this.#byId.set(id, { at: now, sent: door.sent });
		return undefined;
	}
}
