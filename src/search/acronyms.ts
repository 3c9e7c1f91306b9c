import type { Analyzer } from './analyzer.ts';

/** Acronyms the text spells out: for each (lower case), its names as written and as index terms. */
export interface AcronymTable {
	[acronym: string]: { name: string; terms: string[] }[];
}

/**
 * How many names an acronym keeps, the first found: a reader's acronym stands for at most this many (see
 * `spelledOut`). A large text's capitalised phrases give some acronyms thousands of names, which would only weigh on
 * memory and on the table's snapshot.
 */
export const MAX_NAMES_PER_ACRONYM = 4;
/** Small words that may stand inside a name without giving it a letter ("Department of Political Affairs"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'de', 'des', 'du', 'la', 'le']);
/** The longest name looked at, in words. */
const MAX_NAME_WORDS = 8;
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
					if (connector) continue;
					capitals += 1;
					if (capitals < 2) continue;
					const name = words.slice(start, end + 1);
					for (const acronym of initialsOf(name, isWord)) add(table, seen, acronym, name, analyzer);
				}
			}
		}
	}
	return table;
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

function add(table: AcronymTable, seen: Set<string>, acronym: string, name: string[], analyzer: Analyzer): void {
	const entries = Object.hasOwn(table, acronym) ? table[acronym] : undefined;
	if (entries && entries.length >= MAX_NAMES_PER_ACRONYM) return;
	const written = name.join(' ');
	const id = `${acronym}\0${written.toLowerCase()}`;
	if (seen.has(id)) return;
	seen.add(id);
	// A hyphenated word as one term: the index holds compounds joined too, and they are then bolded whole.
	const terms = name.flatMap((w) => analyzer.term(w) ?? []);
	if (terms.length === 0) return;
	if (entries) entries.push({ name: written, terms });
	else table[acronym] = [{ name: written, terms }];
}
