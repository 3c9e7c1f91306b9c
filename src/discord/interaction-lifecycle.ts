import type { APIInteraction } from 'discord-api-types/v10';
import { responseJsonOf, type Answer, type Declared } from '../core/answer.ts';
import { deferralFor, webhookSteps, type Visibility } from '../render/reply.ts';
import { MARGIN_MS, TRANSIT_MS, WINDOW_MS } from './discord-clock.ts';
import { InteractionTime } from './interaction-time.ts';
import { describeInteraction, interactionLine, type InteractionEnd } from './describe-interaction.ts';
import { sendWebhookSteps } from './interaction-rest.ts';
import type { Lane } from './work-queue.ts';
import { discordCode, GONE, TooLate } from './discord-errors.ts';
import type { Door, Interruptible, Shared } from './interaction-door.ts';
import { sendFailureNotice } from './failed-first-response.ts';
import { restartingFirstResponse, sendRestartNotice, type NoticeOutcome } from './restart-notice.ts';
import { settledWithin } from './settled-within.ts';

type Outcome = InteractionEnd['outcome'];

/**
 * One interaction's way to its answer: the decision before the work (answer now, defer first, or leave it as
 * expired), the work in its turn, the first response, then the webhook requests. Never throws; writes one log line.
 * When the bot stops, one that arrives is not worked on, and one still unanswered after the grace period is
 * `interrupt`ed: both get the restarting notice instead of their answer (outcome `restarting`).
 */
export class InteractionLifecycle implements Interruptible {
	readonly #shared: Shared;
	readonly #raw: APIInteraction;
	readonly #door: Door;
	/** Its age, and whether a first response could still reach Discord in time. */
	readonly #time: InteractionTime;
	#acknowledged: Promise<void> | undefined;
	#deferredAs: Visibility | undefined;
	#outcome: Outcome = 'ok';
	/** When an interaction was found past the window (see `#expire`). */
	#expired: 'arrival' | 'turn' | 'worked' | undefined;
	#declared: Declared | undefined;
	/** The answer (or the error notice) has begun to be sent: a restarting notice would contradict it. */
	#answering = false;
	/** The bot stopped before the answer went out (see `interrupt`); the work, if it ends, sends nothing. */
	#interrupted = false;
	/** What became of the restarting notice. */
	#notice: NoticeOutcome | undefined;
	/** Resolved once an interruption has told the asker (or given up): the log line may be written. */
	readonly #stopped: Promise<void>;
	#stop: () => void = () => {};
	/** Settles once the interaction is answered or given up, and its line logged (see `run`). */
	finished: Promise<void> = Promise.resolve();

	constructor(shared: Shared, interaction: APIInteraction, door: Door) {
		this.#shared = shared;
		this.#raw = interaction;
		this.#door = door;
		this.#time = new InteractionTime(shared, interaction.id);
		this.#stopped = new Promise<void>((resolve) => (this.#stop = resolve));
		shared.queue.arrived();
	}

	/** Answers the interaction; resolves (never rejects) once it is answered or given up, and its line logged. */
	run(): Promise<void> {
		this.#shared.live.add(this);
		this.finished = this.#run();
		return this.finished;
	}

