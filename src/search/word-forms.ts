import { MAX_NAMES_PER_ACRONYM, type AcronymTable, type SpelledName } from './acronyms.ts';
import type { Analyzer } from './analyzer.ts';

/**
 * What one typed word may stand for among the text's written forms: the forms a typo is close to, the names an
 * acronym spells, and the word as written (to rank exact forms above stem-only ones).
 */

/** What planning needs to know of the index's words. */
export interface KnownWords {
	hasTerm(term: string): boolean;
	complete(prefix: string, limit: number): { term: string }[];
	/** `count`: how often the text writes the form (what makes one of two equally close forms the likelier). */
	closeForms(word: string, maxDistance: number): { form: string; term: string; distance: number; count?: number }[];
	termOfForm(form: string): string | undefined;
	formsOf(term: string): ReadonlyMap<string, number>;
	/** Whether the words no longer change (then what is worked out from them may be remembered). */
	readonly frozen?: boolean;
}

/** A written form a few edits from a typed word (see `KnownWords.closeForms`). */
export type CloseForm = ReturnType<KnownWords['closeForms']>[number];

/**
 * The close forms looked up while planning one query, kept with its plan: the lookup searches the whole vocabulary's
 * tree a few edits deep, and a dead end's "did you mean" asks again for the same typed words.
 */
const closeFormsSeen = new WeakMap<object, Map<string, readonly CloseForm[]>>();

/**
 * `known` with its close-form lookups remembered under `plan` (any object that lives as long as one query's plan),
 * for `closeFormsOf` to find again.
 */
export function rememberingCloseForms(known: KnownWords, plan: object): KnownWords {
	return new RememberedCloseForms(known, plan);
}

/** The written forms close to a word, as looked up while `plan` was made, or looked up now. */
export function closeFormsOf(
	plan: object,
	known: Pick<KnownWords, 'closeForms'>,
	word: string,
	maxDistance: number,
): readonly CloseForm[] {
	return closeFormsSeen.get(plan)?.get(`${maxDistance}\0${word}`) ?? known.closeForms(word, maxDistance);
}

class RememberedCloseForms implements KnownWords {
	readonly #known: KnownWords;
	readonly #plan: object;
	/** Made on the first lookup: most queries have no typo to look up. */
	#seen: Map<string, readonly CloseForm[]> | undefined;

	constructor(known: KnownWords, plan: object) {
		this.#known = known;
		this.#plan = plan;
	}

