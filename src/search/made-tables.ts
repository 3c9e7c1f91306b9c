import type { RelatedWordsTable } from './related-words.ts';

/**
 * Related-words tables made in this process, by their key (documents, language data, sources): reducing WordNet takes
 * about a second even for a small corpus, and a process that indexes the same corpus again (a test file, a tool that
 * builds without a cache folder) gets the same table. Read-only: a query copies what it adds to a table's lists.
 */
const madeTables = new Map<string, RelatedWordsTable>();
/** A few corpora at most: a bot indexes one. */
const MAX_MADE_TABLES = 4;

export function madeOnce(key: string, make: () => RelatedWordsTable): RelatedWordsTable {
	const known = madeTables.get(key);
	if (known) return known;
	const made = make();
	if (madeTables.size >= MAX_MADE_TABLES) madeTables.delete(madeTables.keys().next().value ?? '');
	madeTables.set(key, made);
	return made;
}
