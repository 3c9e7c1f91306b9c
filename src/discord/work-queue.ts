/**
 * Answers are worked out one at a time, each in its own turn of the event loop, so that between two pieces of
 * synchronous work the process reads new interactions and sends what is ready (a deferral in particular). Without
 * it, a burst is worked through inside the socket's read callback and nothing new is even seen until it is done.
 */
export class WorkQueue {
	readonly #jobs: (() => void)[] = [];
	#scheduled = false;

	/** Jobs waiting for their turn. */
	get length(): number {
		return this.#jobs.length;
	}

	/** Runs `job` in a later turn, after the jobs already queued. `job` must not throw. */
	push(job: () => void): void {
		this.#jobs.push(job);
		this.#schedule();
	}

	#schedule(): void {
		if (this.#scheduled) return;
		this.#scheduled = true;
		setImmediate(this.#runOne);
	}

	readonly #runOne = (): void => {
		this.#scheduled = false;
		const job = this.#jobs.shift();
		if (this.#jobs.length > 0) this.#schedule();
		job?.();
	};
}
