import { PARTS } from './wordnet-files.ts';
import { dataText } from './wordnet-kept.ts';
import { wordFilter, type WordFilter } from './word-filter.ts';

/** Worked out once per WordNet folder and process: it depends on WordNet alone, not on the corpus. */
const made = new Map<string, WordFilter>();

/**
 * The words WordNet knows as common words, in every part of speech: lemmas of one word written in lower case
 * ("crisis", "unrest"), not names only ("Iran", "Kosovo", written with a capital in every synset). A reader's word
 * that is not among them (a name, or a word WordNet lacks, like "apec") names one thing: a word near it in word
 * vectors is another thing, never the same in other words (see `saysEveryPart`). Every synset's line is read once;
 * the words are kept as a filter (see `WordFilter`), not a list.
 */
export function commonWords(dictDir: string): WordFilter {
	let filter = made.get(dictDir);
	if (!filter) made.set(dictDir, (filter = wordFilter(lowerCaseLemmas(dictDir))));
	return filter;
}

/** The one-word lemmas of every data file that start with a small letter. */
function lowerCaseLemmas(dictDir: string): Set<string> {
	const words = new Set<string>();
	for (const [file] of PARTS) {
		const text = dataText(dictDir, file);
		// Each line: offset, lexicographer file, synset type, word count (hex), then each word and its lex_id. The
		// licence header's lines start with spaces.
		for (let line = 0; line < text.length; line = next(text, line)) {
			if (text.charCodeAt(line) === 32) continue;
			let at = line;
			for (let field = 0; field < 3; field += 1) at = text.indexOf(' ', at) + 1;
			const countEnd = text.indexOf(' ', at);
			const count = Number.parseInt(text.slice(at, countEnd), 16);
			at = countEnd + 1;
			for (let i = 0; i < count; i += 1) {
				const end = text.indexOf(' ', at);
				// An adjective's marker ("(a)", "(p)") is not part of the word.
				const lemma = text.slice(at, end).replace(/\(\w+\)$/, '');
				// One word: a reader's word of several is no word vectors know (see `addNeighbours`).
				if (/^[a-z][a-z-]*$/.test(lemma)) words.add(lemma);
				at = text.indexOf(' ', end + 1) + 1;
			}
		}
	}
	return words;
}

/** Where the line after the one starting at `line` starts (the text's length after the last). */
function next(text: string, line: number): number {
	const end = text.indexOf('\n', line);
	return end < 0 ? text.length : end + 1;
}
