import type { REST } from 'discord.js';
import { InteractionType, Routes, type APIInteraction, type APIInteractionResponse } from 'discord-api-types/v10';
import { responseOf, type Answer, type BotCore, type Declared } from '../core/bot-core.ts';
import { errorReply } from '../core/error-reply.ts';
import { autocompleteResponse, deferralFor, webhookSteps, type Visibility, type WebhookStep } from '../render/reply.ts';
import type { Logger } from '../logger.ts';
import { AnswerCosts } from './answer-costs.ts';
import { DiscordClock, WINDOW_MS, type Age } from './discord-clock.ts';
import { WorkQueue } from './work-queue.ts';

/** Time kept in hand for sending a first response and for the machine being busier than usual. */
export const MARGIN_MS = 500;

/** Errors that mean Discord no longer wants an answer: nothing more to send, only to log. */
const GONE = new Set([10062 /* unknown interaction */, 40060 /* already acknowledged */]);

function discordCode(error: unknown): number | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'number' ? code : undefined;
}

/** What a log line says about an interaction: never its token. Reads a validated interaction. */
export function describeInteraction(interaction: APIInteraction): { type: string; command?: string } {
	switch (interaction.type) {
		case InteractionType.ApplicationCommand:
			return { type: 'command', command: interaction.data.name };
		case InteractionType.ApplicationCommandAutocomplete:
			return { type: 'autocomplete', command: interaction.data.name };
		case InteractionType.MessageComponent:
			return { type: 'component', command: interaction.data.custom_id.split(':', 1)[0] };
		case InteractionType.ModalSubmit:
			return { type: 'modal' };
		case InteractionType.Ping:
			return { type: 'ping' };
	}
}

/** How one door sends the first response: the gateway posts it to the callback route, HTTP returns it. */
export interface Door {
	acknowledge(response: APIInteractionResponse): Promise<void>;
	/** Called when the interaction is not answered at all (expired): HTTP must still close its request. */
	drop(reason: string): Promise<void>;
}

/** What happened to the interactions taken so far (the load test prints them). */
export interface AnswerCounts {
	/** First response within the window, with the answer. */
	answered: number;
	/** Deferred within the window, then completed through the webhook. */
	deferred: number;
	/** Already too old when taken up (or about to be): not worked on, not answered. */
	expired: number;
	/** Discord refused the answer as too late or duplicate (10062, 40060). */
	gone: number;
	/** A handler or a request failed; the error reply was attempted. */
	failed: number;
	/** The host clock disagreed with the id's timestamp; taken as just arrived. */
	clockSkew: number;
}

export interface AnswererOptions {
	core: BotCore;
	/** For the webhook (deferred answers, deletes, follow-ups): interaction tokens authorize, no bot token needed. */
	rest: REST;
	logger: Logger;
	clock?: DiscordClock | undefined;
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
	readonly counts: AnswerCounts = { answered: 0, deferred: 0, expired: 0, gone: 0, failed: 0, clockSkew: 0 };
	readonly clock: DiscordClock;
	readonly #core: BotCore;
	readonly #rest: REST;
	readonly #logger: Logger;
	readonly #costs = new AnswerCosts();
	readonly #queue = new WorkQueue();
	readonly #deferAfterMs: number | undefined;

	constructor({ core, rest, logger, clock, deferAfterMs }: AnswererOptions) {
		this.#core = core;
		this.#rest = rest;
		this.#logger = logger;
		this.clock = clock ?? new DiscordClock();
		this.#deferAfterMs = deferAfterMs;
	}

	get core(): BotCore {
		return this.#core;
	}

	/** Takes an interaction that `readInteraction` accepted; resolves once everything about it is sent or given up. */
	take(interaction: APIInteraction, door: Door): Promise<void> {
		return new Interaction(this, interaction, door).run();
	}

	/** @internal */
	get internals() {
		return {
			core: this.#core,
			rest: this.#rest,
			logger: this.#logger,
			costs: this.#costs,
			queue: this.#queue,
			deferAfterMs: this.#deferAfterMs,
		};
	}
}

