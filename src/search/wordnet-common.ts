import { PARTS } from './wordnet-files.ts';
import { dataText, senseIndexText } from './wordnet-kept.ts';
import { PART_LETTER } from './wordnet-sense-counts.ts';
import { wordFilter, type WordFilter } from './word-filter.ts';

/** Worked out once per WordNet folder and process: they depend on WordNet alone, not on the corpus. */
const made = new Map<string, { common: WordFilter; names: WordFilter }>();

/**
 * The words WordNet knows as common words, in every part of speech: lemmas of one word written in lower case
 * ("crisis", "unrest"), not names only ("Iran", "Kosovo", written with a capital in every synset). A reader's word
 * that is not among them (a name, or a word WordNet lacks, like "apec") names one thing: a word near it in word
 * vectors is another thing, never the same in other words (see `saysEveryPart`). Every synset's line is read once;
 * the words are kept as a filter (see `WordFilter`), not a list.
 */
export function commonWords(dictDir: string): WordFilter {
	return filters(dictDir).common;
}

/**
 * The names WordNet writes as several words, each capitalized ("Middle East", "Cold War", "World Bank"), in lower case,
 * spaced: a reader who types such words capitalized names that thing, not its words in their common senses (see
 * `isTypedName`), where "Gun Smuggling" is only words typed capitalized.
 */
export function nameWords(dictDir: string): WordFilter {
	return filters(dictDir).names;
}

/** Worked out once per WordNet folder and process, like the filters above. */
const nounsMade = new Map<string, WordFilter>();

/**
 * The words WordNet's sense-tagged texts saw as nouns at least as often as in any other part of speech (or that are
 * nouns alone, or never seen): "debt", "disaster", "housing" are; "supply", "press", "old" are not. Read from each
 * sense's tag count in `index.sense` (a sense key's synset type is its part of speech: 1 noun, 2 verb, 3 and 5
 * adjective, 4 adverb). One word, lower case, as `commonWords`. See `ownedByLacking`, which asks it of a query's words.
 */
export function nounWords(dictDir: string): WordFilter {
	let found = nounsMade.get(dictDir);
	if (found) return found;
	const text = senseIndexText(dictDir);
	// Per lemma, its tag counts by part of speech letter.
	const counts = new Map<string, Map<string, number>>();
	for (let at = 0; at < text.length;) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		const mark = text.indexOf('%', at);
		const lemma = text.slice(at, mark);
		if (/^[a-z][a-z-]*$/.test(lemma)) {
			const part = PART_LETTER[text.charAt(mark + 1)] ?? '';
			const tagged = Number(text.slice(text.lastIndexOf(' ', end - 1) + 1, end)) || 0;
			const byPart = counts.get(lemma) ?? new Map<string, number>();
			byPart.set(part, (byPart.get(part) ?? 0) + tagged);
			counts.set(lemma, byPart);
		}
		at = end + 1;
	}
	const nouns = new Set<string>();
	for (const [lemma, byPart] of counts) {
		const noun = byPart.get('n');
		if (noun !== undefined && [...byPart].every(([part, tagged]) => part === 'n' || tagged <= noun)) nouns.add(lemma);
	}
	nounsMade.set(dictDir, (found = wordFilter(nouns)));
	return found;
}

function filters(dictDir: string): { common: WordFilter; names: WordFilter } {
	let found = made.get(dictDir);
	if (!found) {
		const { common, names } = lemmasOf(dictDir);
		made.set(dictDir, (found = { common: wordFilter(common), names: wordFilter(names) }));
	}
	return found;
}

/** The one-word lemmas of every data file that start with a small letter, and the names of several words. */
function lemmasOf(dictDir: string): { common: Set<string>; names: Set<string> } {
	const words = new Set<string>();
	const names = new Set<string>();
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
				else if (/^[A-Z][^_]*(?:_[A-Z][^_]*)+$/.test(lemma)) names.add(lemma.toLowerCase().replace(/_/g, ' '));
				at = text.indexOf(' ', end + 1) + 1;
			}
		}
	}
	return { common: words, names };
}

/** Where the line after the one starting at `line` starts (the text's length after the last). */
function next(text: string, line: number): number {
	const end = text.indexOf('\n', line);
	return end < 0 ? text.length : end + 1;
}
