import { PARTS } from './wordnet-files.ts';
import { dataText } from './wordnet-kept.ts';
import { wordFilter, type WordFilter } from './word-filter.ts';

/**
 * The words WordNet knows as common words, in every part of speech: lemmas written in lower case ("crisis",
 * "unrest"), not names only ("Iran", "Kosovo", written with a capital in every synset). A reader's
 * word that is not among them (a name, or a word WordNet lacks, like "apec") names one thing: a word near it in word
 * vectors is another thing, never the same in other words (see `saysEveryPart`). Every synset's line is read, once,
 * when the table is made; the words are kept as a filter (see `WordFilter`), not a list.
 */
export function commonWords(dictDir: string): WordFilter {
	const words = new Set<string>();
	for (const [file] of PARTS) {
		const text = dataText(dictDir, file);
		for (let start = 0; start < text.length;) {
			const end = text.indexOf('\n', start);
			const line = text.slice(start, end < 0 ? text.length : end);
			start = end < 0 ? text.length : end + 1;
			// The licence header's lines start with spaces.
			if (line.startsWith(' ')) continue;
			// offset lex_filenum ss_type w_cnt (hex) then each word with its lex_id.
			const fields = line.split(' ', 4 + 2 * 0x40);
			const count = Number.parseInt(fields[3] ?? '0', 16);
			for (let i = 0; i < count; i += 1) {
				// An adjective's marker ("(a)", "(p)") is not part of the word.
				const lemma = (fields[4 + 2 * i] ?? '').replace(/\(\w+\)$/, '');
				// One word: a reader's word of several is no word vectors know (see `addNeighbours`).
				if (/^[a-z][a-z-]*$/.test(lemma)) words.add(lemma);
			}
		}
	}
	return wordFilter(words);
}
