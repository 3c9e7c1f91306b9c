import type { RelatedWordsTable } from './related-words.ts';

/**
 * Related-words tables made in this process, by their key (documents, language data, sources): reducing WordNet takes
 * about a second even for a small corpus, and a process that indexes the same corpus again (a test file, a tool that
 * builds without a cache folder) gets the same table. Read-only: a query copies what it adds to a table's lists.
 */
const madeTables = new Map<string, RelatedWordsTable>();
/** A few corpora at most (a bot indexes one); the one used longest ago goes first. */
const MAX_MADE_TABLES = 6;

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
	const table = make();
	if (made.size >= MAX_MADE_TABLES) made.delete(made.keys().next().value ?? '');
	made.set(key, table);
	return table;
}

/** Whether this process has made the table of this key (then `madeOnce` returns it at once). */
export function madeAlready(key: string, made: Map<string, RelatedWordsTable> = madeTables): boolean {
	return made.has(key);
}
