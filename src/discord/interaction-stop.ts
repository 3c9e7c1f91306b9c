import type { APIInteraction } from 'discord-api-types/v10';
import type { Declared } from '../core/answer.ts';
import { TooLate } from './discord-errors.ts';
import type { FirstResponse } from './first-response.ts';
import type { Door, Shared } from './interaction-door.ts';
import type { InteractionTime } from './interaction-time.ts';
import { restartingFirstResponse, sendRestartNotice, type NoticeOutcome } from './restart-notice.ts';

/**
 * What the bot's stop does to one interaction: one that arrives while it stops is turned away, and one still
 * unanswered after the grace period is interrupted; both get the restarting notice instead of their answer.
 */
export class InteractionStop {
	readonly #shared: Pick<Shared, 'rest' | 'logger'>;
	readonly #raw: APIInteraction;
	readonly #door: Door;
	readonly #time: InteractionTime;
	readonly #first: FirstResponse;
	/** The answer (or the error notice) has begun to be sent: a restarting notice would contradict it. */
	#answering = false;
	/** The bot stopped before the answer went out (see `interrupt`); the work, if it ends, sends nothing. */
	#interrupted = false;
	/** What became of the restarting notice. */
	#notice: NoticeOutcome | undefined;
	/** Resolved once an interruption has told the asker (or given up): the log line may be written. */
	readonly stopped: Promise<void>;
	#stop: () => void = () => {};

	constructor(
		shared: Pick<Shared, 'rest' | 'logger'>,
		raw: APIInteraction,
		door: Door,
		time: InteractionTime,
		first: FirstResponse,
	) {
		this.#shared = shared;
		this.#raw = raw;
		this.#door = door;
		this.#time = time;
		this.#first = first;
		this.stopped = new Promise<void>((resolve) => (this.#stop = resolve));
	}

	get interrupted(): boolean {
		return this.#interrupted;
	}

	/** What became of the restarting notice, when there was one to send. */
	get notice(): NoticeOutcome | undefined {
		return this.#notice;
	}

	/** The answer (or the error notice) begins to be sent: from now on an interruption sends no notice. */
	answerBegins(): void {
		this.#answering = true;
	}

	/**
	 * The bot stops and this interaction is still unanswered: its work, if it ever ends, sends nothing, and the asker is
	 * told to ask again (see `sendRestartNotice`), unless its answer is already being sent. Resolves once the notice is
	 * out or given up (`withinMs` at most); the log line follows at once.
	 */
	async interrupt(withinMs: number, declared: Declared | undefined): Promise<void> {
		if (this.#interrupted) return this.stopped;
		this.#interrupted = true;
		try {
			this.#notice = this.#answering
				? 'answer-under-way'
				: await sendRestartNotice(
						this.#shared.rest,
						this.#raw,
						this.#door,
						{
							declared,
							acknowledged: this.#first.acknowledged,
							deferredAs: () => this.#first.deferredAs,
							tooLate: () => this.#time.tooLate(this.#time.sendMs()),
							inTime: (waitMs, sendMs) => !this.#time.tooLate(waitMs + sendMs),
						},
						withinMs,
					);
		} finally {
			this.#stop();
		}
	}

	/**
	 * An interaction that arrives while the bot stops: the restarting notice (no choices for autocomplete) at once, as
	 * its first response; `tooLate` when that could no longer reach Discord in time.
	 */
	async turnAway(declared: Declared, tooLate: () => Promise<void>): Promise<void> {
		try {
			await this.#first.send(restartingFirstResponse(declared, 'locale' in this.#raw ? this.#raw.locale : undefined));
			this.#notice = 'sent';
		} catch (error) {
			if (error instanceof TooLate) return tooLate();
			this.#notice = 'failed';
			this.#shared.logger.warn({ err: error }, 'could not send the restarting notice');
		}
	}
}
