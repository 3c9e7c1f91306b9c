import type { APIInteraction } from 'discord-api-types/v10';
import type { Declared } from '../core/answer.ts';
import { interactionLine, type describeInteraction, type InteractionEnd } from './describe-interaction.ts';
import { discordCode, GONE, OutlivesToken, TooLate, UNKNOWN_WEBHOOK } from './discord-errors.ts';
import { sendFailureNotice } from './failed-first-response.ts';
import type { FirstResponse } from './first-response.ts';
import type { Door, Shared } from './interaction-door.ts';
import type { InteractionStop } from './interaction-stop.ts';
import type { InteractionTime } from './interaction-time.ts';

type Outcome = InteractionEnd['outcome'];
type Expiry = NonNullable<InteractionEnd['expired']>;

/**
 * How one interaction ends, counted and written in its one log line; and the ways it ends without its answer: left
 * unanswered once past the window (expired), refused by Discord (gone), or failed, with the error reply.
 */
export class InteractionEnding {
	readonly #shared: Pick<Shared, 'rest' | 'logger' | 'summaries' | 'counts'>;
	readonly #raw: APIInteraction;
	readonly #door: Door;
	readonly #time: InteractionTime;
	readonly #first: FirstResponse;
	readonly #stop: InteractionStop;
	#outcome: Outcome = 'ok';
	/** When an interaction was found past the window (see `expire`). */
	#expired: Expiry | undefined;

	constructor(
		shared: Pick<Shared, 'rest' | 'logger' | 'summaries' | 'counts'>,
		raw: APIInteraction,
		door: Door,
		time: InteractionTime,
		first: FirstResponse,
		stop: InteractionStop,
	) {
		this.#shared = shared;
		this.#raw = raw;
		this.#door = door;
		this.#time = time;
		this.#first = first;
		this.#stop = stop;
	}

	/** The answer was deferred. */
	deferred(): void {
		this.#outcome = 'deferred';
	}

	/** Turned away because the bot stops (see `InteractionStop.turnAway`). */
	turnedAway(): void {
		this.#outcome = 'restarting';
	}

	/** Something threw on the way to the answer, outside the error paths here. */
	broke(): void {
		if (!this.#stop.interrupted) this.#outcome = 'error';
	}

	/** A first response or a request after it failed: too late, gone from Discord, or a failure. */
	lost(error: unknown, declared: Declared, when: 'turn' | 'worked'): Promise<void> | void {
		if (error instanceof TooLate) return this.expire(when);
		// A notice would meet the same limit: the answer is given up as one Discord no longer takes.
		if (error instanceof OutlivesToken) return this.#gone(error);
		const code = discordCode(error) ?? 0;
		// After a first response that may not have landed, an unknown webhook says that it did not.
		if (GONE.has(code) || (this.#first.unconfirmed && code === UNKNOWN_WEBHOOK)) return this.#gone(error);
		return this.fail(error, declared);
	}

	/**
	 * Leaves an interaction unanswered: already past the window on arrival or when its turn came (not worked on), or,
	 * should work have outlasted every estimate, past it once done (a first response then would only get 10062).
	 */
	async expire(when: Expiry): Promise<void> {
		// The interruption has answered (or dropped) it already.
		if (this.#stop.interrupted) return;
		this.#outcome = 'expired';
		this.#expired = when;
		this.#shared.counts.expired += 1;
		await this.#door.drop('interaction expired');
	}

	#gone(error: unknown): void {
		this.#outcome = 'gone';
		this.#shared.counts.gone += 1;
		this.#shared.logger.warn({ err: error }, 'Discord no longer accepts an answer to this interaction');
	}

	/** The one error path: log, then answer privately by whichever way Discord still accepts. */
	async fail(error: unknown, declared: Declared): Promise<void> {
		const { logger, counts } = this.#shared;
		counts.failed += 1;
		logger.error({ err: error }, 'handler failed');
		// Interrupted: the asker was told to ask again; a second notice would only contradict it.
		if (this.#stop.interrupted) return;
		this.#outcome = 'error';
		this.#stop.answerBegins();
		try {
			await sendFailureNotice(this.#shared.rest, this.#raw, this.#door, declared, {
				acknowledged: this.#first.acknowledged,
				deferredAs: () => this.#first.deferredAs,
				tooLate: () => this.#time.tooLate(0),
				inTime: (waitMs, sendMs) => !this.#time.tooLate(waitMs + sendMs),
			});
		} catch (sendError) {
			logger.error({ err: sendError }, 'could not send the error reply');
		}
	}

	/** Writes the interaction's one log line, a warning when it was not answered as asked or its clock was off. */
	log(described: ReturnType<typeof describeInteraction> | undefined, ms: number): void {
		const outcome = this.#stop.interrupted ? 'restarting' : this.#outcome;
		const line = interactionLine(described, {
			ms: Math.round(ms),
			outcome,
			ageMs: this.#time.age.ms,
			expired: this.#expired,
			skewed: this.#time.age.skewed,
			notice: this.#stop.notice,
		});
		const { summaries } = this.#shared;
		if (outcome === 'expired' || outcome === 'restarting' || this.#time.age.skewed) summaries.warn(line, 'interaction');
		else summaries.info(line, 'interaction');
	}
}
