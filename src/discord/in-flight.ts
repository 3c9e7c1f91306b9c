import { setTimeout as sleep } from 'node:timers/promises';

/** Work in flight (interactions being answered), so that a shutdown can let it finish, within a bound. */
export class InFlight {
	readonly #tasks = new Set<Promise<unknown>>();

	get size(): number {
		return this.#tasks.size;
	}

	/** Tracks a task until it settles; returns it unchanged. */
	track<T>(task: Promise<T>): Promise<T> {
		this.#tasks.add(task);
		// Inline callbacks: a named closure made per interaction is also named at run time by the TypeScript loader.
		task.then(
			() => void this.#tasks.delete(task),
			() => void this.#tasks.delete(task),
		);
		return task;
	}

	/**
	 * Resolves `true` once nothing is in flight (including work that started while waiting), or `false` after `graceMs`,
	 * whichever comes first.
	 */
	async settle(graceMs: number): Promise<boolean> {
		const deadline = sleep(graceMs, false as const, { ref: false });
		while (this.#tasks.size > 0) {
			const settled = Promise.allSettled([...this.#tasks]).then(() => true as const);
			if (!(await Promise.race([settled, deadline]))) return false;
		}
		return true;
	}
}
