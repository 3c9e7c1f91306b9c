import type { Analyzer } from './analyzer.ts';

/** A name the text writes that an acronym stands for, as written and as index terms. */
export interface SpelledName {
	name: string;
	terms: string[];
}

/** Acronyms the text spells out: for each (lower case), its names as written and as index terms. */
export interface AcronymTable {
	/** `defined`: the text gives the acronym in brackets after the name, so it is one whatever case it is typed in. */
	[acronym: string]: (SpelledName & { defined?: boolean })[];
}

/**
 * How many names an acronym keeps: the first found, and the first the text defines (a reader's acronym stands for at
 * most this many of either, see `spelledOut`). A large text's capitalised phrases give some acronyms thousands of
 * names, which would only weigh on memory and on the table's snapshot.
 */
export const MAX_NAMES_PER_ACRONYM = 4;
/** Small words that may stand inside a name without giving it a letter ("Department of Political Affairs"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'against', 'de', 'des', 'du', 'la', 'le']);
/** The longest name looked at, in words. */
const MAX_NAME_WORDS = 10;
/** A clause: names do not run across punctuation. */
const CLAUSE = /[^.,;:!?()[\]"“”‘’\u2014\u2013]+/gu;
const WORD = /[\p{L}\p{N}]+(?:[-\u2010\u2011'’][\p{L}\p{N}]+)*/gu;

const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Learns the acronyms of the text from the names it writes in capitals: "Central Emergency Response Fund" is CERF,
 * "Department of Political Affairs" DPA (small connecting words may give a letter or not, and a hyphenated word gives
 * one per part: "Co-operation" is C or CO). So a reader who types an acronym finds the paragraphs that spell it out,
 * without anyone listing it; an acronym no name of the text spells still matches nothing.
 */
export function learnAcronyms(
	texts: Iterable<string>,
	analyzer: Analyzer,
	isWord: (word: string) => boolean = () => false,
): AcronymTable {
	const table: AcronymTable = {};
	const seen = new Set<string>();
	for (const text of texts) {
		for (const clause of text.match(CLAUSE) ?? []) {
			const words = clause.match(WORD) ?? [];
			for (let start = 0; start < words.length; start += 1) {
				if (!isCapitalized(words[start] ?? '')) continue;
				let capitals = 0;
				for (let end = start; end < words.length && end - start < MAX_NAME_WORDS; end += 1) {
					const word = words[end] ?? '';
					const connector = CONNECTORS.has(word.toLowerCase());
					if (!isCapitalized(word) && !connector) break;
					// "and" joins words of one name only right before one ("Food and Agriculture Organization"); before
					// another small word it joins two names ("the General Assembly and to the Security Council").
					if (connector && end > start && (words[end - 1] ?? '').toLowerCase() === 'and') break;
					if (connector) continue;
					capitals += 1;
					if (capitals < 2) continue;
					const name = words.slice(start, end + 1);
					for (const acronym of initialsOf(name, isWord)) add(table, seen, acronym, name, analyzer);
				}
			}
		}
	}
	for (const text of texts) learnDefined(text, table, seen, analyzer);
	for (const [acronym, entries] of Object.entries(table)) table[acronym] = firstNames(entries);
	return table;
}

/** An acronym's first names and its first defined ones, `MAX_NAMES_PER_ACRONYM` of each, in the order found. */
function firstNames(entries: AcronymTable[string]): AcronymTable[string] {
	let defined = 0;
	return entries.filter((entry, i) => {
		const kept = i < MAX_NAMES_PER_ACRONYM || (entry.defined === true && defined < MAX_NAMES_PER_ACRONYM);
		if (entry.defined === true) defined += 1;
		return kept;
	});
}

/** An acronym the text defines in brackets after its name: "Economic and Social Council (ECOSOC)". */
const DEFINED = /\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)/gu;
/** How many words before the bracket a defined name may take. */
const MAX_DEFINED_WORDS = 10;

/**
 * Acronyms the text defines, whatever letters they take from the name ("ECOSOC" is not initials): the name is the
 * shortest run of words before the bracket that starts with a capitalised word of the acronym's first letter, ends
 * with a capitalised word, and holds the acronym's letters in order. A later paragraph that writes only the name
 * is then found by the acronym too.
 */
function learnDefined(text: string, table: AcronymTable, seen: Set<string>, analyzer: Analyzer): void {
	for (const match of text.matchAll(DEFINED)) {
		const acronym = (match[1] ?? '').toLowerCase();
		const before =
			text
				.slice(Math.max(0, match.index - 200), match.index)
				.split(/[.;:!?()]/)
				.at(-1) ?? '';
		const words = (before.match(WORD) ?? []).slice(-MAX_DEFINED_WORDS);
		if (words.length < 2 || !isCapitalized(words.at(-1) ?? '')) continue;
		for (let start = words.length - 2; start >= 0; start -= 1) {
			const first = words[start] ?? '';
			if (!isCapitalized(first) || first[0]?.toLowerCase() !== acronym[0]) continue;
			const name = words.slice(start);
			if (!inOrder(acronym, name.join('').toLowerCase())) continue;
			add(table, seen, acronym, name, analyzer, true);
			break;
		}
	}
}

/**
 * The acronyms a text defines in brackets, lower case: one pass of a regular expression, so a query can tell whether a
 * lower-case word of the text is a defined acronym ("ecosoc") without learning the whole table.
 */
export function definedAcronyms(texts: Iterable<string>): Set<string> {
	const defined = new Set<string>();
	for (const text of texts) for (const match of text.matchAll(DEFINED)) defined.add((match[1] ?? '').toLowerCase());
	return defined;
}

/** Whether every letter of `letters` occurs in `text`, in order. */
function inOrder(letters: string, text: string): boolean {
	let at = 0;
	for (const letter of letters) {
		at = text.indexOf(letter, at) + 1;
		if (at === 0) return false;
	}
	return true;
}

/** The shortest part of a closed compound that gives a letter of its own ("Head|quarters", "Peace|keeping"). */
const MIN_PART = 4;
/** An acronym this long may leave out one capitalised word inside its name ("AMIS": African [Union] Mission in the Sudan). */
const MIN_SKIPPING = 4;

/**
 * The letters a word may give: its initial, or one per part when hyphenated ("Co-operation") or when it is a closed
 * compound whose first part is a word of the text and whose rest is long enough to be one ("Peacebuilding" gives PB,
 * "Headquarters" HQ).
 */
function lettersOf(word: string, isWord: (word: string) => boolean): Set<string> {
	const lower = word.toLowerCase();
	const parts = lower.split(/[-\u2010\u2011'’]/).filter(Boolean);
	const options = new Set([lower[0] ?? '', parts.map((p) => p[0]).join('')]);
	if (parts.length === 1) {
		for (let cut = MIN_PART; cut <= lower.length - MIN_PART; cut += 1) {
			if (isWord(lower.slice(0, cut))) options.add(`${lower[0] ?? ''}${lower[cut] ?? ''}`);
		}
	}
	return options;
}

/**
 * Whether a reader spelled out an acronym they typed, beside it ("CAAC children and armed conflict"): some run of the
 * other words typed has it as initials, as a name of the text would (see `initialsOf`). Then it names what those
 * words say, not another thing the text lacks.
 */
export function spelledOutBeside(acronym: string, query: string): boolean {
	const letters = acronym.toLowerCase().replace(/s$/u, '');
	const words = (query.match(WORD) ?? []).filter((w) => w !== acronym);
	for (let start = 0; start < words.length; start += 1)
		for (let end = start + 1; end <= Math.min(words.length, start + MAX_NAME_WORDS); end += 1)
			if (initialsOf(words.slice(start, end), () => false).has(letters)) return true;
	return false;
}

/**
 * The acronyms a name may have: capitals' initials, with or without the connectors' letters, compounds' parts giving
 * a letter each or not; a long acronym may skip one capitalised word inside the name, never its first or last, so
 * the acronym still starts and ends where the name does.
 */
function initialsOf(name: readonly string[], isWord: (word: string) => boolean): Set<string> {
	let variants = [{ letters: '', skipped: false }];
	name.forEach((word, i) => {
		const lower = word.toLowerCase();
		if (CONNECTORS.has(lower)) {
			variants = [...variants, ...variants.map((v) => ({ ...v, letters: v.letters + lower[0] }))];
			return;
		}
		const options = [...lettersOf(word, isWord)];
		const inside = i > 0 && i < name.length - 1;
		variants = variants.flatMap((v) => [
			...options.map((o) => ({ letters: v.letters + o, skipped: v.skipped })),
			...(inside && !v.skipped ? [{ letters: v.letters, skipped: true }] : []),
		]);
	});
	return new Set(
		variants
			.filter((v) => v.letters.length >= (v.skipped ? MIN_SKIPPING : 2) && v.letters.length <= 8)
			.map((v) => v.letters),
	);
}

function add(
	table: AcronymTable,
	seen: Set<string>,
	acronym: string,
	name: string[],
	analyzer: Analyzer,
	defined = false,
): void {
	const written = name.join(' ');
	const id = `${acronym}\0${written.toLowerCase()}`;
	if (seen.has(id)) {
		// Learned from initials first, then found defined: the definition vouches for it.
		if (defined) for (const entry of table[acronym] ?? []) if (entry.name === written) entry.defined = true;
		return;
	}
	seen.add(id);
	// A hyphenated word as one term: the index holds compounds joined too, and they are then bolded whole.
	const terms = name.flatMap((w) => analyzer.term(w) ?? []);
	if (terms.length === 0) return;
	const entries = Object.hasOwn(table, acronym) ? (table[acronym] ?? []) : (table[acronym] = []);
	entries.push(defined ? { name: written, terms, defined } : { name: written, terms });
}
