import type { AcronymTable } from './acronyms.ts';
import type { RelatedWordsTable } from './related-words.ts';

/** The tables a search makes on first need that take seconds to make (and a few milliseconds to read back). */
export type TableName = 'related-words' | 'acronyms';

/** Tables made elsewhere for the same corpus and options (a worker thread's), to be taken as made here. */
export interface MadeTables {
	relatedWords?: RelatedWordsTable | undefined;
	acronyms?: AcronymTable | undefined;
}

/**
 * What a search may do on first need, beside the index itself: make or read the tables, learn which acronyms the text
 * defines, open the word vectors and read the corpus words' vectors.
 */
export type FirstNeed = TableName | 'acronym-definitions' | 'word-vectors';

/** Told of each piece of first-need work once done in the thread that asked for it, with the time it took. */
export type FirstNeedListener = (work: FirstNeed, ms: number) => void;

/** `get`'s value, made on first call by `make`, timed and told to `onDone` then (when `make` gave one). */
export function firstNeed<T>(
	work: FirstNeed,
	get: () => T | undefined,
	make: () => T,
	onDone: FirstNeedListener,
): () => T {
	return () => {
		const known = get();
		if (known !== undefined) return known;
		const started = performance.now();
		const made = make();
		if (made !== undefined) onDone(work, performance.now() - started);
		return made;
	};
}
