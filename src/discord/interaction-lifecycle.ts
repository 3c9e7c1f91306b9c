import type { APIInteraction } from 'discord-api-types/v10';
import { responseJsonOf, type Answer, type Declared } from '../core/answer.ts';
import { webhookSteps, type Visibility } from '../render/reply.ts';
import { MARGIN_MS, TRANSIT_MS, WINDOW_MS } from './discord-clock.ts';
import { InteractionTime } from './interaction-time.ts';
import { describeInteraction } from './describe-interaction.ts';
import { sendWebhookSteps } from './interaction-rest.ts';
import type { Lane } from './work-queue.ts';
import type { Door, Interruptible, Shared } from './interaction-door.ts';
import { FirstResponse } from './first-response.ts';
import { InteractionStop } from './interaction-stop.ts';
import { InteractionEnding } from './interaction-ending.ts';
import { settledWithin } from './settled-within.ts';

/**
 * One interaction's way to its answer: the decision before the work (answer now, defer first, or leave it as
 * expired), the work in its turn, the first response, then the webhook requests. Never throws; writes one log line.
 * When the bot stops, one that arrives is not worked on, and one still unanswered after the grace period is
 * `interrupt`ed: both get the restarting notice instead of their answer (outcome `restarting`, see `InteractionStop`).
 */
export class InteractionLifecycle implements Interruptible {
	readonly #shared: Shared;
	readonly #raw: APIInteraction;
	/** Its age, and whether a first response could still reach Discord in time. */
	readonly #time: InteractionTime;
	readonly #first: FirstResponse;
	readonly #stop: InteractionStop;
	/** Its outcome, the ways it ends without its answer, and its log line. */
	readonly #ending: InteractionEnding;
	#declared: Declared | undefined;
	/** Settles once the interaction is answered or given up, and its line logged (see `run`). */
	finished: Promise<void> = Promise.resolve();

	constructor(shared: Shared, interaction: APIInteraction, door: Door) {
		this.#shared = shared;
		this.#raw = interaction;
		this.#time = new InteractionTime(shared, interaction.id);
		this.#first = new FirstResponse(shared, door, this.#time);
		this.#stop = new InteractionStop(shared, interaction, door, this.#time, this.#first);
		this.#ending = new InteractionEnding(shared, interaction, door, this.#time, this.#first, this.#stop);
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
			await Promise.race([this.#answer(), this.#stop.stopped]);
		} catch (error) {
			this.#ending.broke();
			logger.error({ err: error, ...described }, 'interaction failed');
		}
		if (this.#stop.interrupted) await this.#stop.stopped;
		live.delete(this);
		this.#ending.log(described, performance.now() - started);
	}

	/** The bot stops and this interaction is still unanswered: see `InteractionStop.interrupt`. */
	interrupt(withinMs: number): Promise<void> {
		return this.#stop.interrupt(withinMs, this.#declared);
	}

	async #answer(): Promise<void> {
		const { core, costs, queue } = this.#shared;
		// Too old for any first response to reach Discord within the window: not worked on at all.
		if (this.#time.age.leastMs + this.#time.sendMs() + TRANSIT_MS >= WINDOW_MS) return this.#ending.expire('arrival');
		let declared: Declared;
		try {
			declared = core.declare(this.#raw);
		} catch (error) {
			return this.#ending.fail(error, 'private');
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
				left < MARGIN_MS + 2 * queue.urgentWaitMs(costs.typicalMs) + this.#untilOut())
		) {
			void this.#defer(visibility);
			return this.#complete(declared);
		}
		return this.#inTurn('urgent', () => this.#answerNow(declared, visibility));
	}

	/**
	 * How long an answer started now may take to be out: its work as expected, or, when the event loop has lately
	 * stalled for longer (a garbage collection, a big task, the process left without a core), such a stall, which may
	 * come between the decision and the send (a stall within the work is in the answer costs already, hence the longer
	 * of the two, not their sum). Only a deferral sent before it keeps the window.
	 */
	#untilOut(): number {
		return Math.max(this.#shared.costs.expectedMs, this.#shared.lag.recentMs);
	}

	/** Runs a step in the interaction's turn of the queue. Steps never reject: failures go to the error path. */
	#inTurn(lane: Lane, step: () => Promise<void>): Promise<void> {
		return this.#shared.queue.inTurn(step, lane);
	}

	/** An interaction that arrives while the bot stops: the restarting notice instead of any work. */
	#turnAway(declared: Declared): Promise<void> {
		this.#ending.turnedAway();
		return this.#stop.turnAway(declared, () => this.#ending.expire('turn'));
	}

	/** An answer due within the window: worked out and sent, unless too little time is left now. */
	async #answerNow(declared: Declared, visibility: Visibility | undefined): Promise<void> {
		const { core, queue } = this.#shared;
		if (this.#stop.interrupted) return;
		if (this.#time.tooLate(this.#time.sendMs())) return this.#ending.expire('turn');
		if (
			visibility &&
			(queue.busy ||
				core.firstNeed(this.#raw) ||
				WINDOW_MS - this.#time.ageNow() - this.#time.sendMs() < MARGIN_MS + this.#untilOut())
		) {
			void this.#defer(visibility);
			return this.#complete(declared);
		}
		const answer = await this.#compute(declared, visibility);
		if (answer) await this.#send(answer, declared);
	}

	/**
	 * A deferred answer: worked out once the deferral is sent, in its turn of the queue from then on, then completed
	 * through the webhook. Worked out at once when the deferral's request came back, deferred answers whose callbacks
	 * came back together were worked out in a row, outside the queue, holding the process while the deferrals still to
	 * be sent waited, until they were too late.
	 */
	async #complete(declared: Declared): Promise<void> {
		try {
			await this.#first.acknowledged;
		} catch (error) {
			return this.#ending.lost(error, declared, 'turn');
		}
		return this.#inTurn('later', async () => {
			if (this.#stop.interrupted) return;
			const answer = await this.#compute(declared, undefined);
			if (answer) await this.#send(answer, declared);
		});
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
			await this.#ending.lost(error, declared, 'turn');
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

	#defer(declared: Visibility): Promise<void> {
		this.#ending.deferred();
		return this.#first.defer(declared);
	}

	async #send(answer: Answer, declared: Declared): Promise<void> {
		// Interrupted meanwhile: the asker was told to ask again, and the process is closing.
		if (this.#stop.interrupted) return;
		this.#stop.answerBegins();
		try {
			if (this.#first.deferredAs) {
				await this.#first.acknowledged;
				if ('show' in answer)
					await sendWebhookSteps(this.#shared.rest, this.#raw, webhookSteps(answer, this.#first.deferredAs));
				this.#shared.counts.deferred += 1;
				return;
			}
			// Never a first response after the window by our clock: Discord would refuse it anyway (10062).
			if (this.#time.tooLate(this.#time.sendMs())) return await this.#ending.expire('worked');
			await this.#first.send(responseJsonOf(answer));
			this.#shared.counts.answered += 1;
			if ('show' in answer) await sendWebhookSteps(this.#shared.rest, this.#raw, webhookSteps(answer));
		} catch (error) {
			return this.#ending.lost(error, declared, 'worked');
		}
	}
}