	async #run(): Promise<void> {
		const { logger, live } = this.#shared;
		const started = performance.now();
		let described: ReturnType<typeof describeInteraction> | undefined;
		try {
			described = describeInteraction(this.#raw);
			if (this.#time.age.skewed) this.#shared.counts.clockSkew += 1;
			// An interruption ends the interaction even while its work goes on (held by something that outlasts the bot).
			await Promise.race([this.#answer(), this.#stopped]);
		} catch (error) {
			if (!this.#interrupted) this.#outcome = 'error';
			logger.error({ err: error, ...described }, 'interaction failed');
		}
		if (this.#interrupted) await this.#stopped;
		live.delete(this);
		const outcome = this.#interrupted ? 'restarting' : this.#outcome;
		const line = interactionLine(described, {
			ms: Math.round(performance.now() - started),
			outcome,
			ageMs: this.#time.age.ms,
			expired: this.#expired,
			skewed: this.#time.age.skewed,
			notice: this.#notice,
		});
		const { summaries } = this.#shared;
		if (outcome === 'expired' || outcome === 'restarting' || this.#time.age.skewed) summaries.warn(line, 'interaction');
		else summaries.info(line, 'interaction');
	}

	/**
	 * The bot stops and this interaction is still unanswered: its work, if it ever ends, sends nothing, and the asker is
	 * told to ask again (see `sendRestartNotice`), unless its answer is already being sent. Resolves once the notice is
	 * out or given up (`withinMs` at most); the log line follows at once.
	 */
	async interrupt(withinMs: number): Promise<void> {
		if (this.#interrupted) return this.#stopped;
		this.#interrupted = true;
		try {
			this.#notice = this.#answering
				? 'answer-under-way'
				: await sendRestartNotice(
						this.#shared.rest,
						this.#raw,
						this.#door,
						{
							declared: this.#declared,
							acknowledged: this.#acknowledged,
							deferredAs: () => this.#deferredAs,
							tooLate: () => this.#time.tooLate(this.#time.sendMs()),
						},
						withinMs,
					);
		} finally {
			this.#stop();
		}
	}

	async #answer(): Promise<void> {
		const { core, costs, queue } = this.#shared;
		// Too old for any first response to reach Discord within the window: not worked on at all.
		if (this.#time.age.leastMs + this.#time.sendMs() + TRANSIT_MS >= WINDOW_MS) return this.#expire('arrival');
		let declared: Declared;
		try {
			declared = core.declare(this.#raw);
		} catch (error) {
			return this.#fail(error, 'private');
		}
		this.#declared = declared;
		// Stopping: no work is taken on (a ping is no work).
		if (this.#shared.stopping && declared !== 'pong') return this.#turnAway(declared);
		// PONG and autocomplete cannot be deferred; every other answer can, keeping the visibility declared.
		const visibility = declared === 'pong' || declared === 'choices' ? undefined : declared;
		// The decision is taken now, before any work. In a burst (answers or first responses waiting) defer at once: the
		// deferral is cheap and goes out first, and no stall of a busy machine can then make the answer late. So too when
		// the answer would meet the index's first-need work (the first search after a start with a new index cache): it
		// waits for that work, done off the event loop. Otherwise the answers due ahead (at twice their recent pace) and
		// this one must fit, with a margin in hand.
		const left = WINDOW_MS - this.#time.age.ms - this.#time.sendMs();
		if (
			visibility &&
			(queue.busy ||
				core.firstNeed(this.#raw) ||
				left < MARGIN_MS + 2 * queue.urgentWaitMs(costs.typicalMs) + costs.expectedMs)
		) {
			void this.#defer(visibility);
			return this.#inTurn('later', () => this.#complete(declared));
		}
		return this.#inTurn('urgent', () => this.#answerNow(declared, visibility));
	}

	/** Runs a step in the interaction's turn of the queue. Steps never reject: failures go to the error path. */
	#inTurn(lane: Lane, step: () => Promise<void>): Promise<void> {
		return this.#shared.queue.inTurn(step, lane);
	}

	/** An interaction that arrives while the bot stops: the restarting notice (no choices for autocomplete) at once. */
	async #turnAway(declared: Declared): Promise<void> {
		this.#outcome = 'restarting';
		try {
			await this.#firstResponse(
				restartingFirstResponse(declared, 'locale' in this.#raw ? this.#raw.locale : undefined),
			);
			this.#notice = 'sent';
		} catch (error) {
			if (error instanceof TooLate) return this.#expire('turn');
			this.#notice = 'failed';
			this.#shared.logger.warn({ err: error }, 'could not send the restarting notice');
		}
	}

	/** An answer due within the window: worked out and sent, unless too little time is left now. */
	async #answerNow(declared: Declared, visibility: Visibility | undefined): Promise<void> {
		const { core, costs, queue } = this.#shared;
		if (this.#interrupted) return;
		if (this.#time.tooLate(this.#time.sendMs())) return this.#expire('turn');
		if (
			visibility &&
			(queue.busy ||
				core.firstNeed(this.#raw) ||
				WINDOW_MS - this.#time.ageNow() - this.#time.sendMs() < MARGIN_MS + costs.expectedMs)
		) {
			void this.#defer(visibility);
			return this.#inTurn('later', () => this.#complete(declared));
		}
		const answer = await this.#compute(declared, visibility);
		if (answer) await this.#send(answer, declared);
	}

	/** A deferred answer: worked out once the deferral is sent, then completed through the webhook. */
	async #complete(declared: Declared): Promise<void> {
		try {
			await this.#acknowledged;
		} catch (error) {
			return this.#lost(error, declared, 'turn');
		}
		if (this.#interrupted) return;
		const answer = await this.#compute(declared, undefined);
		if (answer) await this.#send(answer, declared);
	}

	/** The handler's work, measured; `undefined` when it failed (and the error path has answered). */
	async #compute(declared: Declared, visibility: Visibility | undefined): Promise<Answer | undefined> {
		const { core, costs } = this.#shared;
		const started = performance.now();
		try {
			// An answer that waits for first-need work says nothing of what answers cost: not recorded.
			const waits = core.firstNeed(this.#raw);
			const work = core.answer(this.#raw);
			// Synchronous work is done by now: no timer can interrupt it, so none is armed.
			const answer =
				work instanceof Promise ? (visibility ? await this.#deferIfSlow(work, visibility) : await work) : work;
			if (!waits) costs.record(performance.now() - started);
			return answer;
		} catch (error) {
			await this.#lost(error, declared, 'turn');
			return undefined;
		}
	}

	/** Asynchronous work (a handler that waits on something): defer when it has not settled in time. */
	async #deferIfSlow(work: Promise<Answer>, declared: Visibility): Promise<Answer> {
		const { deferAfterMs } = this.#shared;
		const wait = deferAfterMs ?? Math.max(0, WINDOW_MS - MARGIN_MS - this.#time.ageNow());
		const first = await settledWithin(work, wait);
		if (first !== 'late') return first;
		await this.#defer(declared);
		return work;
	}

	/**
	 * Sends the first response through the queue (work waits for it), unless by its turn to be sent it could no longer
	 * reach Discord within the window: then it is not sent at all (`TooLate`).
	 */
	#firstResponse(json: string): Promise<void> {
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

	/** A first response or a request after it failed: too late, gone from Discord, or a failure. */
	#lost(error: unknown, declared: Declared, when: 'turn' | 'worked'): Promise<void> | void {
		if (error instanceof TooLate) return this.#expire(when);
		if (GONE.has(discordCode(error) ?? 0)) return this.#gone(error);
		return this.#fail(error, declared);
	}

	#defer(declared: Visibility): Promise<void> {
		this.#deferredAs = declared;
		this.#outcome = 'deferred';
		return this.#firstResponse(JSON.stringify(deferralFor(declared)));
	}

	async #send(answer: Answer, declared: Declared): Promise<void> {
		// Interrupted meanwhile: the asker was told to ask again, and the process is closing.
		if (this.#interrupted) return;
		this.#answering = true;
		try {
			if (this.#deferredAs) {
				await this.#acknowledged;
				if ('show' in answer)
					await sendWebhookSteps(this.#shared.rest, this.#raw, webhookSteps(answer, this.#deferredAs));
				this.#shared.counts.deferred += 1;
				return;
			}
			// Never a first response after the window by our clock: Discord would refuse it anyway (10062).
			if (this.#time.tooLate(this.#time.sendMs())) return await this.#expire('worked');
			await this.#firstResponse(responseJsonOf(answer));
			this.#shared.counts.answered += 1;
			if ('show' in answer) await sendWebhookSteps(this.#shared.rest, this.#raw, webhookSteps(answer));
		} catch (error) {
			return this.#lost(error, declared, 'worked');
		}
	}

	/**
	 * Leaves an interaction unanswered: already past the window on arrival or when its turn came (not worked on), or,
	 * should work have outlasted every estimate, past it once done (a first response then would only get 10062).
	 */
	async #expire(when: 'arrival' | 'turn' | 'worked'): Promise<void> {
		// The interruption has answered (or dropped) it already.
		if (this.#interrupted) return;
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
	async #fail(error: unknown, declared: Declared): Promise<void> {
		const { logger, counts } = this.#shared;
		counts.failed += 1;
		logger.error({ err: error }, 'handler failed');
		// Interrupted: the asker was told to ask again; a second notice would only contradict it.
		if (this.#interrupted) return;
		this.#outcome = 'error';
		this.#answering = true;
		try {
			await sendFailureNotice(this.#shared.rest, this.#raw, this.#door, declared, {
				acknowledged: this.#acknowledged,
				deferredAs: () => this.#deferredAs,
				tooLate: () => this.#time.tooLate(0),
			});
		} catch (sendError) {
			logger.error({ err: sendError }, 'could not send the error reply');
		}
	}
}
