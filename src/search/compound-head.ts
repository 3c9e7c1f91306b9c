import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import { commonWordsOf, type RelatedWordsTable } from './related-words.ts';
import { oneWordEntry } from './lemma-lookup.ts';
import type { KnownWords } from './word-forms.ts';

/**
 * Prefixes a reader writes joined to a word as often as hyphenated ("antiterrorism", "postwar"): a word the text
 * lacks that is one of them and a word of the text reads as hyphenated there. Not "non" (see `compoundHead`), nor
 * prefixes that begin many words of their own ("pre": prevent; "inter": interaction, whose "action" is another word).
 */
const JOINED_PREFIXES = ['anti', 'counter', 'post'];
/** The shortest word after a prefix that is read as one ("counterpart" is not counter + part). */
const MIN_AFTER_PREFIX = 5;

/**
 * Prefixes that begin many words of their own ("oversight", "understand"), read so only in a word WordNet does not know
 * either ("overfishing": fishing, of the text's fish stocks; "underfunding": funding).
 */
const UNKNOWN_WORD_PREFIXES = ['over', 'under'];
/** Every prefix a word written joined to one is cut after (see `prefixed`). */
export const JOINED_TO_PREFIX = new Set([...JOINED_PREFIXES, ...UNKNOWN_WORD_PREFIXES]);

/**
 * A word the text lacks, cut after a prefix it is written joined to, when the rest is a word of the text; under "over"
 * and "under", only a word that is no word of its own (`ownWord`: the text's or WordNet's).
 */
function prefixed(word: string, analyzer: Analyzer, known: KnownWords, ownWord: () => boolean): string[] {
	const folded = foldCase(word);
	for (const prefix of JOINED_TO_PREFIX) {
		const rest = folded.slice(prefix.length);
		if (!folded.startsWith(prefix) || rest.length < MIN_AFTER_PREFIX) continue;
		const term = analyzer.term(rest);
		// Asked last: WordNet's word list is a table made on first need.
		if (term !== null && known.hasTerm(term) && (JOINED_PREFIXES.includes(prefix) || !ownWord())) return [prefix, rest];
	}
	return [];
}

/**
 * What a hyphenated word the text lacks means in the text's words: its parts the text has, when what it lacks is a
 * short modifier ("anti-terror" → terror, "ex-fighters" → fighters), or its last part under a longer one
 * ("staff-level" → level), and the related words of its last part ("fighters" → combatants).
 */
export function compoundHead(
	word: string,
	analyzer: Analyzer,
	known: KnownWords,
	related: () => Pick<RelatedWordsTable, 'match' | 'common'>,
): string[][] {
	const hyphenated = word.split(/[-\u2010\u2011]/).filter(Boolean);
	if (hyphenated.length < 2) {
		// Written joined to a prefix ("antiterrorism", "overfishing"): the word after it, which the text has. The prefix
		// is no word of its own, whether or not the text writes it ("over" of "cooperation over water").
		// A word the text has is its own under "over" and "under" ("understanding"), and needs no table.
		const own = analyzer.term(word);
		const wordOfItsOwn = () => (own !== null && known.hasTerm(own)) || commonWordsOf(related())(foldCase(word));
		const [, rest] = prefixed(word, analyzer, known, wordOfItsOwn);
		const term = rest === undefined ? null : analyzer.term(rest);
		return term === null ? [] : [[term]];
	}
	const parts = hyphenated;
	// Under "non-" the compound is what its head is not ("non-combatants": civilians, never fighters).
	if (foldCase(parts[0] ?? '') === 'non') return [];
	const terms = parts.map((p) => analyzer.term(p));
	if (terms.every((t) => t !== null && known.hasTerm(t))) return [];
	const groups: string[][] = [];
	const kept = terms.filter((t, i): t is string => t !== null && (known.hasTerm(t) || (parts[i] ?? '').length > 4));
	const dropped = parts.filter((_, i) => !kept.includes(terms[i] ?? ''));
	if (kept.length > 0 && kept.every((t) => known.hasTerm(t)) && dropped.every((p) => p.length <= 4)) groups.push(kept);
	const head = terms.at(-1);
	// The head's meaning is the compound's only under a short modifier or one the text has ("ex-fighters"): under a
	// word of its own ("Secretary-General"), the compound names another thing than its head ("general": main).
	const modifiers = parts.slice(0, -1).every((p, i) => p.length <= 4 || known.hasTerm(terms[i] ?? ''));
	// Typed in lower case, a compound under a word of its own is a kind of its head when the text has that head
	// ("staff-level": the text's working level); a capitalized one is a name ("Secretary-General").
	if (head && !modifiers && known.hasTerm(head) && groups.length === 0 && word === word.toLowerCase())
		groups.push([head]);
	if (head && modifiers && !known.hasTerm(head)) {
		const table = related();
		groups.push(...(oneWordEntry(table, parts.at(-1) ?? '', analyzer)(table.match) ?? []));
	}
	return groups;
}
