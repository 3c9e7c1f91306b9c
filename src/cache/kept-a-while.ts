/**
 * What a process works out from large files that do not change (WordNet's, the word vectors'), kept by key while it is
 * used and let go a minute after its last use. A process that works on several corpora (the test suite, whose files
 * index corpora of their own) reads and splits the files once instead of once per corpus; the bot, which does that
 * work once and caches what it makes (see build-index.ts), carries none of it afterwards.
 */
export class KeptAWhile<T> {
	readonly #kept = new Map<string, { value: T; usedAt: number }>();

	constructor(
		readonly make: () => T,
		readonly ms = 60_000,
	) {}

	/** The value kept for `key` (made if there is none); its minute starts again. Cheap enough to ask per word. */
	get(key: string): T {
		const entry = this.#kept.get(key);
		if (entry) {
			entry.usedAt = Date.now();
			return entry.value;
		}
		const made = { value: this.make(), usedAt: Date.now() };
		this.#kept.set(key, made);
		this.#expire(key, this.ms);
		return made.value;
	}

	/** Lets the value go once it has gone unused for the whole time, looking again when it was used meanwhile. */
	#expire(key: string, after: number): void {
		// A kept value never holds a process open.
		setTimeout(() => {
			const entry = this.#kept.get(key);
			if (!entry) return;
			const left = entry.usedAt + this.ms - Date.now();
			if (left > 0) this.#expire(key, left);
			else this.#kept.delete(key);
		}, after).unref();
	}
}
