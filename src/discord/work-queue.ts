/** Work waits for first responses in flight, but never longer than this (a request that hangs must not stop all). */
const MAX_HOLD_MS = 250;
/**
 * First responses sent at the same time. Beyond a few, more requests at once only make each take longer, and a
 * response that waits in our queue can still be given up when too late, one stuck in a socket cannot. But none waits
 * for a place past the time it can still leave in time (see `WorkQueue.send`).
 */
const MAX_SENDING = 8;

/** A first response waiting to be sent. */
interface ToSend {
	start: () => void;
	/** How much longer it can wait to be sent and still reach Discord in time. */
	slackMs: () => number;
}

const NO_DEADLINE = () => Number.POSITIVE_INFINITY;

/**
 * Deferred work waits while interactions keep arriving or first responses keep going out (a gap shorter than this
 * since the last one): a burst that comes in over many requests is read, and each interaction deferred, and the
 * answers are taken in by their readers, before work that has 15 minutes holds the process. Never for longer than
 * `MAX_POSTPONE_MS`, so that steady traffic cannot starve deferred work.
 */
const TRAFFIC_GAP_MS = 20;
const MAX_POSTPONE_MS = 1000;

export type Lane = 'urgent' | 'later';

/**
 * Answers are worked out one at a time, each in its own turn of the event loop, so that between two pieces of
 * synchronous work the process reads new interactions and sends what is ready. Two rules keep Discord's window: first
 * responses go out before more work starts (work waits while one is in flight), and answers still due within the
 * window (`urgent`) are worked out before deferred ones, which have 15 minutes (`later`).
 */
export class WorkQueue {
	readonly #urgent: (() => void)[] = [];
	readonly #later: (() => void)[] = [];
	/** When each job in `#later` was queued (same order). */
	readonly #laterAt: number[] = [];
	/** When the last interaction arrived (`arrived`) or first response went out. */
	#lastTraffic = Number.NEGATIVE_INFINITY;
	#postponeTimer: NodeJS.Timeout | undefined;
	readonly #toSend: ToSend[] = [];
	/** How long a first response may take to send lately: the wait for a place among those in flight. */
	readonly #sendMs: () => number;
	/** How long a job may hold the process, lately. */
	readonly #jobMs: () => number;
	/** The first responses in flight. */
	readonly #flying = new Set<ToSend>();
	#overflowTimer: NodeJS.Timeout | undefined;
	/** First responses waiting to be sent or in flight. */
	#sending = 0;
	#inFlight = 0;
	#heldSince: number | undefined;
	#scheduled = false;
	#holdTimer: NodeJS.Timeout | undefined;
	/** When the last urgent job started while others waited behind it. */
	#lastBackloggedStart: number | undefined;
	/** Recent time from one urgent job's start to the next's while backlogged: work plus waits for sends. */
	#turnMs = 0;

	/** `sendMs`: how long a first response may take to send, lately; `jobMs`: how long a job may hold the process. */
	constructor(sendMs: () => number = () => 0, jobMs: () => number = () => 0) {
		this.#sendMs = sendMs;
		this.#jobMs = jobMs;
	}

	/** Answers due or first responses are waiting: a burst is on, and an answer worked out now would wait to be sent. */
	get busy(): boolean {
		return this.#urgent.length > 0 || this.#toSend.length > 0;
	}

	/**
	 * How long an urgent job queued now waits for its turn: the jobs ahead times the longer of what a job costs and
	 * how often, lately, one has started (holds for sending included).
	 */
	urgentWaitMs(jobMs: number): number {
		return this.#urgent.length * Math.max(jobMs, this.#turnMs);
	}

	/** An interaction has arrived: deferred work waits while more keep coming (see `TRAFFIC_GAP_MS`). */
	arrived(): void {
		this.#lastTraffic = performance.now();
	}

	/** Runs `job` in a later turn, after the jobs already queued in its lane. `job` must not throw. */
	push(job: () => void, lane: Lane): void {
		if (lane === 'urgent') this.#urgent.push(job);
		else {
			this.#later.push(job);
			this.#laterAt.push(performance.now());
		}
		this.#schedule();
	}

	/** Runs an asynchronous step in its lane's turn; settles when the step has (a step's failure is its own to handle). */
	inTurn(step: () => Promise<void>, lane: Lane): Promise<void> {
		return new Promise<void>((resolve) => this.push(() => void step().then(resolve, resolve), lane));
	}

