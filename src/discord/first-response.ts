import { deferralFor, type Visibility } from '../render/reply.ts';
import { TooLate, Unconfirmed } from './discord-errors.ts';
import type { Door, Shared } from './interaction-door.ts';
import type { InteractionTime } from './interaction-time.ts';

/**
 * The one first response an interaction gets (its answer, a deferral or a notice): sent through the queue (work waits
 * for it), unless by its turn to be sent it could no longer reach Discord within the window: then it is not sent at
 * all (`TooLate`).
 */
export class FirstResponse {
	readonly #shared: Pick<Shared, 'queue' | 'sends' | 'logger'>;
	readonly #door: Door;
	readonly #time: InteractionTime;
	#acknowledged: Promise<void> | undefined;
	#deferredAs: Visibility | undefined;
	#unconfirmed = false;

	constructor(shared: Pick<Shared, 'queue' | 'sends' | 'logger'>, door: Door, time: InteractionTime) {
		this.#shared = shared;
		this.#door = door;
		this.#time = time;
	}

	/** The first response, sent or on its way; `undefined` until one is sent. */
	get acknowledged(): Promise<void> | undefined {
		return this.#acknowledged;
	}

	/**
	 * The first response may have landed but Discord could not confirm it (see `Unconfirmed`): the answer goes on, and
	 * the webhook's answer tells whether it did (an unknown webhook: it did not).
	 */
	get unconfirmed(): boolean {
		return this.#unconfirmed;
	}

	/** How the answer was deferred, if it was. */
	get deferredAs(): Visibility | undefined {
		return this.#deferredAs;
	}

	/** How much longer the first response can wait to be sent (see `WorkQueue.send`). */
	readonly #slack = (): number => this.#time.slackMs(this.#shared.sends.expectedMs);

	send(json: string): Promise<void> {
		const { queue, sends } = this.#shared;
		this.#acknowledged = queue.send(async () => {
			if (this.#time.tooLate(sends.expectedMs)) throw new TooLate();
			const started = performance.now();
			try {
				// A retry, after waiting and taking as long as the attempt that failed, must still arrive in time.
				await this.#door.acknowledge(json, (waitMs, sendMs) => !this.#time.tooLate(waitMs + sendMs));
			} catch (error) {
				if (!(error instanceof Unconfirmed)) throw error;
				this.#unconfirmed = true;
				this.#shared.logger.warn(
					{ err: error.cause },
					'a first response may have landed unconfirmed: the answer goes on',
				);
				return;
			}
			sends.record(performance.now() - started);
		}, this.#slack);
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
