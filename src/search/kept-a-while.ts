/**
 * What a process works out from large files that do not change (WordNet's, the word vectors'), kept by key while it is
 * used and let go a minute after its last use. A process that reduces WordNet for several corpora (the test suite,
 * whose files index corpora of their own) reads and splits the files once instead of once per corpus; the bot, which
 * reduces WordNet once and caches the table (see build-index.ts), carries none of it afterwards.
 */
export class KeptAWhile<T> {
	readonly #kept = new Map<string, { value: T; timer: ReturnType<typeof setTimeout> }>();

	constructor(
		readonly make: () => T,
		readonly ms = 60_000,
	) {}

	/** The value kept for `key` (made if there is none); its minute starts again. */
	get(key: string): T {
		const entry = this.#kept.get(key);
		if (entry) clearTimeout(entry.timer);
		const value = entry ? entry.value : this.make();
		const timer = setTimeout(() => this.#kept.delete(key), this.ms);
		// A kept value never holds a process open.
		timer.unref();
		this.#kept.set(key, { value, timer });
		return value;
	}
}
