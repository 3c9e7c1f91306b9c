import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshot, writeSnapshot } from '../cache/snapshot-file.ts';
import type { RelatedWordsTable } from './related-words.ts';

/**
 * Related-words tables made in this process, by their key (documents, language data, sources): reducing WordNet takes
 * about a second even for a small corpus, and a process that indexes the same corpus again (a test file, a tool that
 * builds without a cache folder) gets the same table. Read-only: a query copies what it adds to a table's lists.
 */
const madeTables = new Map<string, RelatedWordsTable>();
/** A few corpora at most (a bot indexes one); the one used longest ago goes first. */
const MAX_MADE_TABLES = 6;

/** A folder this process shares the tables it makes through, with other processes doing the same (`shareMadeTables`). */
let sharedDir: string | undefined;

/**
 * Shares this process's tables with other processes through `dir` (undefined: no longer): a table one of them made is
 * read back (milliseconds), one another is making is waited for, and only a table none has is made (then saved there).
 * For processes that index the same corpora side by side, as the test suite's workers do: each table is then made
 * once, not once per process. Files are named by key (a hash of everything the table is made from), so a table of
 * other documents or code is never taken; the folder is the caller's to remove.
 */
export function shareMadeTables(dir: string | undefined): void {
	sharedDir = dir;
}

/** `made`: this process's tables, unless a test brings its own. */
export function madeOnce(
	key: string,
	make: () => RelatedWordsTable,
	made: Map<string, RelatedWordsTable> = madeTables,
): RelatedWordsTable {
	const known = made.get(key);
	if (known) {
		// Used again: last in line to go.
		made.delete(key);
		made.set(key, known);
		return known;
	}
	const table = made === madeTables && sharedDir !== undefined ? madeShared(sharedDir, key, make) : make();
	if (made.size >= MAX_MADE_TABLES) made.delete(made.keys().next().value ?? '');
	made.set(key, table);
	return table;
}

/** Whether this process has made the table of this key (then `madeOnce` returns it at once). */
export function madeAlready(key: string, made: Map<string, RelatedWordsTable> = madeTables): boolean {
	return made.has(key);
}

/** How often a process waiting for another's table looks for it. */
const LOOK_EVERY_MS = 25;
/**
 * A table being made longer than this is taken as given up (its maker gone): the waiting process makes it. Making one
 * takes a few seconds on a busy machine.
 */
const GIVEN_UP_MS = 30_000;
/** Never notified: waiting on it sleeps the thread (a table is made synchronously, so the waiter has nothing to do). */
const SLEEP = new Int32Array(new SharedArrayBuffer(4));

/**
 * The table of `key` from the shared folder: read back when there, waited for while another process makes it (its
 * `.making` file, created exclusively, says so), else made here and saved for the others.
 */
function madeShared(dir: string, key: string, make: () => RelatedWordsTable): RelatedWordsTable {
	const file = join(dir, `${key}.table`);
	const making = `${file}.making`;
	for (;;) {
		const saved = savedTable(file, key);
		if (saved) return saved;
		if (claim(making)) break;
		Atomics.wait(SLEEP, 0, 0, LOOK_EVERY_MS);
	}
	try {
		// Saved by another process between the look and the claim.
		const saved = savedTable(file, key);
		if (saved) return saved;
		const table = make();
		try {
			writeSnapshot(file, key, table);
		} catch {
			// Not shared: the others make it themselves.
		}
		return table;
	} finally {
		rmSync(making, { force: true });
	}
}

function savedTable(file: string, key: string): RelatedWordsTable | undefined {
	try {
		const saved = readSnapshot(file, key);
		return typeof saved === 'object' && saved !== null ? (saved as RelatedWordsTable) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Whether this process may make the table: it created the `.making` file, or the one there is older than
 * `GIVEN_UP_MS`, or the folder cannot hold one (then each process makes its own, as without sharing).
 */
function claim(making: string): boolean {
	try {
		closeSync(openSync(making, 'wx'));
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return true;
	}
	try {
		return Date.now() - statSync(making).mtimeMs > GIVEN_UP_MS;
	} catch {
		// Removed meanwhile: the table is saved, or its maker failed; look again.
		return false;
	}
}
