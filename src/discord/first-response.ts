import { deferralFor, type Visibility } from '../render/reply.ts';
import { TooLate } from './discord-errors.ts';
import type { Door, Shared } from './interaction-door.ts';
import type { InteractionTime } from './interaction-time.ts';

/**
 * The one first response an interaction gets (its answer, a deferral or a notice): sent through the queue (work waits
 * for it), unless by its turn to be sent it could no longer reach Discord within the window: then it is not sent at
 * all (`TooLate`).
 */
export class FirstResponse {
	readonly #shared: Pick<Shared, 'queue' | 'sends'>;
	readonly #door: Door;
	readonly #time: InteractionTime;
	#acknowledged: Promise<void> | undefined;
	#deferredAs: Visibility | undefined;

	constructor(shared: Pick<Shared, 'queue' | 'sends'>, door: Door, time: InteractionTime) {
		this.#shared = shared;
		this.#door = door;
		this.#time = time;
	}

	/** The first response, sent or on its way; `undefined` until one is sent. */
	get acknowledged(): Promise<void> | undefined {
		return this.#acknowledged;
	}

	/** How the answer was deferred, if it was. */
	get deferredAs(): Visibility | undefined {
		return this.#deferredAs;
	}

	send(json: string): Promise<void> {
		const { queue, sends } = this.#shared;
		this.#acknowledged = queue.send(async () => {
			if (this.#time.tooLate(sends.expectedMs)) throw new TooLate();
			const started = performance.now();
			await this.#door.acknowledge(json);
			sends.record(performance.now() - started);
		});
		// Awaited later (a deferral, in the interaction's next turn): a failure is handled there, not as unhandled.
		this.#acknowledged.catch(() => {});
		return this.#acknowledged;
	}

	/** Sends the deferral, keeping the visibility declared. */
	defer(declared: Visibility): Promise<void> {
		this.#deferredAs = declared;
		return this.send(JSON.stringify(deferralFor(declared)));
	}
}
