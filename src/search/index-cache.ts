import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch, { type Options } from 'minisearch';
import {
	NO_SNAPSHOT,
	readSnapshot,
	readSnapshotBody,
	snapshotMatches,
	Unusable,
	writeSnapshot,
	writeSnapshotBody,
} from '../cache/snapshot-file.ts';
import { CompactPostings } from './compact-postings.ts';
import { decodePostings, encodePostings, type WordEntry } from './postings-snapshot.ts';
import { snapshotKey } from './snapshot-key.ts';

/**
 * A snapshot of a built index on disk (its compact postings and the words it learned, in binary: see
 * `postings-snapshot.ts`), so that a restart with the same corpus loads the index instead of analysing every
 * paragraph again. A snapshot is used only when its key matches: a hash of what the
 * index is built from (the documents as indexed and the language data), the index options, the source of the code
 * that analyses text, and the versions of MiniSearch, the stemmer and Node's Unicode data. Anything else (another key,
 * a file cut short, bytes that do not hash to what its header says, sections that do not fit together) means: build
 * again and replace it.
 */

/** The default folder: beside the dependencies, outside the repository's tracked files, shared by tools that clean caches. */
export const DEFAULT_INDEX_CACHE_DIR = fileURLToPath(
	new URL('../../node_modules/.cache/conclusions-bot', import.meta.url),
);

/** Receives every indexed word as (word, its term, its field), `times` times at once when replayed from a snapshot. */
export type TermListener = (word: string, term: string, field: string | undefined, times: number) => void;

/** What happened to the snapshot, for the log. */
export type CacheEvent =
	| { kind: 'loaded'; file: string; ms: number }
	| { kind: 'built'; file: string; ms: number; writeMs: number }
	| { kind: 'rebuilt'; file: string; reason: 'stale' | 'corrupt'; detail: string; ms: number; writeMs: number }
	| { kind: 'write-failed'; file: string; detail: string };

export interface IndexInput<T> {
	/** What the index is named by on disk (one snapshot per name; a new key replaces the old one). */
	name: string;
	/** The MiniSearch options, with `onTerm` wired into `processTerm`. */
	options: (onTerm: (word: string, term: string, field: string | undefined) => void) => Options<T>;
	/** The documents, made when needed: a snapshot's load needs only their ids, and a key their fingerprint if any. */
	documents: () => readonly T[];
	/** The documents' ids, in order (the snapshot does not store them again when the index numbers them in order). */
	ids: () => readonly string[];
	/** What the documents are made from: the same object means the same documents (their key is remembered by it). */
	source: object;
	/** What the documents were made from, when known: it keys the snapshot instead of the documents' contents. */
	fingerprint?: string | undefined;
	/** The analyser's term for a word, to check a sample of a snapshot's words against the code that loads it. */
	termOf: (word: string, field: string | undefined) => string | null | undefined;
	/** Inputs besides the documents that change the terms (spelling and synonym data). */
	extra: unknown;
	onTerm: TermListener;
}

/** Where snapshots live, and what to tell about them. `dir` undefined: no snapshots (always build). */
export class IndexCache {
	/** Keys by what the documents they hash are made from (the same source means the same corpus, options and code). */
	readonly #keys = new WeakMap<object, string>();

	constructor(
		readonly dir: string | undefined,
		private readonly report: (event: CacheEvent) => void = () => {},
	) {}

	/**
	 * The index for `input`, as compact postings: loaded from its snapshot when that is valid for exactly this input,
	 * else built (and the snapshot written for next time). Replays the words the listener saw while building, so that
	 * what it learned (the vocabulary) is the same either way.
	 */
	postings<T>(input: IndexInput<T>): CompactPostings {
		const started = performance.now();
		const ms = () => Math.round(performance.now() - started);
		if (this.dir === undefined) return build(input, false).postings;
		const { file, key } = this.#where(this.dir, input);
		let problem: Unusable | undefined;
		try {
			const loaded = load(input, readSnapshotBody(file, key));
			this.report({ kind: 'loaded', file, ms: ms() });
			return loaded;
		} catch (error) {
			if (error instanceof Unusable) problem = error;
			else if (!NO_SNAPSHOT.has((error as NodeJS.ErrnoException).code ?? ''))
				problem = new Unusable('corrupt', error instanceof Error ? error.message : String(error));
		}
		const built = build(input, true);
		const writing = performance.now();
		try {
			writeSnapshotBody(file, key, encodePostings(built.postings.parts(), built.words, input.ids()));
		} catch (error) {
			this.report({ kind: 'write-failed', file, detail: error instanceof Error ? error.message : String(error) });
		}
		const writeMs = Math.round(performance.now() - writing);
		this.report(
			problem
				? { kind: 'rebuilt', file, reason: problem.reason, detail: problem.message, ms: ms(), writeMs }
				: { kind: 'built', file, ms: ms(), writeMs },
		);
		return built.postings;
	}

