import type { Corpus } from './types.ts';

/**
 * What a corpus was loaded from, as a hash (the files' bytes and paths, the code that read them): what an index key
 * can name instead of hashing every paragraph again (tens of milliseconds at 30,000 paragraphs). Kept beside the
 * corpus object, not in it: a copy made to change some paragraphs (a test's) has no fingerprint, and is hashed.
 * Nothing changes a loaded corpus in place.
 */
const fingerprints = new WeakMap<Corpus, { paragraphs: Corpus['paragraphs']; count: number; fingerprint: string }>();

/** Records what `corpus` was loaded from (by `loadCorpus`, or by a thread given a copy of a loaded corpus). */
export function rememberFingerprint(corpus: Corpus, fingerprint: string): void {
	fingerprints.set(corpus, { paragraphs: corpus.paragraphs, count: corpus.paragraphs.length, fingerprint });
}

/** The fingerprint of a corpus as loaded, or undefined (made by hand, or its paragraphs replaced since). */
export function corpusFingerprint(corpus: Corpus): string | undefined {
	const known = fingerprints.get(corpus);
	return known && known.paragraphs === corpus.paragraphs && known.count === corpus.paragraphs.length
		? known.fingerprint
		: undefined;
}