	/**
	 * Sends a first response, at most `MAX_SENDING` at once, in order; `start` runs when its turn to be sent comes (and
	 * may refuse by throwing, when it is too late by then). Work waits until the responses are out (or `MAX_HOLD_MS`).
	 * One whose `slackMs` (how much longer it can wait and still reach Discord in time) is shorter than a send takes
	 * goes at once, beyond the limit: waiting for a place, it would only be given up. With Discord's API slow to answer
	 * (a second a request), eight at once let sixteen of a burst through in time and gave the rest up, though a request
	 * held by Discord costs us nothing but a socket.
	 */
	send(start: () => Promise<void>, slackMs: () => number = NO_DEADLINE): Promise<void> {
		this.#sending += 1;
		return new Promise<void>((resolve, reject) => {
			const toSend: ToSend = {
				start: () => {
					this.#inFlight += 1;
					this.#flying.add(toSend);
					const sent = Promise.resolve().then(start);
					sent.then(resolve, reject);
					sent.then(this.#sent, this.#sent);
					sent.then(
						() => this.#flying.delete(toSend),
						() => this.#flying.delete(toSend),
					);
				},
				slackMs,
			};
			this.#toSend.push(toSend);
			this.#sendNext();
		});
	}

	/**
	 * A first response is out (or failed): the next may go at once, and work may go on one turn of the event loop
	 * later. An HTTP answer is "out" once handed to the socket; work started in the same turn (a check phase runs
	 * before the next poll for I/O) would hold the process before a reader in it (a test's Discord stand-in) takes the
	 * answer in, and a long search would then make an answer sent in time arrive late. Made once, not per response.
	 */
	readonly #sent = (): void => {
		this.#inFlight -= 1;
		this.#lastTraffic = performance.now();
		this.#sendNext();
		setImmediate(this.#released);
	};

	readonly #released = (): void => {
		this.#sending -= 1;
		this.#schedule();
	};

	/**
	 * Starts the first responses waiting, in order, while there is a place, or while the first one waiting cannot wait
	 * for a place (one send's time) and still be in time; otherwise looks again when it no longer could.
	 */
	#sendNext(): void {
		clearTimeout(this.#overflowTimer);
		this.#overflowTimer = undefined;
		const placeIn = this.#sendMs();
		for (let next = this.#toSend[0]; next; next = this.#toSend[0]) {
			if (this.#inFlight >= MAX_SENDING) {
				const canWait = next.slackMs() - placeIn;
				if (canWait > 0) {
					if (Number.isFinite(canWait)) {
						this.#overflowTimer = setTimeout(this.#overflowCheck, canWait);
						this.#overflowTimer.unref();
					}
					return;
				}
			}
			this.#toSend.shift();
			next.start();
		}
	}

	readonly #overflowCheck = (): void => this.#sendNext();

	#measureTurn(urgent: boolean): void {
		const now = performance.now();
		if (urgent && this.#lastBackloggedStart !== undefined)
			this.#turnMs = 0.8 * this.#turnMs + 0.2 * (now - this.#lastBackloggedStart);
		this.#lastBackloggedStart = urgent && this.#urgent.length > 0 ? now : undefined;
		if (!urgent && this.#urgent.length === 0) this.#turnMs *= 0.5;
	}

	#schedule(): void {
		if (this.#scheduled || this.#urgent.length + this.#later.length === 0) return;
		this.#scheduled = true;
		setImmediate(this.#runOne);
	}

	readonly #runOne = (): void => {
		this.#scheduled = false;
		const tightFor = this.#tightForMs();
		if (tightFor > 0) {
			clearTimeout(this.#holdTimer);
			this.#holdTimer = setTimeout(() => this.#schedule(), tightFor);
			this.#holdTimer.unref();
			return;
		}
		if (this.#sending > 0) {
			this.#heldSince ??= performance.now();
			const held = performance.now() - this.#heldSince;
			if (held < MAX_HOLD_MS) {
				// Woken when the responses are out, or when the hold is up.
				clearTimeout(this.#holdTimer);
				this.#holdTimer = setTimeout(() => this.#schedule(), MAX_HOLD_MS - held);
				this.#holdTimer.unref();
				return;
			}
		}
		this.#heldSince = undefined;
		clearTimeout(this.#holdTimer);
		if (this.#urgent.length === 0 && this.#postponed()) return;
		const urgent = this.#urgent.shift();
		this.#measureTurn(urgent !== undefined);
		let job = urgent;
		if (!job) {
			job = this.#later.shift();
			this.#laterAt.shift();
		}
		this.#schedule();
		job?.();
	};

	/**
	 * How long a job must wait so as not to make late a first response in flight that would still reach Discord in
	 * time (its request may not be on its way yet, and a job cannot be interrupted): until it is out or past the window.
	 */
	#tightForMs(): number {
		const jobMs = this.#jobMs();
		const sendMs = this.#sendMs();
		let longest = 0;
		for (const flying of this.#flying) {
			const slack = flying.slackMs();
			if (slack < jobMs && slack > -sendMs) longest = Math.max(longest, slack + sendMs);
		}
		return longest;
	}

	/** Deferred work waits for a gap in traffic (see `TRAFFIC_GAP_MS`); woken by a timer when it should look again. */
	#postponed(): boolean {
		const now = performance.now();
		const gapIn = this.#lastTraffic + TRAFFIC_GAP_MS - now;
		const overdueIn = (this.#laterAt[0] ?? now) + MAX_POSTPONE_MS - now;
		if (gapIn <= 0 || overdueIn <= 0) return false;
		clearTimeout(this.#postponeTimer);
		this.#postponeTimer = setTimeout(() => this.#schedule(), Math.min(gapIn, overdueIn));
		this.#postponeTimer.unref();
		return true;
	}
}
