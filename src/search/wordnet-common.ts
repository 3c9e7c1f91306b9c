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

/** Worked out once per WordNet folder and process, like the filters above, from one reading of the tag counts. */
const partsMade = new Map<string, { nouns: WordFilter; describing: WordFilter }>();

/**
 * The words WordNet's sense-tagged texts saw as nouns at least as often as in any other part of speech (or that are
 * nouns alone, or never seen): "debt", "disaster", "housing" are; "supply", "press", "old" are not. Read from each
 * sense's tag count in `index.sense` (a sense key's synset type is its part of speech: 1 noun, 2 verb, 3 and 5
 * adjective, 4 adverb). One word, lower case, as `commonWords`. See `ownedByLacking`, which asks it of a query's words.
 */
export function nounWords(dictDir: string): WordFilter {
	return partFilters(dictDir).nouns;
}

/**
 * The words WordNet's tagged texts use mostly to describe, as adjectives of quality or adverbs: "early", "big", "old",
 * "actually", "global". Not relational adjectives (a pertainym's lexicographer file, 01 in the sense key: "nuclear",
 * "economic", "military"), which name a field as a noun would, nor nouns or verbs. A reader's word of this kind that
 * the text lacks says how, not what ("heading off violence early"). Kept with a false yes of one in ten thousand: a
 * word wrongly taken for one would leave what a query is about uncounted (see `DESCRIBING_FALSE_YES`).
 */
export function describingWords(dictDir: string): WordFilter {
	return partFilters(dictDir).describing;
}

/** Both filters read from the tag counts (see `nounWords`, `describingWords`); the counts are not kept. */
function partFilters(dictDir: string): { nouns: WordFilter; describing: WordFilter } {
	let found = partsMade.get(dictDir);
	if (found) return found;
	const nouns = new Set<string>();
	const describing = new Set<string>();
	for (const [lemma, { tagged, senses }] of partCounts(dictDir)) {
		const noun = tagged.n;
		if (senses.n > 0 && tagged.v <= noun && tagged.a + tagged.p <= noun && tagged.r <= noun) nouns.add(lemma);
		const seen = (part: keyof PartCounts) => tagged[part] + UNTAGGED * senses[part];
		const all = seen('n') + seen('v') + seen('a') + seen('p') + seen('r');
		if (seen('a') + seen('r') > all / 2 && seen('p') < all / 4) describing.add(lemma);
	}
	found = { nouns: wordFilter(nouns), describing: wordFilter(describing, DESCRIBING_FALSE_YES) };
	partsMade.set(dictDir, found);
	return found;
}

/** See `describingWords`: the filter holds about 19,000 words, 45 KB at this rate. */
const DESCRIBING_FALSE_YES = 1e-4;

/**
 * A sense seen in no tagged text still counts a little, so that a word WordNet knows in one part of speech only, never
 * tagged ("worldwide"), is known by it.
 */
const UNTAGGED = 0.01;

interface PartCounts {
	n: number;
	v: number;
	a: number;
	/** Relational adjectives (pertainyms: "nuclear"), apart from other adjectives. */
	p: number;
	r: number;
}

/** Per one-word lemma, its tag counts and its senses by part of speech, from `index.sense`. */
function partCounts(dictDir: string): Map<string, { tagged: PartCounts; senses: PartCounts }> {
	const counts = new Map<string, { tagged: PartCounts; senses: PartCounts }>();
	const text = senseIndexText(dictDir);
	for (let at = 0; at < text.length;) {
		let end = text.indexOf('\n', at);
		if (end < 0) end = text.length;
		const mark = text.indexOf('%', at);
		const lemma = text.slice(at, mark);
		if (/^[a-z][a-z-]*$/.test(lemma)) {
			const letter = PART_LETTER[text.charAt(mark + 1)] ?? '';
			// The sense key goes on "ss_type:lex_filenum:…": an adjective's lexicographer file 01 is adj.pert.
			const part = letter === 'a' && text.startsWith('01:', mark + 3) ? 'p' : letter;
			const tagged = Number(text.slice(text.lastIndexOf(' ', end - 1) + 1, end)) || 0;
			const byPart = counts.get(lemma) ?? {
				tagged: { n: 0, v: 0, a: 0, p: 0, r: 0 },
				senses: { n: 0, v: 0, a: 0, p: 0, r: 0 },
			};
			if (part in byPart.tagged) {
				byPart.tagged[part as keyof PartCounts] += tagged;
				byPart.senses[part as keyof PartCounts] += 1;
			}
			counts.set(lemma, byPart);
		}
		at = end + 1;
	}
	return counts;
}

function filters(dictDir: string): { common: WordFilter; names: WordFilter } {
	let found = made.get(dictDir);
	if (!found) {
		const { common, names } = lemmasOf(dictDir);
		made.set(dictDir, (found = { common: wordFilter(common, FALSE_YES), names: wordFilter(names, FALSE_YES) }));
	}
	return found;
}

/**
 * Both filters are held with a false yes of one in ten thousand, not the usual one in a hundred. A name wrongly found
 * makes a whole query name another thing (see `namesOtherThing`): a reader's "Climate Securty Mechanism" found
 * nothing. A word wrongly found is taken for a word of English: "counter-terrorsim" was no slip to correct. About
 * 7,800 names and 68,000 words: 25 KB and 220 KB as cached, at this rate.
 */
const FALSE_YES = 1e-4;

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