type Outcome = 'ok' | 'deferred' | 'expired' | 'gone' | 'error';

/** One interaction's way through the answerer. */
class Interaction {
	readonly #answerer: Answerer;
	readonly #raw: APIInteraction;
	readonly #door: Door;
	readonly #arrivedAt: number;
	readonly #age: Age;
	#acknowledged: Promise<void> | undefined;
	#deferredAs: Visibility | undefined;
	#outcome: Outcome = 'ok';

	constructor(answerer: Answerer, interaction: APIInteraction, door: Door) {
		this.#answerer = answerer;
		this.#raw = interaction;
		this.#door = door;
		this.#arrivedAt = answerer.clock.now();
		this.#age = answerer.clock.arrived(interaction.id);
	}

	#ageNow(): number {
		return this.#answerer.clock.ageNow(this.#raw.id, this.#age, this.#arrivedAt);
	}

	async run(): Promise<void> {
		const { logger } = this.#answerer.internals;
		const started = performance.now();
		let described: ReturnType<typeof describeInteraction> | undefined;
		try {
			described = describeInteraction(this.#raw);
			if (this.#age.skewed) this.#answerer.counts.clockSkew += 1;
			await this.#answer();
		} catch (error) {
			this.#outcome = 'error';
			logger.error({ err: error, ...described }, 'interaction failed');
		}
		const line = {
			...described,
			ms: Math.round(performance.now() - started),
			outcome: this.#outcome,
			ageMs: Math.round(this.#age.ms),
			...(this.#age.skewed ? { clock: 'clock-skew' } : {}),
		};
		if (this.#outcome === 'expired' || this.#age.skewed) logger.warn(line, 'interaction');
		else logger.info(line, 'interaction');
	}

	async #answer(): Promise<void> {
		const { core, costs, queue } = this.#answerer.internals;
		if (this.#age.ms >= WINDOW_MS) return this.#expire('expired before it was taken up');
		let declared: Declared;
		try {
			declared = core.declare(this.#raw);
		} catch (error) {
			return this.#fail(error, 'private');
		}
		// PONG and autocomplete cannot be deferred; every other answer can, keeping the visibility declared.
		const visibility = declared === 'pong' || declared === 'choices' ? undefined : declared;
		// The decision is taken now, before any work: the queue ahead and this answer must fit with a margin in hand.
		const left = WINDOW_MS - this.#age.ms;
		if (visibility && left < MARGIN_MS + queue.length * costs.typicalMs + costs.expectedMs)
			void this.#defer(visibility);
		// #work never rejects: every failure goes to the error path.
		await new Promise<void>((resolve) =>
			queue.push(() => void this.#work(declared, visibility).then(resolve, resolve)),
		);
	}

	/** In the interaction's turn of the queue. */
	async #work(declared: Declared, visibility: Visibility | undefined): Promise<void> {
		const { core, costs } = this.#answerer.internals;
		try {
			if (this.#acknowledged) await this.#acknowledged;
			else {
				const age = this.#ageNow();
				if (age >= WINDOW_MS) return this.#expire('expired while waiting for its turn');
				if (visibility && WINDOW_MS - age < MARGIN_MS + costs.expectedMs) {
					// Too late to work first: defer, and let the work wait for the deferral to be sent.
					await this.#defer(visibility);
				}
			}
		} catch (error) {
			return GONE.has(discordCode(error) ?? 0) ? this.#gone(error) : this.#fail(error, declared);
		}
		const workStarted = performance.now();
		let answer: Answer;
		try {
			const work = core.answer(this.#raw);
			answer = visibility && !this.#acknowledged ? await this.#deferIfSlow(work, visibility) : await work;
		} catch (error) {
			return this.#fail(error, declared);
		}
		costs.record(performance.now() - workStarted);
		try {
			await this.#send(answer);
		} catch (error) {
			return GONE.has(discordCode(error) ?? 0) ? this.#gone(error) : this.#fail(error, declared);
		}
	}

	/** Asynchronous work (a handler that waits on something): defer when it has not settled in time. */
	async #deferIfSlow(work: Promise<Answer>, declared: Visibility): Promise<Answer> {
		const { deferAfterMs } = this.#answerer.internals;
		const wait = deferAfterMs ?? Math.max(0, WINDOW_MS - MARGIN_MS - this.#ageNow());
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), wait)));
		const first = await Promise.race([work, late]);
		clearTimeout(timer);
		if (first !== 'late') return first;
		await this.#defer(declared);
		return work;
	}

	#defer(declared: Visibility): Promise<void> {
		this.#deferredAs = declared;
		this.#outcome = 'deferred';
		this.#acknowledged = this.#door.acknowledge(deferralFor(declared));
		// Awaited in the interaction's turn, which may come later: a failure is handled there, not reported as unhandled.
		this.#acknowledged.catch(() => {});
		return this.#acknowledged;
	}

	async #send(answer: Answer): Promise<void> {
		if (!('show' in answer)) {
			// PONG and autocomplete are never deferred.
			if (this.#ageNow() >= WINDOW_MS) return this.#expire('worked out after the window');
			await this.#door.acknowledge(responseOf(answer));
			this.#answerer.counts.answered += 1;
			return;
		}
		if (this.#deferredAs) {
			await this.#steps(webhookSteps(answer, this.#deferredAs));
			this.#answerer.counts.deferred += 1;
			return;
		}
		// Never a first response after the window by our clock: Discord would refuse it anyway (10062).
		if (this.#ageNow() >= WINDOW_MS) return this.#expire('worked out after the window');
		this.#acknowledged = this.#door.acknowledge(responseOf(answer));
		await this.#acknowledged;
		this.#answerer.counts.answered += 1;
		await this.#steps(webhookSteps(answer));
	}

	async #steps(steps: WebhookStep[]): Promise<void> {
		const { rest } = this.#answerer.internals;
		const { application_id: app, token } = this.#raw;
		for (const step of steps) {
			if (step.kind === 'edit-original')
				await rest.patch(Routes.webhookMessage(app, token, '@original'), { body: step.body, auth: false });
			else if (step.kind === 'follow-up') await rest.post(Routes.webhook(app, token), { body: step.body, auth: false });
			else await rest.delete(Routes.webhookMessage(app, token, '@original'), { auth: false });
		}
	}

	async #expire(reason: string): Promise<void> {
		this.#outcome = 'expired';
		this.#answerer.counts.expired += 1;
		this.#answerer.internals.logger.debug({ reason }, 'interaction expired');
		await this.#door.drop('interaction expired');
	}

	#gone(error: unknown): void {
		this.#outcome = 'gone';
		this.#answerer.counts.gone += 1;
		this.#answerer.internals.logger.warn({ err: error }, 'Discord no longer accepts an answer to this interaction');
	}

	/** The one error path: log, then answer privately by whichever way Discord still accepts. */
	async #fail(error: unknown, declared: Declared): Promise<void> {
		const { logger } = this.#answerer.internals;
		this.#outcome = 'error';
		this.#answerer.counts.failed += 1;
		logger.error({ err: error }, 'handler failed');
		try {
			const locale = 'locale' in this.#raw ? this.#raw.locale : undefined;
			if (this.#acknowledged) {
				await this.#acknowledged.catch(() => {});
				// After a deferral the placeholder becomes the notice; after an answer, the notice follows privately.
				await this.#steps(webhookSteps(errorReply(locale), this.#deferredAs ?? 'update'));
			} else if (this.#ageNow() >= WINDOW_MS) {
				await this.#door.drop('interaction expired');
			} else if (declared === 'choices') {
				await this.#door.acknowledge(autocompleteResponse([]));
			} else if (declared === 'pong') {
				await this.#door.acknowledge({ type: 1 });
			} else {
				await this.#door.acknowledge(responseOf(errorReply(locale)));
			}
		} catch (sendError) {
			logger.error({ err: sendError }, 'could not send the error reply');
		}
	}
}
