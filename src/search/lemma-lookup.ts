import { foldCase } from '../corpus/text.ts';
import { baseForms } from '../corpus/word-endings.ts';
import { irregularBases } from './irregular-forms.ts';
import { lemmasOf, type RelatedWordsTable } from './related-words.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { STEM_MATE } from './semantic-thresholds.ts';

/**
 * How one typed word finds its entry in a side of the related-words table, whose one-word keys are WordNet's lemmas
 * (see `tableKey`): the word's own lemma and the lemmas it is an inflection of ("negotiations": negotiation,
 * "women": woman), and of the lemmas that share its stem, those word vectors find the same word. Keyed by stem, a
 * reader's "definition" took the senses of "definitely" (unquestionable), "victims" those of "victimized" (used) and
 * "private" those of "privation", and matched paragraphs that say none of them.
 */
export type OneWordEntry = (side: Record<string, string[][]>) => string[][] | undefined;

/** What the lookup needs of the analyser: a word's index term, and its folded, American-spelled form. */
export interface LemmaAnalyzer {
	term(word: string): string | null;
	normalize(word: string): string;
}

/** The lemma-keyed entry of a typed word in any side of `table`. */
export function oneWordEntry(
	table: Pick<RelatedWordsTable, 'common'>,
	word: string,
	analyzer: LemmaAnalyzer,
	semantic?: () => Pick<SemanticNeighbours, 'sameWord'> | undefined,
): OneWordEntry {
	const term = analyzer.term(word);
	// As typed, and as spelled the American way ("prioritise": prioritize, the lemma WordNet derives from priority).
	const own = [...new Set([foldCase(word), analyzer.normalize(word)])];
	// The lemmas it inflects: by WordNet's detachment rules where the stemmer agrees it is the same word ("combining",
	// itself a noun of WordNet's: combine; not "matter": matt), and irregular ones ("women": woman).
	const bases = own.flatMap((w) =>
		baseForms(w)
			.slice(1)
			.filter((b) => analyzer.term(b) === term),
	);
	const forms = [...new Set([...own, ...bases, ...irregularBases(foldCase(word))])];
	const isLemma = lemmasOf(table);
	const known = forms.some(isLemma);
	// A word WordNet knows takes of its stem-mates' entries those of the same word by word vectors (`STEM_MATE`:
	// "enforcement": enforce), not another word's ("definition": definitely, "victims": victimized); one it does not
	// know takes them all, and so does a stem-mate the vectors do not know ("narcotize", to drug, for narcotics). The
	// vectors are asked only then: a first need.
	const mates = new Map<string, boolean>();
	const mate = (lemma: string) => {
		let same = mates.get(lemma);
		if (same === undefined) {
			same = !known || (semantic?.()?.sameWord(forms[0] ?? '', [lemma], STEM_MATE) ?? true);
			mates.set(lemma, same);
		}
		return same && !forms.includes(lemma);
	};
	return (side) => {
		const sharing = term === null ? [] : (stemMates(side, (w) => analyzer.term(w)).get(term) ?? []);
		return union(side, [...forms.filter((form) => Object.hasOwn(side, form)), ...sharing.filter(mate)]);
	};
}

/** The groups of several keys, each once; undefined for none. */
function union(side: Record<string, string[][]>, keys: readonly string[]): string[][] | undefined {
	if (keys.length === 0) return undefined;
	if (keys.length === 1) return side[keys[0] ?? ''];
	const groups = new Map<string, string[]>();
	for (const key of keys) for (const group of side[key] ?? []) groups.set(group.join(' '), group);
	return [...groups.values()];
}

/** Per side of a table, its one-word keys by index term: worked out once per side, on the first lookup. */
const byStem = new WeakMap<object, Map<string, string[]>>();
function stemMates(side: Record<string, string[][]>, stemOf: (word: string) => string | null): Map<string, string[]> {
	let found = byStem.get(side);
	if (found) return found;
	found = new Map();
	for (const key of Object.keys(side)) {
		const stem = key.includes(' ') ? null : stemOf(key);
		if (stem !== null) found.set(stem, [...(found.get(stem) ?? []), key]);
	}
	byStem.set(side, found);
	return found;
}
