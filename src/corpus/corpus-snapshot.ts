import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_SNAPSHOT, readSnapshotBody, Unusable, writeSnapshotBody } from '../cache/snapshot-file.ts';
import { decodeDerived, encodeDerived, type Derived } from './derived-format.ts';

/**
 * What loading a corpus works out from its files (paragraph boundaries and numbers, sections, whitespace-normalized
 * text, themes, the warnings) kept in a snapshot, so that a restart with the same files reads the result instead of
 * parsing every text and matching every paragraph against every theme pattern again: most of a start at 30,000
 * paragraphs. The files are still read and hashed (the key is made from them), and each paragraph's text is taken
 * from its file's bytes when the text stands there as published (one decode per paragraph, no copy in the snapshot);
 * only texts the parser joined or changed (wrapped lines) are stored.
 *
 * A snapshot is used only for exactly the files it was made from (a hash of their bytes and paths) read by exactly
 * this code (the corpus modules' source, Node's Unicode data); one damaged or made for other files is parsed again
 * and replaced.
 */

/** What a snapshot's outcome was, for the log. */
export type CorpusCacheEvent =
	| { kind: 'loaded'; file: string; ms: number }
	| { kind: 'built'; file: string; ms: number }
	| { kind: 'rebuilt'; file: string; reason: 'stale' | 'corrupt'; detail: string; ms: number }
	| { kind: 'write-failed'; file: string; detail: string };

/**
 * Bumped when what is stored changes (2: the annex and printed number of a paragraph held under a shifted number; 3:
 * where a text stands counted in its file's characters, not bytes; 4: the section naming a mark printed again in
 * another). The key also hashes this folder's code, so a snapshot written before a change is refused either way.
 */
const LAYOUT = 4;

let codeFingerprint: string | undefined;

/**
 * The source of the corpus modules (how texts are parsed and themes assigned) and of the snapshot format, hashed once
 * per process.
 */
function corpusCode(): string {
	if (codeFingerprint === undefined) {
		const hash = createHash('sha256');
		for (const folder of [new URL('./', import.meta.url), new URL('../cache/', import.meta.url)]) {
			const names = readdirSync(folder).filter((n) => /\.[cm]?[jt]s$/.test(n));
			for (const name of names.sort()) hash.update(name).update(readFileSync(new URL(name, folder)));
		}
		hash.update(`unicode@${process.versions.unicode ?? ''} icu@${process.versions.icu ?? ''}`);
		codeFingerprint = hash.digest('hex');
	}
	return codeFingerprint;
}

/** The key of a corpus: the hash of its files' bytes, where they were read from, the code reading them. */
export function corpusKey(filesHash: string, paths: readonly string[], themeIds: readonly string[]): string {
	return createHash('sha256')
		.update(`corpus layout ${LAYOUT}\n${filesHash}\n${JSON.stringify(paths)}\n${JSON.stringify(themeIds)}\n`)
		.update(corpusCode())
		.digest('hex');
}

/** The corpus files a snapshot is checked against and decoded with. */
interface SnapshotFrom {
	slugs: readonly string[];
	sources: readonly Buffer[];
	themeIds: readonly string[];
}

/** The snapshot's data when it is valid for `key`, or why it is not (nothing when there is none). */
function readDerived(
	file: string,
	key: string,
	from: SnapshotFrom,
): { derived: Derived } | { derived?: undefined; problem: Unusable | undefined } {
	try {
		return { derived: decodeDerived(readSnapshotBody(file, key), from.slugs, from.sources, from.themeIds) };
	} catch (error) {
		if (error instanceof Unusable) return { problem: error };
		if (NO_SNAPSHOT.has((error as NodeJS.ErrnoException).code ?? '')) return { problem: undefined };
		return { problem: new Unusable('corrupt', error instanceof Error ? error.message : String(error)) };
	}
}

/** Saves what was derived for next time, and reports how the load went. */
function saveDerived(
	file: string,
	key: string,
	from: SnapshotFrom,
	derived: Derived,
	problem: Unusable | undefined,
	ms: () => number,
	report: (event: CorpusCacheEvent) => void,
): void {
	try {
		writeSnapshotBody(file, key, encodeDerived(derived, from.sources, from.themeIds));
	} catch (error) {
		report({ kind: 'write-failed', file, detail: error instanceof Error ? error.message : String(error) });
	}
	report(
		problem
			? { kind: 'rebuilt', file, reason: problem.reason, detail: problem.message, ms: ms() }
			: { kind: 'built', file, ms: ms() },
	);
}

/** A snapshot looked up: its data when valid, else a way to save what is derived instead (timed from the lookup). */
interface SnapshotLookup {
	derived?: Derived;
	save: (derived: Derived) => void;
}

function lookUpSnapshot(
	dir: string,
	name: string,
	key: string,
	from: SnapshotFrom,
	report: (event: CorpusCacheEvent) => void,
): SnapshotLookup {
	const started = performance.now();
	const ms = () => Math.round(performance.now() - started);
	const file = join(dir, `${name}.corpus`);
	const read = readDerived(file, key, from);
	if (read.derived) {
		report({ kind: 'loaded', file, ms: ms() });
		return { derived: read.derived, save: () => {} };
	}
	return { save: (derived) => saveDerived(file, key, from, derived, read.problem, ms, report) };
}

/**
 * The corpus's derived data from the snapshot in `dir` when it is valid for `key`, else `derive()`'s (then saved
 * for next time). Never fails for the snapshot's sake: a snapshot that cannot be read or written only costs a parse.
 */
export function cachedDerived(
	dir: string,
	name: string,
	key: string,
	from: SnapshotFrom,
	derive: () => Derived,
	report: (event: CorpusCacheEvent) => void = () => {},
): Derived {
	const snapshot = lookUpSnapshot(dir, name, key, from, report);
	if (snapshot.derived) return snapshot.derived;
	const derived = derive();
	snapshot.save(derived);
	return derived;
}

/** `cachedDerived` whose `derive` is asynchronous (it loads the parser first): called only when the snapshot is not valid. */
export async function cachedDerivedLazily(
	dir: string,
	name: string,
	key: string,
	from: SnapshotFrom,
	derive: () => Promise<Derived>,
	report: (event: CorpusCacheEvent) => void = () => {},
): Promise<Derived> {
	const snapshot = lookUpSnapshot(dir, name, key, from, report);
	if (snapshot.derived) return snapshot.derived;
	const derived = await derive();
	snapshot.save(derived);
	return derived;
}
