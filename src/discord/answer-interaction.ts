import { setTimeout as sleep } from 'node:timers/promises';
import type { REST } from '@discordjs/rest';
import type { APIInteraction } from 'discord-api-types/v10';
import type { BotCore } from '../core/bot-core.ts';
import type { Logger } from '../logger.ts';
import { AnswerCosts } from './answer-costs.ts';
import { DiscordClock } from './discord-clock.ts';
import { EventLoopLag } from './event-loop-lag.ts';
import type { AnswerCounts, Door, Shared } from './interaction-door.ts';
import { InteractionLifecycle } from './interaction-lifecycle.ts';
import { describeInteraction } from './describe-interaction.ts';
import { RecentDeliveries, RememberingDoor } from './repeated-delivery.ts';
import { WorkQueue } from './work-queue.ts';

export { describeInteraction } from './describe-interaction.ts';
export type { AnswerCounts, Door } from './interaction-door.ts';

/** How long a stop lets interactions in flight finish, then how long the notices to those left may take. */
export interface StopBudget {
	graceMs: number;
	noticeMs: number;
}

export interface AnswererOptions {
	core: BotCore;
	/** For the webhook (deferred answers, deletes, follow-ups): interaction tokens authorize, no bot token needed. */
	rest: REST;
	logger: Logger;
	clock?: DiscordClock | undefined;
	/** The event loop's stalls as seen (tests give their own). */
	lag?: EventLoopLag | undefined;
	/**
	 * For handlers that wait on something (asynchronous work): defer once an answer has not come this long after the
	 * work started. By default, when it could no longer be sent within the window with `MARGIN_MS` in hand.
	 */
	deferAfterMs?: number | undefined;
}

/**
 * Answers interactions through the core, for every door, inside Discord's 3 s window counted from the interaction's
 * creation (its snowflake id). Each handler says how it will answer before any work; the decision to defer is taken
 * then, when too little time is left for the work expected (synchronous work cannot be interrupted by a timer), and
 * the deferral keeps the declared visibility. An interaction already past the window is not worked on at all, so a
 * backlog does not turn into more late answers. Writes one log line per interaction; never throws.
 */
export class Answerer {
	readonly #shared: Shared;
	/** To know an interaction delivered again (see `Door.repeat`). */
	readonly #recent = new RecentDeliveries();

	constructor({ core, rest, logger, clock, lag, deferAfterMs }: AnswererOptions) {
		// The slowest recent send, one outlier aside: a send is a round trip to Discord, and one stall of the network
		// or of Discord's API (1.6 s) must not make the bot give up every interaction for the next 30 s, as twice the
		// slowest did (each fresh one then seemed unable to reach Discord in time).
		const sends = new AnswerCosts({ caution: 1, priorMs: 0, oneOffs: true });
		// One slow answer may be a one-off (see AnswerCosts); a slow send is not forgiven, it would be a 10062.
		const costs = new AnswerCosts({ oneOffs: true });
		this.#shared = {
			core,
			rest,
			logger,
			summaries: logger.child({}, { redact: [] }),
			clock: clock ?? new DiscordClock(),
			costs,
			sends,
			lag: lag ?? new EventLoopLag(),
			// A first response may wait for a place among those in flight as long as one may take to send.
			// A job holds the process as long as an answer's work may take.
			queue: new WorkQueue(
				() => sends.expectedMs,
				() => costs.expectedMs,
			),
			counts: { answered: 0, deferred: 0, expired: 0, gone: 0, failed: 0, clockSkew: 0 },
			deferAfterMs,
			stopping: false,
			live: new Set(),
		};
	}

	get core(): BotCore {
		return this.#shared.core;
	}

	/** What happened to the interactions taken so far. */
	get counts(): Readonly<AnswerCounts> {
		return this.#shared.counts;
	}

	/**
	 * Takes an interaction that `readInteraction` accepted; resolves once everything about it is sent or given up. One
	 * delivered again while its first delivery is answered is not answered twice (see `Door.repeat`): worked out twice,
	 * its deferred answer was edited in twice and its follow-ups posted twice, a second callback refused (40060).
	 */
	take(interaction: APIInteraction, door: Door): Promise<void> {
		const remembering = new RememberingDoor(door);
		const first = this.#recent.earlier(interaction.id, remembering);
		if (first) {
			this.#shared.logger.info(describeInteraction(interaction), 'interaction delivered again: answered once');
			return door.repeat(first);
		}
		const lifecycle = new InteractionLifecycle(this.#shared, interaction, remembering);
		return lifecycle.run().finally(() => remembering.ended());
	}

	/** Interactions being answered. */
	get inFlight(): number {
		return this.#shared.live.size;
	}

	/**
	 * What a signal does: stops taking work (interactions that arrive now get the restarting notice, see
	 * `InteractionLifecycle`), lets the interactions in flight finish for at most `graceMs`, then tells the askers of
	 * those still unanswered that the bot is restarting (at most `noticeMs`, requests that hang included). Resolves
	 * once every interaction taken has its line logged; with how many were interrupted.
	 */
	async stop({ graceMs, noticeMs }: StopBudget): Promise<{ interrupted: number }> {
		const { live } = this.#shared;
		this.#shared.stopping = true;
		const graceOver = sleep(graceMs, false as const, { ref: false });
		// Those that arrive meanwhile are waited for too (they are turned away at once).
		while (live.size > 0) {
			const finished = Promise.all([...live].map((lifecycle) => lifecycle.finished)).then(() => true as const);
			if (!(await Promise.race([finished, graceOver]))) break;
		}
		const left = [...live];
		await Promise.all(left.map((lifecycle) => lifecycle.interrupt(noticeMs)));
		await Promise.all(left.map((lifecycle) => lifecycle.finished));
		this.#shared.lag.stop();
		return { interrupted: left.length };
	}
}
