import { JOINED_TO_PREFIX } from './compound-head.ts';
import type { Analyzer } from './analyzer.ts';
import type { KnownWords } from './word-forms.ts';

/** The shortest part of a word run together that is taken for a word ("un" + "charter" is not read). */
const MIN_PART = 3;

/**
 * Two words of the text typed run together ("humanrights", "organizedcrime"), as index terms: where the text writes
 * them apart, the joined word is theirs (hyphens and spaces already meet: "peace-building" = "peacebuilding"). Only
 * for what is no word of English, cut where both parts are words of English and of the text. Undefined otherwise.
 */
export function runTogether(
	word: string,
	analyzer: Pick<Analyzer, 'term'>,
	known: KnownWords,
	isEnglish: (word: string) => boolean,
): string[] | undefined {
	if (!/^\p{L}+$/u.test(word) || word.length < 2 * MIN_PART || isEnglish(word)) return undefined;
	for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
		const parts = [word.slice(0, cut), word.slice(cut)];
		if (!parts.every((part) => isEnglish(part))) continue;
		// A prefix is no word of its own here: "overfishing" is no paragraph's "over" and "fishing" (see `compoundHead`).
		if (JOINED_TO_PREFIX.has(parts[0]?.toLowerCase() ?? '')) continue;
		const terms = parts.map((part) => analyzer.term(part));
		if (terms.every((t): t is string => t !== null && known.hasTerm(t))) return terms;
	}
	return undefined;
}