	closeForms(word: string, maxDistance: number): CloseForm[] {
		if (!this.#seen) closeFormsSeen.set(this.#plan, (this.#seen = new Map<string, readonly CloseForm[]>()));
		const key = `${maxDistance}\0${word}`;
		let found = this.#seen.get(key);
		if (!found) this.#seen.set(key, (found = this.#known.closeForms(word, maxDistance)));
		// A copy: callers may sort or cut what they get.
		return [...found];
	}

	hasTerm(term: string): boolean {
		return this.#known.hasTerm(term);
	}

	complete(prefix: string, limit: number): { term: string }[] {
		return this.#known.complete(prefix, limit);
	}

	termOfForm(form: string): string | undefined {
		return this.#known.termOfForm(form);
	}

	formsOf(term: string): ReadonlyMap<string, number> {
		return this.#known.formsOf(term);
	}
}

/** Words shorter than this are matched exactly: correcting short words finds nonsense ("arms" → "aims"). */
const MIN_TYPO_LENGTH = 5;
/** A word this short is corrected (one edit) only when it is no word of English: "oeer" is "peer"; "aims" stays. */
const MIN_NON_WORD_TYPO_LENGTH = 4;
/** From this length a typo may be two edits away (a word of English then keeps its first letter: see `typosOf`). */
export const TWO_EDITS_LENGTH = 8;
/**
 * From this length, a word that is no word of English may be two edits away too: two slips often shorten a word
 * ("establish" → "esablih"), and a misspelling is not another word the reader meant ("warming" stays).
 */
const TWO_EDITS_NON_WORD_LENGTH = 6;
/** At most this many written forms stand in for one typo. */
const MAX_TYPO_FORMS = 3;

/** How many of the text's names an acronym may stand for (all the table keeps). */
const MAX_SPELLED = MAX_NAMES_PER_ACRONYM;
/** A lower-case word the text lacks is tried as an acronym up to this length ("cerf", "eu"). */
const MAX_LOWER_ACRONYM = 5;

/**
 * The names of the text an acronym spells ("DPA" → Department of Political Affairs): typed in capitals, or a short
 * word the text lacks. Expanded like the curated table, so that they are bolded and explained the same way.
 */
export function spelledOut(
	word: string,
	term: string,
	acronyms: () => AcronymTable,
	known: KnownWords,
	defines: (acronym: string) => boolean = () => true,
): SpelledName[] {
	const capitals = /^\p{Lu}{2,8}s?$/u.test(word);
	const lowerCase = /^\p{Ll}{2,8}$/u.test(word);
	const lower = lowerCase && word.length <= MAX_LOWER_ACRONYM && !known.hasTerm(term);
	// A lower-case word of the text is looked up only when the text defines it as an acronym: the table is large.
	if ((!capitals && !lowerCase) || (lowerCase && !lower && !defines(word))) return [];
	const table = acronyms();
	const namesOf = (key: string) => (Object.hasOwn(table, key) ? (table[key] ?? []) : []);
	// An acronym the text defines ("(ECOSOC)") is one however it is typed; other lower-case words only when short and
	// not words of the text ("eu", "cerf"), since "peace" is not P.E.A.C.E.
	if (lowerCase && !lower)
		return namesOf(word)
			.filter((n) => n.defined === true)
			.slice(0, MAX_SPELLED);
	// A final s is the acronym's own letter ("AMIS") when a name gives it, else a plural ("NGOs").
	const whole = namesOf(word.toLowerCase());
	const names = whole.length > 0 || !capitals ? whole : namesOf(word.toLowerCase().replace(/(?<=..)s$/, ''));
	return names.slice(0, MAX_SPELLED);
}

/**
 * For a word the text does not have: the terms of the text's written forms a few edits away. Typos are matched
 * against written forms, not stems, so a typo in a word's ending ("proliferaton") still meets "proliferation". Only
 * the closest forms count, the most frequent first. `isEnglish`: whether the word is one in its own right (then a
 * short one is not corrected, and one two edits away keeps its first letter); all are, when not told. `isCommon`:
 * whether it is among the commonest words of English, never corrected ("place" is no slip of "peace"); none is, when
 * not told.
 */
export function typosOf(
	word: string,
	term: string,
	known: KnownWords,
	isEnglish: (word: string) => boolean = () => true,
	isCommon: (word: string) => boolean = () => false,
	isLemma: (word: string) => boolean = () => false,
): { term: string; distance: number; likelihood: number }[] {
	if (/\p{N}/u.test(word) || known.hasTerm(term)) return [];
	let english: boolean | undefined;
	const isWord = () => (english ??= isEnglish(word));
	// A compound of words ("two-day") is those words, searched as such: its letters run together are no misspelling of
	// a word of the text ("today").
	const parts = word.split(/[-\u2010\u2011]/u).filter(Boolean);
	if (parts.length > 1 && parts.every((part) => isEnglish(part))) return [];
	if (word.length < MIN_TYPO_LENGTH && (word.length < MIN_NON_WORD_TYPO_LENGTH || isWord())) return [];
	const twoEdits = word.length >= TWO_EDITS_LENGTH || (word.length >= TWO_EDITS_NON_WORD_LENGTH && !isWord());
	const close = known.closeForms(word, twoEdits ? 2 : 1);
	// Asked only when there is a form to take it for (the word list is read on first need).
	if (close.length === 0 || isCommon(word)) return [];
	const nearest = close[0]?.distance;
	const found = new Map<string, { distance: number; count: number }>();
	for (const form of close) {
		// Two edits away, a word of English keeps its first letter ("election" is not "selection"); a misspelling need
		// not, slips at the start happen too ("rgaization").
		if (form.distance > 1 && form.form[0] !== word[0]?.toLowerCase() && isWord()) continue;
		// Nor is a word of English WordNet knows ("prosecution" is no "protection"): it is looked up there instead.
		if (form.distance > 1 && isWord() && isLemma(word)) continue;
		if (form.distance === nearest && found.size < MAX_TYPO_FORMS && !found.has(form.term)) {
			found.set(form.term, { distance: form.distance, count: form.count ?? 1 });
		}
	}
	// Of forms equally close, the one the text writes most is the likelier meant ("terrorisn": terrorism, written
	// often, over terrorist, written once): each weighs by its share of the most written, never below `LEAST_LIKELY`.
	const most = Math.max(1, ...[...found.values()].map((f) => f.count));
	return [...found].map(([t, { distance, count }]) => ({
		term: t,
		distance,
		likelihood: Math.max(LEAST_LIKELY, count / most),
	}));
}

/** The least weight a close form keeps beside a likelier one: it may be the word meant. */
const LEAST_LIKELY = 0.05;

/**
 * The typed word as the text writes it, when the text also has other words of the same stem: then a paragraph that
 * says exactly "multilateralism" ranks above one that only says "multilateral" (the stemmer merges them).
 */
export function exactFormOf(word: string, term: string, analyzer: Analyzer, known: KnownWords): string | undefined {
	const form = formKey(analyzer.normalize(word));
	const { keys } = formKeysOf(term, analyzer, known);
	return keys.includes(form) && keys.some((f) => f !== form) ? form : undefined;
}

/** A term's written forms (see `KnownWords.formsOf`, in its order) and each one's key (`formKey` of its normal form). */
export interface FormKeys {
	forms: readonly string[];
	keys: readonly string[];
}

/**
 * The keys of the written forms, remembered per analyser and frozen word list, for the terms the text has: a search
 * asks for the same term's keys while planning and again while ranking, and normalizing each form reads a spelling
 * table and runs two regular expressions (right after other work, cold in the caches). Work a build could do for
 * every term, done for the terms searched.
 */
const formKeysSeen = new WeakMap<Analyzer, WeakMap<KnownWords, Map<string, FormKeys>>>();

/** A term's written forms with their keys (remembered: see `formKeysSeen`). */
export function formKeysOf(term: string, analyzer: Analyzer, known: KnownWords): FormKeys {
	const remembered = known.frozen === true && known.hasTerm(term);
	let byTerm = remembered ? formKeysSeen.get(analyzer)?.get(known) : undefined;
	const seen = byTerm?.get(term);
	if (seen) return seen;
	const forms = [...known.formsOf(term).keys()];
	const found = { forms, keys: forms.map((f) => formKey(analyzer.normalize(f))) };
	if (remembered) {
		let byKnown = formKeysSeen.get(analyzer);
		if (!byKnown) formKeysSeen.set(analyzer, (byKnown = new WeakMap()));
		if (!byTerm) byKnown.set(known, (byTerm = new Map<string, FormKeys>()));
		byTerm.set(term, found);
	}
	return found;
}

/** A written form compared loosely: a plural "s" does not make another word. */
export const formKey = (normalized: string): string =>
	normalized.length > 4 && normalized.endsWith('s') && !normalized.endsWith('ss')
		? normalized.slice(0, -1)
		: normalized;