	/** Whether a snapshot for exactly this input is on disk (its header only is read): then no build is needed. */
	has<T>(input: IndexInput<T>): boolean {
		if (this.dir === undefined) return false;
		const { file, key } = this.#where(this.dir, input);
		return snapshotMatches(file, key);
	}

	#where<T>(dir: string, input: IndexInput<T>): { file: string; key: string } {
		const file = join(dir, `${input.name.replace(/[^\w-]/g, '_')}.index`);
		// Hashing a large corpus takes a while: a look before loading (`has`) and the load share one key.
		let key = this.#keys.get(input.source);
		if (key === undefined) {
			key = snapshotKey(
				input.documents,
				input.extra,
				input.options(() => {}),
				input.fingerprint,
			);
			this.#keys.set(input.source, key);
		}
		return { file, key };
	}
}

/**
 * A table worked out from the corpus (the reduced related words, the learned acronyms), kept in its own snapshot
 * beside the index's: loaded when the snapshot is valid for exactly the key `keyOf` gives, else made and saved; made
 * every time without a cache folder. `check` refuses what does not have the table's shape.
 */
export function cachedTable<T>(
	cache: IndexCache,
	name: string,
	keyOf: () => string,
	make: () => T,
	check: (value: unknown) => value is T,
): T {
	if (cache.dir === undefined) return make();
	const file = tableFile(cache.dir, name);
	// Hashing the documents is worth doing only with a folder to look in.
	const key = keyOf();
	try {
		const loaded = readSnapshot(file, key);
		if (check(loaded)) return loaded;
	} catch {
		// Missing, stale or damaged: made again below.
	}
	const made = make();
	try {
		writeSnapshot(file, key, made);
	} catch {
		// Not saved: made again next start, as without a cache.
	}
	return made;
}

/** Whether `cache` holds a snapshot of the table `name` for exactly `key` (its header only is read). */
export function hasCachedTable(cache: IndexCache, name: string, key: string): boolean {
	return cache.dir !== undefined && snapshotMatches(tableFile(cache.dir, name), key);
}

function tableFile(dir: string, name: string): string {
	return join(dir, `${name.replace(/[^\w-]/g, '_')}.table`);
}

/** Builds the index; with `record`, also what the listener saw (word, term, field → count) for a snapshot. */
function build<T>(input: IndexInput<T>, record: boolean): { postings: CompactPostings; words: WordEntry[] } {
	const seen = new Map<string, WordEntry>();
	const miniSearch = new MiniSearch<T>(
		input.options((word, term, field) => {
			input.onTerm(word, term, field, 1);
			if (!record) return;
			const id = `${field ?? ''}\0${word}`;
			const entry = seen.get(id);
			if (entry) entry[3] += 1;
			else seen.set(id, [word, term, field, 1]);
		}),
	);
	miniSearch.addAll(input.documents());
	// Searched through its compact copy: the MiniSearch object itself is not kept (see `CompactPostings`).
	return { postings: CompactPostings.fromMiniSearch(miniSearch), words: [...seen.values()] };
}

/** How many of a snapshot's words are analysed again on load, at most: enough to notice an analysis that changed. */
const WORDS_CHECKED = 512;

/**
 * Restores a snapshot: the compact postings, then the words replayed to the listener (the analyser remembers the
 * text's words as it meets them, see `Analyzer.seal`). A sample of the words spread over the list is analysed again
 * first: a word whose term differs from the recorded one means the analysis changed under the same key, and the
 * snapshot is refused (before the listener hears anything).
 */
function load<T>(input: IndexInput<T>, body: Buffer): CompactPostings {
	const { postings, words } = decodePostings(body, input.ids());
	words.forEvery(Math.ceil(words.length / WORDS_CHECKED), (word, term, field) => {
		if (input.termOf(word, field) !== term) throw new Unusable('stale', `"${word}" no longer analyses to "${term}"`);
	});
	words.forEach(input.onTerm);
	return postings;
}
