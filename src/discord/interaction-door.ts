import type { REST } from '@discordjs/rest';
import type { BotCore } from '../core/bot-core.ts';
import type { Logger } from '../logger.ts';
import type { AnswerCosts } from './answer-costs.ts';
import type { DiscordClock } from './discord-clock.ts';
import type { EventLoopLag } from './event-loop-lag.ts';
import type { InTime } from './interaction-rest.ts';
import type { WorkQueue } from './work-queue.ts';

/**
 * How one door sends the first response: the gateway posts it to the callback route, HTTP returns it. It arrives as
 * JSON text, written by the lifecycle (once for a kept reply), so that no door serializes it again.
 */
export interface Door {
	/**
	 * Sends the first response; `inTime` says whether a retry could still reach Discord within the window (a door that
	 * retries asks it first). Throws `Unconfirmed` when it may have landed but no retry could tell.
	 */
	acknowledge(json: string, inTime?: InTime): Promise<void>;
	/** Called when the interaction is not answered at all (expired): HTTP must still close its request. */
	drop(reason: string): Promise<void>;
	/**
	 * The same interaction delivered again while the first delivery is answered (a proxy that retried the request, a
	 * gateway that replayed the dispatch): Discord takes one first response, so it is not answered again. `first`
	 * settles with what the first delivery's first response was: HTTP answers the retry with it (the proxy forwards the
	 * answer to its own attempt), the gateway needs nothing (the first delivery's callback is the one).
	 */
	repeat(first: Promise<FirstSent>): Promise<void>;
}

/** What the first delivery of an interaction got: its first response's JSON, the reason it was dropped, or nothing. */
export type FirstSent = { json: string } | { dropped: string } | undefined;

/** What happened to the interactions taken so far (the load test prints them). */
export interface AnswerCounts {
	/** First response within the window, with the answer. */
	answered: number;
	/** Deferred within the window, then completed through the webhook. */
	deferred: number;
	/** Too old when taken up (or about to be): not worked on, not answered. */
	expired: number;
	/** Discord refused the answer as too late or duplicate (10062, 40060). */
	gone: number;
	/** A handler or a request failed; the error reply was attempted. */
	failed: number;
	/** The host clock disagreed with the id's timestamp; taken as just arrived. */
	clockSkew: number;
}

/** An interaction being answered, as a shutdown sees it. */
export interface Interruptible {
	/** Settles once the interaction is answered or given up, and its line logged. */
	readonly finished: Promise<void>;
	/** The bot stops before this interaction was answered: tell the asker (within `withinMs`), then log it. */
	interrupt(withinMs: number): Promise<void>;
}

/** What every interaction of one door shares: the core, the clock, the estimates, the queue and the counts. */
export interface Shared {
	core: BotCore;
	/** For the webhook (deferred answers, deletes, follow-ups): interaction tokens authorize, no bot token needed. */
	rest: REST;
	logger: Logger;
	/**
	 * For the one line per interaction: made here of fixed keys (its kind, command name, time, outcome), never of a
	 * request's content, so the logger's redaction by key (a few microseconds a line) has nothing to find in it.
	 */
	summaries: Logger;
	clock: DiscordClock;
	/** How long answers take to work out. */
	costs: AnswerCosts;
	/** How long a first response takes to reach Discord once sent. */
	sends: AnswerCosts;
	/** The longest recent stall of the event loop. */
	lag: EventLoopLag;
	queue: WorkQueue;
	counts: AnswerCounts;
	deferAfterMs: number | undefined;
	/** The bot is stopping: interactions that arrive now get the restarting notice instead of an answer. */
	stopping: boolean;
	/** The interactions being answered (each removes itself once its line is logged). */
	live: Set<Interruptible>;
}
