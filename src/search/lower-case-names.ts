import type { SpelledName } from './acronyms.ts';
import type { Analyzer } from './analyzer.ts';
import { isFunctionWord } from './function-words.ts';
import { remember } from './remember.ts';

/**
 * The shortest and longest acronym spelled from the text's lower-case words (a plural's s aside): two letters spell
 * too many runs ("PA": "peace agreement", "participants also").
 */
const MIN_LETTERS = 3;
const MAX_LETTERS = 6;
const TYPED = new RegExp(`^\\p{Lu}{${MIN_LETTERS},${MAX_LETTERS}}s?$`, 'u');
/** How many of the text's names one acronym stands for, as for its capitalised names. */
const MAX_NAMES = 4;
/**
 * Participles that work as prepositions ("including cash transfers" is no name, though its initials are ICT), and
 * "all" ("all Member States" is no AMS): like function words, they give no letter.
 */
const NO_LETTER = new Set(
	'all including excluding regarding concerning following according considering pending notwithstanding'.split(' '),
);
/**
 * Small words after which a run starts with a verb ("they strengthen integrated disease surveillance" is no SIDS). Not
 * "to", a preposition as often ("in relation to unmanned aerial vehicles").
 */
const VERB_BEFORE = new Set('will shall must should can may might would could we they also not'.split(' '));
const HYPHEN = '[-\\u2010\\u2011]';

/**
 * The words whose initials spell `letters` one after another, each word or hyphenated part giving one: spaces or a
 * hyphen between them, nothing else. No small word may stand inside, unlike in a capitalised name: in running text
 * "of" and "and" join anything ("impacts of climate change" is no ICC, "mechanism and encouraged" no SME).
 */
function runOf(letters: string): RegExp {
	const word = (letter: string) => `(${letter}\\p{L}*(?:${HYPHEN}\\p{L}+)*)`;
	const between = `(?:[\\s\\u00a0]+|${HYPHEN})`;
	return new RegExp(`(?<![\\p{L}\\p{N}])${[...letters].map(word).join(between)}(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The word before `at` in `text`, or after `at` when `after`; undefined at a clause's edge (punctuation, the text's
 * end).
 */
function wordBeside(text: string, at: number, after: boolean): string | undefined {
	const side = after ? text.slice(at, at + 40) : text.slice(Math.max(0, at - 40), at);
	const word = after ? /^[\s\u00a0]+([\p{L}\p{N}]+)/u.exec(side) : /([\p{L}\p{N}]+)[\s\u00a0]+$/u.exec(side);
	return word?.[1];
}

/**
 * Whether a run is a whole name where it stands: it ends where its phrase does, at a small word or a clause's edge ("of
 * unmanned aerial vehicles."), not inside a longer run of words ("renewable energy capacity globally" is no REC,
 * "international human rights law" no IHR); and it starts where its phrase does, a word of content before it only as a
 * compound qualifying it ("multi-hazard early warning systems" are EWS; "Ministers invite development partners" no
 * IDP), no verb's subject or modal.
 */
function standsAlone(text: string, start: number, end: number): boolean {
	const before = wordBeside(text, start, false);
	if (before !== undefined && VERB_BEFORE.has(before.toLowerCase())) return false;
	const after = wordBeside(text, end, true);
	if (after !== undefined && isLetterWord(after)) return false;
	return before === undefined || !isLetterWord(before) || compoundBefore(text, start);
}

/** A hyphenated compound's last part and the space after it, at the end of a stretch of text ("community-based "). */
const COMPOUND_AT_END = new RegExp(`\\p{L}${HYPHEN}\\p{L}+[\\s\\u00a0]+$`, 'u');

/** Whether the word before `at` is the last part of a hyphenated compound ("community-based"). */
const compoundBefore = (text: string, at: number) => COMPOUND_AT_END.test(text.slice(Math.max(0, at - 40), at));

const isLetterWord = (word: string) => word.length >= 3 && !isFunctionWord(word) && !NO_LETTER.has(word.toLowerCase());

/**
 * For an acronym typed in capitals that nothing else explains (no name the text capitalises or defines, no curated or
 * WordNet meaning): the names the text writes in lower case, ending on a noun, whose words' initials spell it ("UAV":
 * unmanned aerial vehicles, "IHL": international humanitarian law, "SIDS": small island developing States), most
 * written first. A final s is a plural ("IDPs") when the letters without it spell a name. Found by one pass of a
 * regular expression over the texts on the acronym's first search, and remembered.
 */
export function lowerCaseNames(
	texts: () => readonly string[],
	analyzer: Analyzer,
	isNoun: (word: string) => boolean,
): (typed: string) => SpelledName[] {
	const found = new Map<string, SpelledName[]>();
	const find = (letters: string): SpelledName[] => found.get(letters) ?? remember(found, letters, search(letters), 256);
	function search(letters: string): SpelledName[] {
		const counts = new Map<string, { name: string; count: number }>();
		const pattern = runOf(letters);
		for (const text of texts()) {
			for (const match of text.matchAll(pattern)) {
				const words = match.slice(1).map((w) => w ?? '');
				// A name ends on its noun: "human rights constituted" is no HRC.
				if (!words.every(isLetterWord) || !isNoun(words.at(-1) ?? '')) continue;
				if (!standsAlone(text, match.index, match.index + match[0].length)) continue;
				const key = match[0].toLowerCase();
				const seen = counts.get(key) ?? { name: match[0].replace(/\s+/gu, ' '), count: 0 };
				counts.set(key, { ...seen, count: seen.count + 1 });
			}
		}
		return [...counts.values()]
			.sort((a, b) => b.count - a.count)
			.slice(0, MAX_NAMES)
			.map(({ name }) => ({ name, terms: (name.match(/[^\s]+/gu) ?? []).flatMap((w) => analyzer.term(w) ?? []) }))
			.filter((n) => n.terms.length > 0);
	}
	return (typed) => {
		if (!TYPED.test(typed)) return [];
		const letters = typed.toLowerCase();
		const whole = letters.length <= MAX_LETTERS ? find(letters) : [];
		if (whole.length > 0 || !letters.endsWith('s') || letters.length - 1 < MIN_LETTERS) return whole;
		return find(letters.slice(0, -1));
	};
}
